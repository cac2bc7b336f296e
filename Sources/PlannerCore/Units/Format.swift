import Foundation

/// Numbers as text, the one place that turns a Double into characters: fixed decimals, no
/// locale, no exponent, no `-0`.
public enum Format {
  /// `value` with exactly `decimals` digits after the point (`fixed(1234.5, 1)` = `1234.5`).
  public static func fixed(_ value: Double, _ decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    let text = String(format: "%.\(decimals)f", value)
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
}
