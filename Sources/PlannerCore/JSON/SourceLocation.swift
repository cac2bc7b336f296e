/// A position in a source text: 1-based line and column, columns counted in Unicode scalars,
/// and the file it is in when a scenario is read from several (`extends` overlays).
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
  /// The line, starting at 1.
  public var line: Int
  /// The column, starting at 1, counted in Unicode scalars.
  public var column: Int
  /// The file the value came from, as messages name it; nil for the one file being read, so
  /// that a scenario without overlays is reported exactly as before.
  public var file: String?

  public init(line: Int, column: Int, file: String? = nil) {
    self.line = line
    self.column = column
    self.file = file
  }

  /// Source order: by file (the file being read first), then line and column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file ?? "", lhs.line, lhs.column) < (rhs.file ?? "", rhs.line, rhs.column)
  }
}
