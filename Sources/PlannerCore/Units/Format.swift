import Foundation

/// Numbers as text, the one place that turns a Double into characters: fixed decimals, no
/// locale, no exponent, no `-0`.
public enum Format {
  /// `value` with exactly `decimals` digits after the point (`fixed(1234.5, 1)` = `1234.5`).
  public static func fixed(_ value: Double, _ decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    let text = exactFixed(value, decimals) ?? String(format: "%.\(decimals)f", value)
    // "-0.0" reads as a sign error in a report
    if text.utf8.first == UInt8(ascii: "-"),
      text.utf8.dropFirst().allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") })
    {
      return String(text.dropFirst())
    }
    return text
  }

  /// `value` with thousands separators (`grouped(12345.6, 1)` = `12,345.6`).
  public static func grouped(_ value: Double, _ decimals: Int) -> String {
    let text = Array(fixed(value, decimals).utf8)
    let sign = text.first == UInt8(ascii: "-") ? 1 : 0
    let point = text.firstIndex(of: UInt8(ascii: ".")) ?? text.endIndex
    var out: [UInt8] = []
    out.reserveCapacity(text.count + text.count / 3)
    out.append(contentsOf: text[..<sign])
    // a comma before every third digit of the whole part, counted from the point
    for i in sign..<point {
      if i > sign && (point - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
      out.append(text[i])
    }
    out.append(contentsOf: text[point...])
    return String(decoding: out, as: UTF8.self)
  }

  /// The shortest plain text for a number as a user would write it: up to 6 decimals, trailing
  /// zeros dropped (`plain(0.15)` = `0.15`, `plain(3)` = `3`).
  public static func plain(_ value: Double) -> String {
    let text = fixed(value, 6)
    var bytes = Array(text.utf8)
    guard bytes.contains(UInt8(ascii: ".")) else { return text }
    while bytes.last == UInt8(ascii: "0") { bytes.removeLast() }
    if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A fraction as a percentage with `decimals` digits (`percent(0.153, 1)` = `15.3%`).
  public static func percent(_ fraction: Double, _ decimals: Int) -> String {
    fixed(fraction * 100, decimals) + "%"
  }

  /// What `String(format: "%.Nf")` prints, computed from the double's exact binary value
  /// (its integer significand times a power of two) with ties to even, as C's printf rounds,
  /// without Foundation's formatter, which costs more than planning a month. Nil outside
  /// 0…9 decimals or beyond 10¹⁵, where the formatter is used.
  static func exactFixed(_ value: Double, _ decimals: Int) -> String? {
    guard (0...9).contains(decimals), value.magnitude < 1e15 else { return nil }
    var scale: UInt64 = 1
    for _ in 0..<decimals { scale *= 10 }
    var quotient: UInt128 = 0
    if value != 0 && value.isNormal {
      // |value| = m × 2^(exponent − 52), m < 2^53, and exponent < 50 here
      let m = UInt128(value.significandBitPattern | (1 << 52))
      let shift = 52 - Int(value.exponent)
      let product = m * UInt128(scale)
      if shift < 128 {
        quotient = product >> shift
        let remainder = product - (quotient << shift)
        let half = UInt128(1) << (shift - 1)
        if remainder > half || (remainder == half && quotient & 1 == 1) { quotient += 1 }
      }
    }
    // the digits written from the last: the fraction's `decimals`, the point, the whole part
    // (under 10¹⁵: at most 16 digits), the sign
    var whole = UInt64(quotient / UInt128(scale))
    var fraction = UInt64(quotient % UInt128(scale))
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
      var start = buffer.count
      func put(_ byte: UInt8) {
        start -= 1
        buffer[start] = byte
      }
      if decimals > 0 {
        for _ in 0..<decimals {
          put(UInt8(ascii: "0") + UInt8(fraction % 10))
          fraction /= 10
        }
        put(UInt8(ascii: "."))
      }
      repeat {
        put(UInt8(ascii: "0") + UInt8(whole % 10))
        whole /= 10
      } while whole > 0
      if value < 0 { put(UInt8(ascii: "-")) }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
    }
  }
}
