import PlannerCore

/// `capplan chart FILE --kind KIND [--out FILE.svg]`: one chart of the plan as SVG.
enum ChartCommand: Command {
  static let name = "chart"
  static let help = """
    usage: capplan chart FILE --kind KIND [--out FILE.svg]

    Plans the scenario in FILE and draws one chart of it as a self-contained SVG (no scripts,
    no external fonts), the same bytes for the same input.

    kinds:
      day        the 288 five-minute slots of facility power stacked by component, the
                 facility limits as lines, the worst five minutes marked
      forecast   planned peak power per month against each site limit, the runway month and
                 the order-by months marked
      stack      a waterfall from GPU board watts to the utility meter at the planning peak
      headroom   one bar per check coloured by status, the policy's thresholds as ticks
      curve      per deployment, tokens per joule and TPOT against batch, the chosen batch and
                 the TPOT objective marked
      events     per what-if event, planned power after each degradation step against the
                 failed-state limits
    options:
      --kind day|forecast|stack|headroom|curve|events
                       the chart to draw (required)
      --out PATH       write the SVG to PATH (replaced atomically) instead of stdout

    exit codes: 0 drawn, 2 bad usage or invalid scenario

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(arguments, valued: ["kind", "out", "output"])
    guard args.positionals.count == 1 else {
      throw .usage(
        args.positionals.isEmpty ? "chart needs a scenario file" : "chart takes one scenario file")
    }
    guard args.options["kind"] != nil else {
      throw .usage("chart needs '--kind'", hint: "one of \(Charts.kinds.joined(separator: ", "))")
    }
    let kind = try args.choice("kind", allowed: Charts.kinds, default: "day")
    let report = try ScenarioInput.read(args.positionals[0], console: console).plan()
    try OutputWriter.write(
      Charts.render(kind, report), to: args.options["out"] ?? args.options["output"],
      console: console, inputs: args.positionals)
    return ExitCode.ok
  }
}
