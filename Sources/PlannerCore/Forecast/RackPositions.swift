/// The floor: how many rack positions there are (JSON `site.rackPositions`, a count or
/// `{ "rows": 20, "racksPerRow": 24 }`). Racks beyond them do not fit, however much power there
/// is.
public struct RackPositions: Sendable, Equatable {
  /// Rows of positions; nil when only a total was given.
  public var rows: Int?
  /// Positions per row, or the total when `rows` is nil.
  public var perRow: Int

  /// `rows` rows of `perRow` positions, or `perRow` positions in all when `rows` is nil.
  public init(rows: Int?, perRow: Int) {
    self.rows = rows
    self.perRow = perRow
  }

  /// Every position on the floor.
  public var total: Int { (rows ?? 1) * perRow }

  /// `480 positions` or `20 rows × 24 positions`.
  public var summary: String {
    rows.map { "\($0) rows × \(perRow) positions" } ?? "\(perRow) positions"
  }
}
