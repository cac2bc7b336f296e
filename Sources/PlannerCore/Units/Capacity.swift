/// Rounding a fractional requirement to whole units of capacity, in one place, and the bound
/// on every count the model makes: a count never leaves `0…maximum`, so no conversion from a
/// Double traps and the products of counts (replicas × batch slots × 128) stay far inside Int.
public enum Capacity {
  /// The largest count the model makes (2³², about 4.3 billion); a plan that needs more is
  /// refused before it is built (`Planner.maximumGPUs`).
  public static let maximum = 1 << 32

  /// The whole number of units that covers `need` (ceil, with a tolerance of 1e-9 so that
  /// 3.0000000001 from floating-point noise stays 3); never below `minimum`, never above
  /// `maximum`.
  public static func units(covering need: Double, minimum: Int = 0) -> Int {
    guard need.isFinite, need > 0 else { return need > 0 ? maximum : minimum }
    return max(minimum, whole((need - 1e-9).rounded(.up)))
  }

  /// The whole units that fit in `room` (floor), in `0…maximum`; 0 when `room` is not a
  /// number.
  public static func units(within room: Double) -> Int {
    guard !room.isNaN else { return 0 }
    return whole(room.rounded(.down))
  }

  /// `value` (already whole) as an Int, clamped to `0…maximum`.
  private static func whole(_ value: Double) -> Int {
    value >= Double(maximum) ? maximum : value <= 0 ? 0 : Int(value)
  }
}
