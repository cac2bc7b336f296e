import Foundation
import PlannerCore

/// `capplan diff BASE HEAD`: what moved between two releases, from scenario files or saved
/// `plan --format json` reports in any mix.
enum DiffCommand: Command {
  static let name = "diff"
  static let formats = ["text", "markdown", "json"]
  static let help = """
    usage: capplan diff BASE HEAD [--format text|markdown|json] [--min-change PERCENT]
                                  [--fail-on-increase PERCENT] [--output PATH]

    Compares two plans. BASE and HEAD are scenario files (overlays resolved) or reports saved
    with 'capplan plan --format json', in any mix. Shows the scenario values that changed (when
    both are scenarios), then the outputs that moved: check statuses first, the runway of each
    limit, then summary figures, each check's load and headroom, events, energy, cost, carbon,
    deployments, surfaces and the forecast's months, most moved first. Nothing that did not
    move is printed.

    options:
      --format text|markdown|json   text (default), markdown for a pull-request comment (a
                                    headline, a table, details folded; at most 65,536
                                    characters), or json
      --min-change PERCENT          leave out outputs that moved by PERCENT or less; print
                                    nothing when none moved more
      --fail-on-increase PERCENT    exit 1 when the facility peak grows by more than PERCENT
      --output PATH                 write to PATH (replaced atomically) instead of stdout

    exit codes: 0 compared, 1 the facility peak grew past --fail-on-increase, 2 bad usage or
    invalid input

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(
      arguments, valued: ["format", "min-change", "fail-on-increase", "output"])
    let format = try args.choice("format", allowed: formats, default: "text")
    guard args.positionals.count == 2 else {
      throw .usage("diff takes two files, BASE and HEAD (scenarios or saved JSON reports)")
    }
    let minChange = try percent(args.options["min-change"], option: "min-change")
    let failOnIncrease = try percent(args.options["fail-on-increase"], option: "fail-on-increase")
    let base = try DiffInput.read(args.positionals[0], console: console)
    let head = try DiffInput.read(args.positionals[1], console: console)
    var inputs: [InputChange]?
    if let a = base.document, let b = head.document {
      inputs = InputDiff.changes(from: a, to: b)
    }
    var diff = ReportDiffer.diff(
      base.report, head.report, baseKind: base.kind, headKind: head.kind, inputs: inputs)
    let peak = diff.figures.first { $0.section == "summary" && $0.name == "facilityPeakKW" }
    let grew = failOnIncrease.map { limit in (peak?.relative ?? 0) * 100 > limit } ?? false
    if let minChange {
      diff = ReportDiffer.filtered(diff, above: minChange / 100)
    }
    let quiet =
      minChange != nil && diff.statusChanges.isEmpty && diff.runway.isEmpty
      && diff.figures.isEmpty
    if !quiet {
      let text: String
      switch format {
      case "json":
        do { text = try JSONReport.render(diff) } catch {
          throw CLIError(lines: ["capplan: internal error: \(error)"], code: ExitCode.internalError)
        }
      case "markdown": text = DiffMarkdown.render(diff)
      default: text = DiffText.render(diff)
      }
      try OutputWriter.write(
        text, to: args.options["output"], console: console, inputs: args.positionals)
    }
    return grew ? ExitCode.checkFailed : ExitCode.ok
  }

  private static func percent(_ text: String?, option: String) throws(CLIError) -> Double? {
    guard let text else { return nil }
    guard let value = Double(text), value.isFinite, value >= 0 else {
      throw .usage(
        "'\(text)' is not a percentage for '--\(option)'", hint: "write a number such as 5 for 5%")
    }
    return value
  }
}
