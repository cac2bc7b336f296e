/// The physical range of every number a scenario gives, by its key: a value outside is a unit
/// mistake or a typo (−300 °C, a 1 W server, 10^300 requests/s), refused where it is written
/// before it can overflow a count or turn a figure infinite. The table is the one documented in
/// docs/scenario.md ("Ranges"); a key without an entry gets `fallback`.
public struct PhysicalRange: Sendable, Equatable {
  public var lower: Double
  public var upper: Double
  /// The unit as a message writes it after the range (`°C`, `W`), empty for counts.
  public var unit: String

  public init(_ lower: Double, _ upper: Double, _ unit: String = "") {
    self.lower = lower
    self.upper = upper
    self.unit = unit
  }

  /// A number whose key has no range of its own: magnitudes from 10⁻⁹ to 10⁹ (and zero).
  public static let fallback = PhysicalRange(-1e9, 1e9)
  /// The smallest magnitude of a non-zero number under the fallback range.
  public static let fallbackSmallest = 1e-9

  /// The range of `key`, or nil when the key has none of its own.
  public static func of(_ key: String) -> PhysicalRange? { table[key] }

  /// The problem with `value` written `literal` at `path`, or nil when it lies in its range.
  static func violation(_ value: Double, literal: String, path: JSONPath) -> (String, String?)? {
    let key = path.components.reversed().lazy.compactMap { component -> String? in
      if case .key(let key) = component { return key }
      return nil
    }.first
    guard let key, let range = table[key] else {
      if abs(value) > fallback.upper || (value != 0 && abs(value) < fallbackSmallest) {
        return (
          "\(literal) is outside the range of any scenario number",
          "magnitudes from 0.000000001 to 1,000,000,000, or 0"
        )
      }
      return nil
    }
    guard value < range.lower || value > range.upper else { return nil }
    return ("\(literal) is outside \(range.text), the range of '\(key)'", range.hint)
  }

  /// `-90…60 °C`, `1…10,000,000 W`.
  var text: String {
    "\(Self.bound(lower))…\(Self.bound(upper))\(unit.isEmpty ? "" : " \(unit)")"
  }

  private var hint: String {
    switch unit {
    case "°C": return "temperatures are in degrees Celsius"
    case "W": return "power in watts; the key says the unit"
    case "kW": return "power in kilowatts; the key says the unit"
    default: return "docs/scenario.md lists the range of every number"
    }
  }

  private static func bound(_ value: Double) -> String {
    value == value.rounded() && abs(value) >= 1000
      ? Format.grouped(value, 0) : Format.plain(value)
  }
}
