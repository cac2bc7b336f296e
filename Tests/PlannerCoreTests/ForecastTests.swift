import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// The horizon worked by hand: growth, the per-month chain, runway and order-by months.
@Suite struct ForecastTests {
  /// A guard model (prefill only, batch 1) behind one surface: a 1,000-token prompt prefills in
  /// 1,000 × 2 × 10⁹ / 10¹⁵ = 2 ms, so at the target utilisation 0.5 a replica carries
  /// 0.5 / 0.002 = 250 requests/s and r requests/s need ⌈r / 250⌉ replicas, one node each.
  /// With every GPU at 500 W and a 100 W host a node draws 0.6 kW; PUE 1.5 makes 0.9 kW.
  static func guardSite(rate: Double, site: String, growth: String) throws -> Scenario {
    var text = ToySite.text(
      surfaces: """
        [{ "name": "checks", "requestsPerSecond": \(rate), "promptTokens": 1000,
           "outputTokens": 1, "pipeline": "p" }]
        """,
      pipelines:
        #"[{ "name": "p", "stages": [{ "stage": "moderate", "deployment": "g", "tokens": 1000 }] }]"#,
      deployments: [ToySite.deployment("g", model: "toy-guard")])
    text = text.replacingOccurrences(of: "\"utilityKW\": 100000", with: site)
    text = text.replacingOccurrences(
      of: "\"name\": \"toy\",", with: "\"name\": \"toy\", \"growth\": \(growth),")
    return try ToySite.load(text, constantDraw: true)
  }

  @Test func compoundGrowthWithALaunchStep() throws {
    let scenario = try Self.guardSite(
      rate: 10, site: #""utilityKW": 100000"#,
      growth: """
        { "startMonth": "2027-01", "horizonMonths": 12, "monthlyRate": 0.05,
          "steps": [{ "month": "2027-07", "multiply": 3 }] }
        """)
    let growth = scenario.horizon.growth
    // month 0 (2027-01): 1; month 5 (2027-06): 1.05⁵ = 1.2762815625
    #expect(growth.factor(atMonth: 0) == 1)
    #expect(growth.factor(atMonth: 5).isClose(to: 1.2762815625, tolerance: 1e-12))
    // month 6 (2027-07, the launch): 1.05⁶ × 3 = 1.340095640625 × 3 = 4.020286921875
    #expect(growth.factor(atMonth: 6).isClose(to: 4.020286921875, tolerance: 1e-12))
    // month 11: 1.05¹¹ × 3 = 1.710339358116 × 3 = 5.131018074348
    #expect(growth.factor(atMonth: 11).isClose(to: 5.131018074348, tolerance: 1e-9))
    // 10 requests/s on a flat profile: 40.20286921875 requests/s at the peak of 2027-07
    let report = try Planner.plan(scenario)
    let forecast = try #require(report.forecast)
    #expect(forecast.map(\.month).first == "2027-01")
    #expect(forecast.map(\.month).last == "2027-12")
    #expect(forecast[6].peakRequestsPerSecond.isClose(to: 40.20286921875, tolerance: 1e-9))
    #expect(forecast[5].peakRequestsPerSecond.isClose(to: 12.762815625, tolerance: 1e-9))
  }

  @Test func aCeilingCapsGrowth() {
    // 10% a month, capped at 1.5 ×: 1.1⁴ = 1.4641, 1.1⁵ = 1.61051 → 1.5
    let growth = Growth(monthlyRate: 0.1, steps: [], ceilingFactor: 1.5)
    #expect(growth.factor(atMonth: 4).isClose(to: 1.4641, tolerance: 1e-12))
    #expect(growth.factor(atMonth: 5) == 1.5)
  }

  /// 990 requests/s growing 10% a month: ⌈3.96 × 1.1^m⌉ nodes (the attention reads add a
  /// sliver to the 2 ms, far from any rounding edge), 0.9 kW each at the meter:
  /// m = 9: 3.96 × 2.357948 = 9.34 → 10 nodes, 9.0 kW; m = 10: 3.96 × 2.593742 = 10.27 → 11
  /// nodes, 9.9 kW. Against a 9.5 kW interconnect (warn below 10% headroom, fail below 0):
  /// m = 8: 3.96 × 2.143589 = 8.49 → 9 nodes, 8.1 kW, headroom 14.7%: pass;
  /// m = 9: 9.0 kW, headroom 5.3%: warn (2027-10); m = 10: 9.9 kW, over: fail (2027-11).
  /// The utility takes 36 months: order by month 10 − 36 = −26, 2024-11, late by 26 months;
  /// the space (rack positions) takes 4.
  @Test func runwayOfTheUtility() throws {
    let scenario = try Self.guardSite(
      rate: 990,
      site: """
        "utilityKW": 9.5, "leadTimeMonths": { "utility": 36, "space": 4 }, "rackPositions": 2
        """,
      growth: #"{ "startMonth": "2027-01", "horizonMonths": 12, "monthlyRate": 0.1 }"#)
    let report = try Planner.plan(scenario)
    let forecast = try #require(report.forecast)
    #expect(forecast.map(\.nodes) == [4, 5, 5, 6, 6, 7, 8, 8, 9, 10, 11, 12])
    #expect(forecast[9].facilityPlannedKW.isClose(to: 9.0, tolerance: 1e-9))
    let runway = try #require(report.runway)
    let utility = try #require(runway.first { $0.limit == "utility" })
    #expect(utility.firstWarn == "2027-10")
    #expect(utility.firstFail == "2027-11")
    #expect(utility.leadTimeMonths == 36)
    #expect(utility.orderBy == "2024-11")
    #expect(utility.lateByMonths == 26)
    // 5 nodes a rack: 2 racks hold 10 nodes; the 11th node (2027-11) needs a third rack
    // (3 > 2 positions: fail); 2 racks of 2 is 0 headroom from 2027-05 (6 nodes): warn.
    let positions = try #require(runway.first { $0.limit == "rack-positions" })
    #expect(positions.firstWarn == "2027-04")
    #expect(positions.firstFail == "2027-11")
    #expect(positions.orderBy == "2027-07")
    #expect(positions.lateByMonths == nil)
    #expect(report.summary.runwayMonths == 10)
    // both fail in 2027-11; the first in check order (site limits before the floor) wins
    #expect(report.summary.firstLimitToFail == "utility")
  }
}
