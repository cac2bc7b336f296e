import PlannerCore

/// The report as JSON: sorted keys, two-space indentation, numbers rounded to at most four
/// decimals as they are written, so that floating-point noise never reaches a diff.
enum JSONReport {
  /// `value` as JSON text with a final newline; throws `NonFiniteFigure` naming the first
  /// number that is infinite or not a number.
  static func render<T: Encodable>(_ value: T) throws -> String {
    try TreeEncoder.tree(of: value).text()
  }
}
