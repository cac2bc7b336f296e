import Foundation

/// Numbers as text, the one place that turns a Double into characters: fixed decimals, no
/// locale, no exponent, no `-0`.
public enum Format {
  /// `value` with exactly `decimals` digits after the point (`fixed(1234.5, 1)` = `1234.5`).
  public static func fixed(_ value: Double, _ decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    let text = exactFixed(value, decimals) ?? String(format: "%.\(decimals)f", value)
    // "-0.0" reads as a sign error in a report
    if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
      return String(text.dropFirst())
    }
    return text
  }

  /// `value` with thousands separators (`grouped(12345.6, 1)` = `12,345.6`).
  public static func grouped(_ value: Double, _ decimals: Int) -> String {
    let text = fixed(value, decimals)
    let negative = text.hasPrefix("-")
    let body = negative ? String(text.dropFirst()) : text
    let parts = body.split(separator: ".", maxSplits: 1)
    var whole = String(parts[0])
    var groups: [String] = []
    while whole.count > 3 {
      groups.insert(String(whole.suffix(3)), at: 0)
      whole = String(whole.dropLast(3))
    }
    groups.insert(whole, at: 0)
    let joined = groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    return negative ? "-" + joined : joined
  }

  /// The shortest plain text for a number as a user would write it: up to 6 decimals, trailing
  /// zeros dropped (`plain(0.15)` = `0.15`, `plain(3)` = `3`).
  public static func plain(_ value: Double) -> String {
    var text = fixed(value, 6)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
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
    let whole = String(UInt64(quotient / UInt128(scale)))
    var text = value < 0 ? "-" + whole : whole
    if decimals > 0 {
      let fraction = String(UInt64(quotient % UInt128(scale)))
      text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
    return text
  }
}
