/// Check statuses in colour on a terminal: `PASS` green, `WARN` yellow, `FAIL` red (ANSI SGR).
/// The renderers never colour; the console does, on its way out, so files, pipes and golden
/// files stay plain.
enum StatusColour {
  /// Whether to colour: standard output is a terminal, `NO_COLOR` is unset or empty
  /// (no-color.org), and `TERM` is not `dumb`.
  static func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
    isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }

  private static let codes = [("PASS", "32"), ("WARN", "33"), ("FAIL", "1;31")]

  /// `text` with each whole word `PASS`, `WARN` and `FAIL` wrapped in its colour.
  static func apply(_ text: String) -> String {
    var out = ""
    var word = ""
    func flush() {
      if let code = codes.first(where: { $0.0 == word })?.1 {
        out += "\u{1B}[\(code)m\(word)\u{1B}[0m"
      } else {
        out += word
      }
      word = ""
    }
    for character in text {
      if character.isLetter || character.isNumber || character == "_" {
        word.append(character)
      } else {
        flush()
        out.append(character)
      }
    }
    flush()
    return out
  }
}
