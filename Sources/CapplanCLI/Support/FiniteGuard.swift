import PlannerCore

/// The last guard before any renderer: a report with a figure that is infinite or not a number
/// is refused whole, naming the figure, so that no format prints `inf` or `nan` and nothing is
/// written (exit 3: an accepted input should never lead here).
enum FiniteGuard {
  static func check(_ report: Report) throws(CLIError) {
    do {
      _ = try TreeEncoder.tree(of: report)
    } catch let figure as NonFiniteFigure {
      throw refusal(figure.description)
    } catch {
      throw refusal("the report cannot be encoded: \(error)")
    }
  }

  private static func refusal(_ problem: String) -> CLIError {
    CLIError(
      lines: [
        "capplan: internal error: \(problem); nothing was written",
        "the scenario was accepted but gave a figure no report can hold; please report it with the file",
      ], code: ExitCode.internalError)
  }
}
