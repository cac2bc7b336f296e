import PlannerCore

/// The last guard before any output: a report with a figure that is infinite or not a number
/// is refused whole, naming the figure, so that no format prints `inf` or `nan` and nothing is
/// written (exit 3: an accepted input should never lead here). `plan` checks what it renders
/// (`check(_:of:)`), the other commands the report. A first pass over the report
/// (`FiniteScan`) only looks at the numbers; the report is encoded to a tree, to name the
/// figure, only when that pass finds one that is not finite.
enum FiniteGuard {
  /// Throws the exit-3 refusal naming the first figure of `report` that is not finite.
  static func check(_ report: Report) throws(CLIError) {
    if FiniteScan.allFinite(report) { return }
    do {
      _ = try TreeEncoder.tree(of: report)
    } catch let figure as NonFiniteFigure {
      throw refusal(figure.description)
    } catch {
      throw refusal("the report cannot be encoded: \(error)")
    }
  }

  /// Refuses `rendered`, the text, CSV or HTML of `report`, when it shows a figure that is not
  /// finite: `Format` and Swift spell those `nan`, `inf` and `-inf`, so only output with such
  /// a word can show one, and only then are the report's figures walked, to name the figure.
  /// When they are all finite the word is the scenario's own (a surface named `nan`). A
  /// figure a format does not show cannot reach its reader, so most output needs no walk.
  static func check(_ rendered: String, of report: Report) throws(CLIError) {
    if spellsNonFinite(rendered) { try check(report) }
  }

  /// Whether `text` has `nan` or `inf` as a word of its own (letters, digits and `_` on
  /// neither side).
  static func spellsNonFinite(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    func isWordByte(_ i: Int) -> Bool {
      guard bytes.indices.contains(i) else { return false }
      let b = bytes[i]
      return (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x5F
    }
    var i = 0
    while i + 3 <= bytes.count {
      let (a, b, c) = (bytes[i], bytes[i + 1], bytes[i + 2])
      let word =
        (a == UInt8(ascii: "n") && b == UInt8(ascii: "a") && c == UInt8(ascii: "n"))
        || (a == UInt8(ascii: "i") && b == UInt8(ascii: "n") && c == UInt8(ascii: "f"))
      if word && !isWordByte(i - 1) && !isWordByte(i + 3) { return true }
      i += 1
    }
    return false
  }

  /// The refusal for `problem` (a `NonFiniteFigure`'s description).
  static func refusal(_ problem: String) -> CLIError {
    CLIError(
      lines: [
        "capplan: internal error: \(problem); nothing was written",
        "the scenario was accepted but gave a figure no report can hold; please report it with the file",
      ], code: ExitCode.internalError)
  }
}
