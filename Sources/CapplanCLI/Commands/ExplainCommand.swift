import PlannerCore

/// `capplan explain FILE [deployments.NAME | summary.FIGURE | checks.NAME]`: one deployment of
/// the plan figure by figure, or the derivation of one summary figure or check.
enum ExplainCommand: Command {
  static let name = "explain"
  static let help = """
    usage: capplan explain FILE [deployments.NAME] [--format text|json] [--output PATH]
           capplan explain FILE summary.FIGURE | checks.NAME [--format text|json] [--output PATH]

    Plans the scenario in FILE and explains one deployment: its workload at the peak, memory,
    the batch/latency curve with the chosen batch marked and what limited it, the replica
    sizing (slots at the target utilisation, Erlang C queueing, TTFT against the objectives),
    GPUs, power and tokens per joule, each figure with its boundary and provenance
    (measured, calibrated or modelled). Without a path, lists the deployments.

    With summary.FIGURE (summary.facilityPeakKW, summary.pue, summary.gpus, …) or checks.NAME
    (checks.cooling-plant, checks.rack-power[dgx-h100], …): the derivation of that figure,
    step by step from the inputs, each value with its unit and where it comes from in the
    report and the scenario; the last value is the report's figure.

    options:
      --format text|json   text (default) or json: the deployment's object of the JSON report
                           (without a path: the report's 'deployments' array)
      --output PATH        write to PATH (replaced atomically) instead of stdout

    exit codes: 0 explained, 2 bad usage, invalid scenario or unknown deployment

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(arguments, valued: ["format", "output"])
    let format = try args.choice("format", allowed: PlanCommand.formats, default: "text")
    guard (1...2).contains(args.positionals.count) else {
      throw .usage(
        args.positionals.isEmpty
          ? "explain needs a scenario file" : "explain takes a scenario file and one path")
    }
    let input = try ScenarioInput.read(args.positionals[0], console: console)
    let report = try input.plan()
    let text: String
    if args.positionals.count == 2, !args.positionals[1].hasPrefix("deployments.") {
      let figure = args.positionals[1]
      guard let explanation = FigureExplanation.explain(figure, in: report) else {
        throw unknownFigure(figure, in: report)
      }
      text =
        format == "json"
        ? try json(explanation) : explanation.rendered(scenario: report.scenario.name)
    } else if args.positionals.count == 2 {
      let deployment = try find(args.positionals[1], in: report)
      text =
        format == "json"
        ? try json(deployment) : ExplainText.render(deployment, of: report)
    } else {
      text =
        format == "json"
        ? try json(report.deployments) : ExplainText.list(report, file: input.displayName)
    }
    try OutputWriter.write(
      text, to: args.options["output"], console: console, inputs: args.positionals)
    return ExitCode.ok
  }

  /// The deployment `path` (`deployments.NAME`) names, or a usage error listing the known ones.
  static func find(_ path: String, in report: Report) throws(CLIError) -> DeploymentReport {
    let names = report.deployments.map(\.name)
    let known = "known: " + names.map { "'deployments.\($0)'" }.joined(separator: ", ")
    let prefix = "deployments."
    guard path.hasPrefix(prefix) else {
      let hint = names.contains(path) ? "did you mean 'deployments.\(path)'?" : known
      throw unknown("cannot explain '\(path)'; explain takes a path 'deployments.NAME'", hint)
    }
    let name = String(path.dropFirst(prefix.count))
    if let deployment = report.deployments.first(where: { $0.name == name }) { return deployment }
    let hint = Suggestion.closest(to: name, among: names).map {
      "did you mean 'deployments.\($0)'? \(known)"
    }
    throw unknown("no deployment '\(name)' in the scenario", hint ?? known)
  }

  /// A usage error for a figure the report does not have, with the nearest known one.
  static func unknownFigure(_ figure: String, in report: Report) -> CLIError {
    let names = report.deployments.map(\.name)
    if names.contains(figure) {
      return unknown("cannot explain '\(figure)'", "did you mean 'deployments.\(figure)'?")
    }
    let figures = FigureExplanation.figures(report)
    let hint =
      Suggestion.closest(to: figure, among: figures).map { "did you mean '\($0)'?" }
      ?? "explain takes deployments.NAME, summary.FIGURE (\(SummaryDerivation.figures.prefix(4).joined(separator: ", ")), …) or checks.NAME (\(report.checks.prefix(3).map(\.name).joined(separator: ", ")), …)"
    return unknown("no figure '\(figure)' in the report", hint)
  }

  private static func unknown(_ message: String, _ hint: String) -> CLIError {
    CLIError(lines: ["capplan: error: \(message); \(hint)"], code: ExitCode.invalidInput)
  }

  private static func json<T: Encodable>(_ value: T) throws(CLIError) -> String {
    do {
      return try JSONReport.render(value)
    } catch {
      throw CLIError(lines: ["capplan: internal error: \(error)"], code: ExitCode.internalError)
    }
  }
}
