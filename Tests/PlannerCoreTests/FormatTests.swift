import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// The fast fixed-point formatter prints what C's printf prints.
@Suite struct FormatTests {
  @Test func exactFixedMatchesPrintf() throws {
    var random = SplitMix64(state: 8)
    // 2,024 × the smallest subnormal is the double nearest 1e-320, written without the
    // compiler's underflow warning
    var values: [Double] = [
      0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.00005, 0.00015, 2024 * Double.leastNonzeroMagnitude,
      999_999.99995,
    ]
    for _ in 0..<20_000 {
      let magnitude = pow(10, Double(random.next() % 28) - 14)
      let sign: Double = random.next() % 2 == 0 ? 1 : -1
      values.append(sign * magnitude * Double(random.next() % 1_000_000) / 1_000_000)
    }
    for value in values {
      for decimals in [0, 1, 2, 4, 6] {
        let expected = String(format: "%.\(decimals)f", value)
        #expect(Format.exactFixed(value, decimals) == expected, "\(value) to \(decimals)")
      }
    }
  }

  /// Thousands separators go before every third digit of the whole part, counted from the
  /// point; the sign and the decimals are left alone, and a negative zero loses its sign.
  @Test func groupedPutsCommasInTheWholePartOnly() {
    #expect(Format.grouped(0, 0) == "0")
    #expect(Format.grouped(999, 1) == "999.0")
    #expect(Format.grouped(1000, 0) == "1,000")
    #expect(Format.grouped(12345.6, 1) == "12,345.6")
    #expect(Format.grouped(-1_234_567.891, 2) == "-1,234,567.89")
    #expect(Format.grouped(-123_456, 0) == "-123,456")
    #expect(Format.grouped(100_000.12345, 4) == "100,000.1234")  // stored as 100000.1234499…
    #expect(Format.grouped(-0.004, 2) == "0.00")
    #expect(Format.grouped(.infinity, 1) == "inf")
    #expect(Format.grouped(-.infinity, 1) == "-inf")
  }

  /// Plain text drops trailing zeros of the six decimals, and the point when nothing is left.
  @Test func plainDropsTrailingZeros() {
    #expect(Format.plain(0.15) == "0.15")
    #expect(Format.plain(3) == "3")
    #expect(Format.plain(-2.5) == "-2.5")
    #expect(Format.plain(1000) == "1000")
    #expect(Format.plain(0.0000004) == "0")  // 0.000000 to six decimals
    #expect(Format.plain(-0.0000004) == "0")
    #expect(Format.plain(1.0000005) == "1.000001")  // stored as 1.00000050000000007…
    #expect(Format.plain(.nan) == "nan")
  }
}
