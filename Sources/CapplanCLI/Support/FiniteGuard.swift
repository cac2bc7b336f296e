import PlannerCore

/// The last guard before any renderer: a report with a figure that is infinite or not a number
/// is refused whole, naming the figure, so that no format prints `inf` or `nan` and nothing is
/// written (exit 3: an accepted input should never lead here). A first pass (`FiniteScan`)
/// only looks at the numbers; the report is encoded to a tree, to name the figure, only when that
/// pass finds one that is not finite.
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

  /// The refusal for `problem` (a `NonFiniteFigure`'s description).
  static func refusal(_ problem: String) -> CLIError {
    CLIError(
      lines: [
        "capplan: internal error: \(problem); nothing was written",
        "the scenario was accepted but gave a figure no report can hold; please report it with the file",
      ], code: ExitCode.internalError)
  }
}
