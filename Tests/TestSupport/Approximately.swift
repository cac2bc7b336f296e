extension Double {
  /// Whether this value is within `tolerance` of `expected` (absolute).
  public func isClose(to expected: Double, tolerance: Double) -> Bool {
    abs(self - expected) <= tolerance
  }
}
