import Foundation
import PlannerCore

/// `capplan check FILE`: the plan as a gate, with an optional policy, in the forms CI systems
/// show natively.
enum CheckCommand: Command {
  static let name = "check"
  static let formats = ["text", "json", "github", "junit", "markdown"]
  static let help = """
    usage: capplan check FILE [--policy POLICY.json] [--strict] [--today YYYY-MM-DD]
                              [--format text|json|github|junit|markdown] [--output PATH]

    Plans the scenario in FILE and judges it as a gate: a verdict per check (rack power, PDU
    feeds, cooling plant, UPS, utility interconnect, latency objectives, what-if events), then
    what the policy demands (minimum headroom per check or kind of check, most joules per
    token, what each event must keep) and its waivers. Warnings do not fail unless --strict.

    options:
      --policy PATH        a policy file (docs/ci.md), read as strictly as a scenario
      --strict             warnings fail
      --today YYYY-MM-DD   the day waivers are judged against (default: today, UTC)
      --format FORMAT      text (default); json (the verdict); github (workflow commands
                           '::error file=…,line=…' at the key that sets each breached limit,
                           and the markdown summary appended to $GITHUB_STEP_SUMMARY);
                           junit (JUnit XML, one test case per check); markdown (a note)
      --output PATH        write to PATH (replaced atomically) instead of stdout

    exit codes: 0 the gate passes, 1 a check failed, 2 bad usage or invalid scenario or policy

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(
      arguments, valued: ["format", "output", "policy", "today"], switches: ["strict"])
    let format = try args.choice("format", allowed: formats, default: "text")
    guard args.positionals.count == 1 else {
      throw .usage(
        args.positionals.isEmpty ? "check needs a scenario file" : "check takes one scenario file")
    }
    let today = try date(args.options["today"])
    let policy = try args.options["policy"].map { path throws(CLIError) in
      try readPolicy(path, console: console)
    }
    let input = try ScenarioInput.read(args.positionals[0], console: console)
    let loaded = try input.load()
    let report = try input.plan(loaded)
    let verdict: GateVerdict
    do {
      verdict = try Gate.evaluate(
        report, policy: policy?.policy ?? GatePolicy(), strict: args.flags.contains("strict"),
        today: today, keyLocations: loaded.document.keyLocations())
    } catch {
      throw policy!.input.invalid(error.diagnostics, locations: [:], what: "policy")
    }
    let file = input.displayName
    let text: String
    switch format {
    case "json": text = try json(verdict)
    case "github":
      text = CheckGitHub.render(verdict, file: file)
      try appendStepSummary(CheckMarkdown.render(verdict, file: file), console: console)
    case "junit": text = CheckJUnit.render(verdict, file: file)
    case "markdown": text = CheckMarkdown.render(verdict, file: file)
    default: text = CheckText.render(verdict, file: file)
    }
    try OutputWriter.write(
      text, to: args.options["output"], console: console, statuses: format == "text",
      inputs: args.positionals)
    return verdict.status == .fail ? ExitCode.checkFailed : ExitCode.ok
  }

  /// `--today`, or the clock's day in UTC.
  static func date(_ text: String?) throws(CLIError) -> CalendarDate {
    guard let text else {
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "UTC")!
      let parts = calendar.dateComponents([.year, .month, .day], from: Date())
      let year = String(parts.year ?? 1970)
      let month = String(parts.month ?? 1)
      let day = String(parts.day ?? 1)
      let padded =
        "\(year)-\(month.count == 1 ? "0" : "")\(month)-\(day.count == 1 ? "0" : "")\(day)"
      return CalendarDate(padded) ?? CalendarDate("1970-01-01")!
    }
    guard let date = CalendarDate(text) else {
      throw .usage(
        "'\(text)' is not a date of '--today'", hint: "write YYYY-MM-DD, such as 2026-11-29")
    }
    return date
  }

  private static func readPolicy(_ path: String, console: Console) throws(CLIError) -> (
    policy: GatePolicy, input: ScenarioInput
  ) {
    let input = try ScenarioInput.read(path, console: console)
    do {
      return (try GatePolicyDecoder.decode(input.bytes), input)
    } catch {
      throw input.invalid(error.diagnostics, locations: [:], what: "policy")
    }
  }

  private static func json(_ verdict: GateVerdict) throws(CLIError) -> String {
    do {
      return try JSONReport.render(verdict)
    } catch {
      throw CLIError(lines: ["capplan: internal error: \(error)"], code: ExitCode.internalError)
    }
  }

  /// Appends `markdown` to the file `$GITHUB_STEP_SUMMARY` names, when it is set.
  private static func appendStepSummary(_ markdown: String, console: Console) throws(CLIError) {
    guard let path = console.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw CLIError(
        lines: ["\(path): error: cannot append the job summary (GITHUB_STEP_SUMMARY)"],
        code: ExitCode.invalidInput)
    }
    defer { try? handle.close() }
    handle.seekToEndOfFile()
    handle.write(Data(markdown.utf8))
  }
}
