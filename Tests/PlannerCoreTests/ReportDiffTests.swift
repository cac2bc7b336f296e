import Testing

@testable import PlannerCore

/// The pure parts of `capplan diff`: inputs by resolved path, figures, statuses and months.
@Suite struct ReportDiffTests {
  @Test func inputsAreMatchedByNameNotPosition() throws {
    let old = try JSONReader.parse(
      #"{ "deployments": [ { "name": "a", "replicas": 2 }, { "name": "b", "replicas": 3 } ], "x": 1.50 }"#
    )
    let new = try JSONReader.parse(
      #"{ "x": 1.50, "deployments": [ { "name": "z", "replicas": 1 }, { "name": "a", "replicas": 2 }, { "name": "b", "replicas": 4 } ] }"#
    )
    // z inserted before a: only b's replicas and z itself changed; x moved in the file only.
    #expect(
      InputDiff.changes(from: old, to: new) == [
        InputChange(path: "deployments[b].replicas", old: "3", new: "4"),
        InputChange(path: "deployments[z].replicas", old: nil, new: "1"),
      ])
  }

  @Test func figuresCarryChangeRelativeAndImpact() throws {
    // 899.5 → 1,433.7 kW: +534.2 kW, +59.39 %.
    let peak = try #require(ReportDiffer.figure("summary", "facilityPeakKW", "kW", 899.5, 1433.7))
    #expect(abs(peak.change - 534.2) < 1e-9)
    #expect(abs(try #require(peak.relative) - 0.593885) < 1e-6)
    #expect(peak.impact == peak.relative)
    // A headroom of 14.3 % → -176.4 %: 190.7 points, impact 1.907, no percent.
    let headroom = try #require(
      ReportDiffer.figure("check", "x headroom", "points", 0.143, -1.764, points: true))
    #expect(headroom.relative == nil && abs(headroom.impact - 1.907) < 1e-9)
    // Unmoved: nothing; appeared: impact 1 (100 %).
    #expect(ReportDiffer.figure("summary", "gpus", "GPUs", 8, 8) == nil)
    #expect(ReportDiffer.figure("deployment", "d gpus", "GPUs", nil, 8)?.impact == 1)
  }

  @Test func monthsCountAcrossYearsAndNumberedHorizons() {
    // 2029-07 → 2028-02: 17 months earlier.
    let moved = ReportDiffer.monthIndex("2028-02")! - ReportDiffer.monthIndex("2029-07")!
    #expect(moved == -17)
    #expect(ReportDiffer.monthIndex("+7") == 7)
    #expect(ReportDiffer.monthIndex("July") == nil)
  }

  @Test func statusPhrases() {
    #expect(StatusChange(check: "ups", old: .pass, new: .fail).phrase == "now fails")
    #expect(StatusChange(check: "ups", old: .fail, new: .pass).phrase == "now passes")
    #expect(StatusChange(check: "ups", old: nil, new: .warn).phrase == "is new and warns")
    #expect(StatusChange(check: "ups", old: .pass, new: nil).phrase == "is gone")
  }
}
