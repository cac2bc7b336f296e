import Foundation
import PlannerCore
import TestSupport
import Testing

/// `capplan explain FILE summary.X | checks.NAME`: chains that end at the report's figures and
/// add up on the way.
@Suite struct FigureExplanationTests {
  struct Explanation: Decodable {
    struct Step: Decodable {
      var op: String
      var label: String
      var value: Double
      var unit: String
      var source: String
    }
    var figure: String
    var steps: [Step]
    var status: String?
  }

  static func explain(_ example: String, _ figure: String, json: Bool = true) -> CLIRun {
    CLIRun.capplan(
      ["explain", Repository.root.appendingPathComponent("Examples/\(example)").path, figure]
        + (json ? ["--format", "json"] : []))
  }

  static func report(_ example: String) throws -> Report {
    try JSONDecoder().decode(
      Report.self,
      from: Data(
        CLIRun.capplan([
          "plan", Repository.root.appendingPathComponent("Examples/\(example)").path,
          "--format", "json",
        ]).out.utf8))
  }

  @Test func facilityPeakOfTheMixedSiteEndsAtTheReportsFigure() throws {
    let run = Self.explain("mixed-site.json", "summary.facilityPeakKW")
    #expect(run.code == 0, "\(run.err)")
    let explanation = try JSONDecoder().decode(Explanation.self, from: Data(run.out.utf8))
    let report = try Self.report("mixed-site.json")
    let last = try #require(explanation.steps.last)
    #expect(last.value == report.summary.facilityPeakKW)
    #expect(last.unit == "kW")
    // the chain starts from the inputs: the surfaces' arrivals, then the deployments' GPUs
    #expect(explanation.steps.first?.source.hasPrefix("demand[consumer-chat]") == true)
    #expect(explanation.steps.contains { $0.label.hasPrefix("large-70b: ") && $0.unit == "GPUs" })
    // from the GPU boards on, each '+' adds to the running sum and each '=' is that sum:
    // 422.66 + 174.24 + 38.10 = 635.01 kW at the node wall, … + 126.11 + 244.80 = 1,129.79 kW
    let start = try #require(explanation.steps.firstIndex { $0.label == "GPU boards" })
    var sum = 0.0
    for step in explanation.steps[start...] {
      switch step.op {
      case "+": sum += step.value
      case "=":
        #expect(abs(sum - step.value) < 0.001, "\(step.label)")
        sum = step.value
      default: sum = step.value
      }
    }
    // the text form ends with the same figure, with its unit
    let text = Self.explain("mixed-site.json", "summary.facilityPeakKW", json: false).out
    let lines = text.split(separator: "\n").filter { $0.hasPrefix(" ") && $0.hasSuffix("kW") }
    #expect(lines.last?.contains(Format.grouped(report.summary.facilityPeakKW, 2)) == true)
    for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
  }

  @Test(arguments: Repository.examples.map(\.lastPathComponent))
  func everyCheckEndsAtItsHeadroomAndStatus(_ example: String) throws {
    let report = try Self.report(example)
    #expect(!report.checks.isEmpty)
    for check in report.checks {
      let run = Self.explain(example, "checks.\(check.name)")
      #expect(run.code == 0, "\(check.name): \(run.err)")
      let explanation = try JSONDecoder().decode(Explanation.self, from: Data(run.out.utf8))
      let load = try #require(explanation.steps.first { $0.label == "load" })
      let limit = try #require(explanation.steps.first { $0.label == "limit" })
      #expect(load.value == check.load && limit.value == check.limit, "\(check.name)")
      #expect(load.unit == check.unit)
      #expect(explanation.steps.last?.value == check.headroom, "\(check.name)")
      #expect(
        explanation.status?.hasPrefix("status \(check.status.rawValue.uppercased())") == true)
    }
  }

  @Test(arguments: ["summary.itPeakKW", "summary.itPlannedKW", "summary.pue", "summary.gpus"])
  func summaryFiguresEndAtTheirValues(_ figure: String) throws {
    let report = try Self.report("mixed-site.json")
    let explanation = try JSONDecoder().decode(
      Explanation.self, from: Data(Self.explain("mixed-site.json", figure).out.utf8))
    let expected: [String: Double] = [
      "summary.itPeakKW": report.summary.itPeakKW,
      "summary.itPlannedKW": report.summary.itPlannedKW, "summary.pue": report.summary.pue,
      "summary.gpus": Double(report.summary.gpus),
    ]
    #expect(explanation.steps.last?.value == expected[figure])
  }

  @Test func unknownFigureSuggests() {
    let run = Self.explain("mixed-site.json", "checks.cooling")
    #expect(run.code == 2)
    #expect(run.err.contains("did you mean 'checks.cooling-plant'"))
  }
}
