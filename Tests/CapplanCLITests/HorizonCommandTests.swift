import Foundation
import PlannerCore
import TestSupport
import Testing

/// The forecast and the runway from the command line: JSON keys, CSV series, null encoding.
@Suite struct HorizonCommandTests {
  static func example(_ name: String) -> String {
    Repository.root.appendingPathComponent("Examples/\(name)").path
  }

  @Test(arguments: Repository.examples.map(\.lastPathComponent))
  func everyExampleHasAForecastAndARunway(_ example: String) throws {
    let run = CLIRun.capplan(["plan", Self.example(example), "--format", "json"])
    #expect(run.code == 0, "\(run.err)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let forecast = try #require(json["forecast"] as? [[String: Any]])
    #expect(!forecast.isEmpty)
    for key in [
      "month", "gpus", "nodes", "racks", "itPeakKW", "facilityPeakKW", "pue", "tokensPerJoule",
      "itKWh", "facilityKWh", "cost", "carbonKg", "checks",
    ] {
      #expect(forecast[0][key] != nil, "forecast[0].\(key)")
    }
    let runway = try #require(json["runway"] as? [[String: Any]])
    for key in ["limit", "firstWarn", "firstFail", "orderBy", "leadTimeMonths"] {
      #expect(runway[0][key] != nil, "runway[0].\(key)")
    }
    let summary = try #require(json["summary"] as? [String: Any])
    // present even when null: the key is written, not left out
    #expect(summary.keys.contains("runwayMonths"))
    #expect(summary.keys.contains("firstLimitToFail"))
    let text = CLIRun.capplan(["plan", Self.example(example)]).out
    #expect(text.contains("\nForecast "))
    #expect(text.contains("\nRunway: "))
  }

  @Test func nothingFailingIsNull() throws {
    // batch-summarization keeps every limit through its 12 months
    let run = CLIRun.capplan(["plan", Self.example("batch-summarization.json"), "--format", "json"])
    #expect(
      run.out.contains("\"runwayMonths\" : null") || run.out.contains("\"runwayMonths\": null"))
    let report = try JSONDecoder().decode(Report.self, from: Data(run.out.utf8))
    #expect(report.summary.runwayMonths == nil)
    #expect(report.forecast?.count == 12)
  }

  @Test func campusRunwayIsSetByTheUtility() throws {
    let run = CLIRun.capplan(["plan", Self.example("campus.json"), "--format", "json"])
    let report = try JSONDecoder().decode(Report.self, from: Data(run.out.utf8))
    #expect(report.summary.firstLimitToFail == "utility")
    #expect(report.forecast?.count == 36)
    #expect(report.deployments.count == 6)
    #expect(report.demand.count == 20)
    let gpus = try #require(report.forecast?.first?.gpus)
    #expect(gpus > 80_000 && gpus < 120_000)
    let utility = try #require(report.runway?.first { $0.limit == "utility" })
    #expect(utility.lateByMonths != nil)
    // three surfaces fill the valleys: the day's peak is lower, its tokens the same
    let valley = try #require(report.daily.valleyFill)
    #expect(valley.peakITKWFilled < valley.peakITKWSpread)
    #expect(
      abs(valley.outputTokensFilled - valley.outputTokensSpread)
        <= 1e-9 * valley.outputTokensSpread)
  }

  @Test func monthsAsCSV() throws {
    let run = CLIRun.capplan(["plan", Self.example("mixed-site.json"), "--format", "csv"])
    #expect(run.code == 0)
    let rows = run.out.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    #expect(rows[0].first == "month")
    #expect(rows[0].contains("itPeakKW"))
    // a header and 36 months, every row as wide as the header
    #expect(rows.count == 37)
    #expect(rows.allSatisfy { $0.count == rows[0].count })
    #expect(rows[1].first == "2027-01")
  }

  @Test func slotsAsCSV() throws {
    let run = CLIRun.capplan([
      "plan", Self.example("mixed-site.json"), "--format", "csv", "--series", "slots",
    ])
    #expect(run.code == 0)
    let rows = run.out.split(separator: "\n").map { $0.split(separator: ",") }
    #expect(rows[0] == ["time", "component", "requestsPerSecond", "outputTokensPerSecond", "kW"])
    // 288 slots × (4 deployments + CPU pool + IT + facility)
    #expect(rows.count == 1 + 288 * 7)
    #expect(rows[1][0] == "00:00")
    #expect(rows.last?[0] == "23:55")
    #expect(rows.dropFirst().allSatisfy { $0.count == 5 && Double($0[4]) != nil })
  }

  @Test func seriesNeedsCSV() {
    let run = CLIRun.capplan(["plan", Self.example("mixed-site.json"), "--series", "slots"])
    #expect(run.code == 2)
    #expect(run.err.contains("'--series' goes with '--format csv'"))
  }
}
