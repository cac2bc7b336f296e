/// What the markdown renderers (`check --format markdown`, `diff --format markdown`) share.
enum Markdown {
  /// A table cell: pipes escaped, lines joined.
  static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
