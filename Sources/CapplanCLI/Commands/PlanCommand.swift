import PlannerCore

/// `capplan plan FILE [--format text|json|csv] [--series slots|months] [--output PATH]`.
enum PlanCommand: Command {
  static let name = "plan"
  static let formats = ["text", "json", "csv"]
  /// What `plan --format` takes: the formats above, and the HTML page.
  static let planFormats = formats + ["html"]
  static let help = """
    usage: capplan plan FILE [--format text|json|csv|html] [--series slots|months]
                             [--output PATH]

    Plans the scenario in FILE ('-' for standard input) at its planning peak, the worst five
    minutes of the busiest slot, and over a representative day: demand per surface, each
    deployment's batch, replicas, latency and GPU power, racks, the power stack from GPU boards
    to the utility meter, and the headroom at every limit; then the same chain for every month
    of the horizon, and the runway of every limit.

    options:
      --format text|json|csv|html
                           text (default, fits 100 columns), json (stable, sorted keys), csv,
                           or html: one self-contained page with the summary, every chart and
                           every table (inline CSS and SVG, no scripts, nothing to fetch)
      --series slots|months
                           with csv: the day's 288 slots per component, or the forecast's
                           months (default)
      --output PATH        write the report to PATH (replaced atomically) instead of stdout

    exit codes: 0 planned, 2 bad usage or invalid scenario, 3 internal error

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(arguments, valued: ["format", "output", "series"])
    let format = try args.choice("format", allowed: planFormats, default: "text")
    let series = try args.choice("series", allowed: ["slots", "months"], default: "months")
    if args.options["series"] != nil && format != "csv" {
      throw .usage("'--series' goes with '--format csv'", hint: "add --format csv")
    }
    guard args.positionals.count == 1 else {
      throw .usage(
        args.positionals.isEmpty ? "plan needs a scenario file" : "plan takes one scenario file")
    }
    // only the JSON report shows the provenance; the JSON writer refuses a figure that is not
    // finite itself, and the other formats check what they wrote
    let report = try ScenarioInput.read(args.positionals[0], console: console).plan(
      slotSeries: format == "csv" && series == "slots", guarded: false,
      provenance: format == "json")
    let text =
      format == "csv"
      ? (series == "slots" ? CSVReport.slots(report) : CSVReport.months(report))
      : try render(report, format: format)
    if format != "json" { try FiniteGuard.check(text, of: report) }
    try OutputWriter.write(
      text, to: args.options["output"], console: console, statuses: format == "text",
      inputs: args.positionals)
    return ExitCode.ok
  }

  static func render(_ report: Report, format: String) throws(CLIError) -> String {
    switch format {
    case "json":
      do {
        return try JSONReport.render(report)
      } catch let figure as NonFiniteFigure {
        throw FiniteGuard.refusal(figure.description)
      } catch {
        throw CLIError(lines: ["capplan: internal error: \(error)"], code: ExitCode.internalError)
      }
    case "html":
      return HTMLReport.render(report)
    default:
      return TextReport.render(report)
    }
  }
}
