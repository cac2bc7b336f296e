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
