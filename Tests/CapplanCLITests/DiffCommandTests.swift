import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import CapplanCLI

/// `capplan diff`: releases against each other, scenarios against saved reports, the comment
/// limit, `--min-change` and `--fail-on-increase`.
@Suite struct DiffCommandTests {
  static let releases = Repository.root.appendingPathComponent("Examples/releases")
  let r1 = releases.appendingPathComponent("2026.1.json").path
  let r2 = releases.appendingPathComponent("2026.2.json").path
  let rag = Repository.root.appendingPathComponent("Examples/rag-support-chatbot.json").path

  func temporary(_ name: String) -> URL {
    URL(fileURLWithPath: NSTemporaryDirectory())
      .appendingPathComponent("capplan-diff-\(UUID().uuidString)-\(name)")
  }

  @Test func releasesDiffAsAPullRequestComment() throws {
    let run = CLIRun.capplan(["diff", r1, r2, "--format", "markdown"])
    #expect(run.code == 0)
    // 2026.2 brings agent mode to all 40,000 developers (5 × 2026.1's 8,000) and tightens the
    // 70B deployment's TTFT p95 to 900 ms, far under its 2,493.4 ms first token at p95 (and
    // its p99 objective fails with it).
    let headline =
      "**Facility peak +54.3%, runway 28 → 0 months, ttft-p95[chat-70b] now fails, ttft-p99[chat-70b] now fails.**"
    #expect(run.out.contains(headline))
    #expect(run.out.contains("| `ttft-p95[chat-70b]` now fails | PASS | FAIL | |"))
    let golden = Repository.root.appendingPathComponent(
      "Tests/CapplanCLITests/Golden/releases-2026.1-2026.2.diff.md")
    #expect(run.out == Golden.expected(run.out, at: golden))
    // docs/ci.md shows this comment between its markers, as generated here.
    let docs = Repository.root.appendingPathComponent("docs/ci.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    let shown = try #require(DocsRegion(text, name: "releases-diff"))
    let relative = run.out
    if Golden.updating {
      try Data(shown.replacing(with: relative).utf8).write(to: docs)
    } else {
      #expect(shown.content == relative, "docs/ci.md: run CAPPLAN_UPDATE_GOLDEN=1 swift test")
    }
  }

  @Test func textNamesInputsStatusRunwayAndFitsOneHundredColumns() {
    let run = CLIRun.capplan(["diff", r1, r2])
    #expect(run.code == 0)
    // 8,000 → 40,000 developers on agent mode; the cooling plant fails 17 months earlier
    // (2029-05 → 2027-12).
    #expect(
      run.out.contains(
        "  traffic.surfaces[agent].dailyActiveUsers      8000                      40000\n"))
    #expect(run.out.contains("  cooling-plant       2029-05     2027-12  -17 months\n"))
    #expect(run.out.contains("  ttft-p95[chat-70b]  PASS  FAIL\n"))
    for line in run.out.split(separator: "\n") {
      #expect(line.count <= 100, "\(line)")
    }
  }

  @Test func aWhitespaceOnlyChangeMovesNothing() throws {
    let text = try String(contentsOfFile: rag, encoding: .utf8)
    // Line breaks never stand inside a JSON string, so this changes layout only.
    let reflowed = text.replacingOccurrences(of: "\n", with: "\n\t \t")
    #expect(reflowed != text)
    let quiet = CLIRun.capplan(["diff", rag, "-", "--min-change", "0.1"], stdin: reflowed)
    #expect(quiet.code == 0 && quiet.out.isEmpty && quiet.err.isEmpty)
    let plain = CLIRun.capplan(["diff", rag, "-"], stdin: reflowed)
    #expect(plain.out.hasSuffix("nothing moved\n"))
  }

  @Test func minChangeKeepsOnlyWhatMovedMore() {
    // Everything in 2026.2 that moved by 50 % or less is left out; status and runway stay.
    let run = CLIRun.capplan(["diff", r1, r2, "--min-change", "50", "--format", "json"])
    #expect(run.code == 0)
    #expect(!run.out.contains("\"peakRequestsPerSecond\""))
    #expect(run.out.contains("\"summary\""))
    #expect(!run.out.contains("\"name\" : \"tpot[chat-70b] load\""))
  }

  @Test func failOnIncreaseGatesTheFacilityPeak() {
    // Facility peak +58.5 % (the headline above).
    #expect(CLIRun.capplan(["diff", r1, r2, "--fail-on-increase", "50"]).code == 1)
    #expect(CLIRun.capplan(["diff", r1, r2, "--fail-on-increase", "60"]).code == 0)
    #expect(CLIRun.capplan(["diff", r2, r1, "--fail-on-increase", "0"]).code == 0)
  }

  @Test func aSavedReportAndItsScenarioCompareEqual() throws {
    let saved = temporary("report.json")
    defer { try? FileManager.default.removeItem(at: saved) }
    #expect(CLIRun.capplan(["plan", r2, "--format", "json", "--output", saved.path]).code == 0)
    let run = CLIRun.capplan(["diff", saved.path, r2])
    #expect(run.code == 0)
    #expect(
      run.out
        == "capplan diff: code-assistant-2026.2 (report) → code-assistant-2026.2 (scenario)\nnothing moved\n"
    )
    // Against another release the inputs are not compared: one side is a report.
    let mixed = CLIRun.capplan(["diff", saved.path, r1])
    #expect(mixed.out.contains("Inputs: not compared (a side is a saved report)"))
    #expect(mixed.out.contains("ttft-p95[chat-70b]  FAIL  PASS"))
  }

  @Test func aReportOfAnotherSchemaVersionIsRefused() throws {
    let saved = temporary("v2.json")
    defer { try? FileManager.default.removeItem(at: saved) }
    let report = CLIRun.capplan(["plan", rag, "--format", "json"]).out
    let v2 = report.replacingOccurrences(
      of: "\n  \"schemaVersion\" : 1,", with: "\n  \"schemaVersion\" : 2,")
    #expect(v2 != report)
    try Data(v2.utf8).write(to: saved)
    let run = CLIRun.capplan(["diff", saved.path, rag])
    #expect(run.code == 2)
    let line =
      try #require(
        v2.split(separator: "\n", omittingEmptySubsequences: false)
          .firstIndex { $0.contains("\"schemaVersion\" : 2") }) + 1
    #expect(
      run.err
        == "\(saved.path):\(line):21: error: schemaVersion: a report of schemaVersion 2; this capplan reads reports of version 1; plan the scenario again with this capplan ('capplan plan FILE --format json')\n"
    )
    let usage = CLIRun.capplan(["diff", rag])
    #expect(usage.code == 2)
    #expect(CLIRun.capplan(["diff", rag, rag, "--min-change", "five"]).code == 2)
  }

  @Test func twoThousandDeploymentsFitOneComment() throws {
    // Two plans of 2,000 deployments each (the RAG example's deployments and checks repeated
    // under new names, every figure of the head 3 % to 9 % up): tens of thousands of rows.
    let base = try Self.report(from: rag, copies: 500, scale: 1)
    let head = try Self.report(from: rag, copies: 500, scale: 1.03)
    #expect(base.deployments.count == 2_000)
    let diff = ReportDiffer.diff(base, head)
    #expect(diff.figures.count > 10_000)
    let markdown = DiffMarkdown.render(diff)
    #expect(markdown.count <= 65_536)
    #expect(markdown.count > 60_000)
    #expect(markdown.contains("_Left out to stay within GitHub's 65,536-character comment limit: "))
    #expect(markdown.hasPrefix("### capplan diff: "))
  }

  /// The report of `path` with its deployments, surfaces and checks repeated `copies` times
  /// under new names, figures of copy `i` multiplied by `scale`^(i mod 3 + 1).
  static func report(from path: String, copies: Int, scale: Double) throws -> Report {
    let json = CLIRun.capplan(["plan", path, "--format", "json"]).out
    let one = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    var report = one
    report.deployments = []
    report.checks = []
    report.demand = []
    for copy in 0..<copies {
      let factor = pow(scale, Double(copy % 3 + 1))
      report.deployments += one.deployments.map { deployment in
        var d = deployment
        d.name += "-\(copy)"
        d.nodesKW *= factor
        d.tpotMs *= factor
        return d
      }
      report.checks += one.checks.map { check in
        var c = check
        c.name += "-\(copy)"
        c.load *= factor
        c.headroom = 1 - c.load / c.limit
        return c
      }
      report.demand += one.demand.map { surface in
        var s = surface
        s.name += "-\(copy)"
        s.peakRequestsPerSecond *= factor
        return s
      }
    }
    return report
  }
}

/// A region of a document between `<!-- NAME:begin -->` and `<!-- NAME:end -->` lines, with
/// a fenced block inside.
struct DocsRegion {
  let text: String
  let range: Range<String.Index>
  var content: String { String(text[range]) }

  init?(_ text: String, name: String) {
    guard let begin = text.range(of: "<!-- \(name):begin -->\n\n````markdown\n"),
      let end = text.range(
        of: "````\n\n<!-- \(name):end -->", range: begin.upperBound..<text.endIndex)
    else { return nil }
    self.text = text
    range = begin.upperBound..<end.lowerBound
  }

  func replacing(with content: String) -> String {
    text.replacingCharacters(in: range, with: content)
  }
}
