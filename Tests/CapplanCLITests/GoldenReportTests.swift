import Foundation
import TestSupport
import Testing

/// Every example, in every format, against its committed golden file, twice for determinism.
@Suite struct GoldenReportTests {
  static let examples = Repository.examples.map(\.lastPathComponent)

  @Test(arguments: examples, ["text", "json"])
  func exampleMatchesGolden(_ example: String, format: String) throws {
    let path = "Examples/\(example)"
    let first = CLIRun.capplan([
      "plan", Repository.root.appendingPathComponent(path).path, "--format", format,
    ])
    #expect(first.code == 0, "\(first.err)")
    let name = example.replacingOccurrences(
      of: ".json", with: format == "json" ? ".report.json" : ".txt")
    let golden = Repository.root.appendingPathComponent("Tests/CapplanCLITests/Golden/\(name)")
    let expected = try #require(
      Golden.expected(first.out, at: golden),
      "missing golden \(name); run with CAPPLAN_UPDATE_GOLDEN=1")
    #expect(first.out == expected)
    let second = CLIRun.capplan([
      "plan", Repository.root.appendingPathComponent(path).path, "--format", format,
    ])
    #expect(second.out == first.out, "a second run differs")
  }

  @Test func atLeastFourExamples() {
    #expect(Self.examples.count >= 4)
  }
}

/// The text report fits a 100-column terminal, also for a fleet of a million GPUs.
@Suite struct TextWidthTests {
  @Test(arguments: Repository.examples.map(\.lastPathComponent))
  func everyLineFitsOneHundredColumns(_ example: String) throws {
    let text = CLIRun.capplan([
      "plan", Repository.root.appendingPathComponent("Examples/\(example)").path,
    ]).out
    for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
  }

  @Test func aMillionGPUsStillFit() throws {
    // The mixed site with 2,000 × its users: about 1.1 million GPUs.
    var text = try String(
      contentsOf: Repository.root.appendingPathComponent("Examples/mixed-site.json"),
      encoding: .utf8)
    for (from, to) in [
      ("\"dailyActiveUsers\": 20000000", "\"dailyActiveUsers\": 40000000000"),
      ("\"dailyActiveUsers\": 10000000", "\"dailyActiveUsers\": 20000000000"),
      ("\"utilityKW\": 3200", "\"utilityKW\": 5000000"),
    ] { text = text.replacingOccurrences(of: from, with: to) }
    let run = CLIRun.capplan(["plan", "-"], stdin: text)
    #expect(run.code == 0, "\(run.err)")
    #expect(run.out.contains("GPUs in"))
    for line in run.out.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
  }
}
