/// Rounding a fractional requirement up to whole units of capacity, in one place.
public enum Capacity {
  /// The whole number of units that covers `need` (ceil, with a tolerance of 1e-9 so that
  /// 3.0000000001 from floating-point noise stays 3); never below `minimum`.
  public static func units(covering need: Double, minimum: Int = 0) -> Int {
    guard need.isFinite, need > 0 else { return minimum }
    return max(minimum, Int((need - 1e-9).rounded(.up)))
  }
}
