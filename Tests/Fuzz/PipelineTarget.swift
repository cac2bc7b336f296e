// libFuzzer target: load, plan and render in every format. The bytes go through the command
// line once (`plan -`, standard input: reading, loading, planning and the finite guard), then
// the same report through every renderer: plan as text, JSON, CSV (months and slots) and HTML,
// every chart, explain, and every check format. Exit 3 from the command line, or a refusal by
// the JSON writer of a report that passed the guard, is a finding (abort). Built by .ci/fuzz,
// compiled together with the PlannerCore and CapplanCLI sources.

#if canImport(Glibc)
  import Glibc
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let console = Console(out: { _ in }, err: { _ in }, readStandardInput: { bytes })
  let code = CapplanCLI.run(["plan", "-", "--format", "json"], console: console)
  guard code == 0 else {
    if code != 2 { finding("capplan plan - exited \(code)") }
    return 0
  }
  do {
    let input = try ScenarioInput.read("-", console: console)
    let loaded = try input.load()
    let report = try input.plan(loaded, slotSeries: true)
    let verdict = try Gate.evaluate(
      report, policy: GatePolicy(), strict: false, today: try CheckCommand.date("2026-11-29"))
    var outputs = [
      TextReport.render(report), try JSONReport.render(report), CSVReport.months(report),
      CSVReport.slots(report), HTMLReport.render(report), ExplainText.list(report, file: "-"),
      CheckText.render(verdict, file: "-"), CheckGitHub.render(verdict, file: "-"),
      CheckJUnit.render(verdict, file: "-"), CheckMarkdown.render(verdict, file: "-"),
      try JSONReport.render(verdict),
    ]
    outputs += Charts.kinds.map { Charts.render($0, report) }
    outputs += report.deployments.map { ExplainText.render($0, of: report) }
    _ = outputs.reduce(0) { $0 + $1.utf8.count }
  } catch let error as CLIError {
    if error.code != 2 { finding(error.lines.joined(separator: "\n")) }
  } catch {
    finding("\(error)")
  }
  return 0
}

private func finding(_ message: String) -> Never {
  print("finding: \(message)")
  abort()
}
