import PlannerCore

/// `capplan check FILE`: the plan as a gate.
enum CheckCommand: Command {
  static let name = "check"
  static let help = """
    usage: capplan check FILE [--format text|json] [--output PATH]

    Plans the scenario in FILE and prints a verdict line per check (rack power, PDU feeds,
    cooling plant, UPS, utility interconnect, latency objectives). Warnings do not fail.

    options:
      --format text|json   verdict lines (default) or the full JSON report
      --output PATH        write to PATH (replaced atomically) instead of stdout

    exit codes: 0 every check passes, 1 a check failed, 2 bad usage or invalid scenario

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(arguments, valued: ["format", "output"])
    let format = try args.choice("format", allowed: PlanCommand.formats, default: "text")
    guard args.positionals.count == 1 else {
      throw .usage(
        args.positionals.isEmpty ? "check needs a scenario file" : "check takes one scenario file")
    }
    let input = try ScenarioInput.read(args.positionals[0], console: console)
    let report = try input.plan()
    let text =
      format == "json"
      ? try PlanCommand.render(report, format: "json")
      : CheckText.render(report, file: input.displayName)
    try OutputWriter.write(
      text, to: args.options["output"], console: console, statuses: format == "text")
    return report.checks.contains { $0.status == .fail } ? ExitCode.checkFailed : ExitCode.ok
  }
}
