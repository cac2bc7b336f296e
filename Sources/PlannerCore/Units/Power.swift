/// Electrical or thermal power. Stored in watts; encoded as a bare number of watts, the key
/// naming the unit.
public struct Power: Sendable, Hashable, Comparable, Codable, AdditiveArithmetic {
  /// The power in watts.
  public var watts: Double

  public init(watts: Double) { self.watts = watts }
  public init(kilowatts: Double) { self.watts = kilowatts * 1000 }

  /// The power in kilowatts.
  public var kilowatts: Double { watts / 1000 }

  public static let zero = Power(watts: 0)

  public static func + (lhs: Power, rhs: Power) -> Power { Power(watts: lhs.watts + rhs.watts) }
  public static func - (lhs: Power, rhs: Power) -> Power { Power(watts: lhs.watts - rhs.watts) }
  public static func * (lhs: Power, rhs: Double) -> Power { Power(watts: lhs.watts * rhs) }
  public static func * (lhs: Double, rhs: Power) -> Power { Power(watts: lhs * rhs.watts) }
  public static func / (lhs: Power, rhs: Double) -> Power { Power(watts: lhs.watts / rhs) }
  /// The ratio of two powers (a load over a limit).
  public static func / (lhs: Power, rhs: Power) -> Double { lhs.watts / rhs.watts }
  public static func < (lhs: Power, rhs: Power) -> Bool { lhs.watts < rhs.watts }

  public init(from decoder: Decoder) throws {
    watts = try decoder.singleValueContainer().decode(Double.self)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(watts)
  }
}

extension Sequence where Element == Power {
  /// The sum, added in sequence order (callers sort first where order could vary).
  public func sum() -> Power { reduce(.zero, +) }
}
