import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// The day's valleys, idle scale-down, and cost and carbon per 1,000 requests, worked by hand.
@Suite struct HorizonEnergyTests {
  /// A day of two halves: the interactive surface arrives at 5 requests/s for 144 slots and at
  /// 15 for the other 144; a batch surface of the same shape asks 4 requests/s all day. The
  /// weight of a request is the same for both, so load counts in requests/s.
  static func demand(deadlineHours: Double?) -> Demand {
    func surface(_ name: String, tier: Surface.Tier, rate: Double) -> Surface {
      var s = Surface(
        name: name, meanRequestsPerSecond: rate, promptTokens: 1000, outputTokens: 100,
        tier: tier, pipeline: "p", route: "d")
      s.deadlineHours = tier == .batch ? deadlineHours : nil
      return s
    }
    let flat = Array(repeating: 1.0, count: 288)
    // a flat profile's busiest slot is its mean, 1
    var interactive = SurfaceDemand(
      surface("chat", tier: .interactive, rate: 10), profile: flat, busiest: 1)
    interactive.slotRequestsPerSecond =
      Array(repeating: 5, count: 144) + Array(repeating: 15, count: 144)
    interactive.peakRequestsPerSecond = 15
    let batch = SurfaceDemand(
      surface("nightly", tier: .batch, rate: 4), profile: flat, busiest: 1)
    return Demand(surfaces: [interactive, batch])
  }

  @Test func valleyFillingLowersThePeakAndKeepsTheDaysWork() {
    var demand = Self.demand(deadlineHours: 48)
    let spreadPeak = (0..<288).map {
      demand.surfaces[0].slotRequestsPerSecond[$0] + demand.surfaces[1].slotRequestsPerSecond[$0]
    }.max()
    // spread evenly: 15 + 4 = 19 requests/s in the busy half
    #expect(spreadPeak == 19)
    ValleyFill.fill(&demand)
    // a 48-hour deadline: one window of the whole day. V = 4 × 288 = 1,152 request-slots
    // poured over 144 slots at 5: level = (144 × 5 + 1,152) / 144 = 13 ≤ 15, so the batch runs
    // 13 − 5 = 8 requests/s in the quiet half and none in the busy half
    let batch = demand.surfaces[1].slotRequestsPerSecond
    #expect(batch[0] == 8)
    #expect(batch[143] == 8)
    #expect(batch[144] == 0)
    #expect(batch[287] == 0)
    let filledPeak = (0..<288).map { demand.surfaces[0].slotRequestsPerSecond[$0] + batch[$0] }
      .max()
    // the site's peak falls from 19 to max(13, 15) = 15: by the 4 requests/s moved
    #expect(filledPeak == 15)
    // the day's batch requests, and so its tokens, are unchanged: 8 × 144 = 4 × 288 = 1,152
    #expect(batch.reduce(0, +) == 1152)
    #expect(demand.surfaces[1].peakRequestsPerSecond == 8)
  }

  @Test func aShortDeadlineFillsWithinItsWindows() {
    // 8 hours: windows of 4 h = 48 slots; windows 0–2 lie in the quiet half (base 5), 3–5 in
    // the busy half (base 15): every window is flat, so the batch stays at 4 requests/s
    var demand = Self.demand(deadlineHours: 8)
    ValleyFill.fill(&demand)
    #expect(demand.surfaces[1].slotRequestsPerSecond.allSatisfy { $0 == 4 })
    #expect(ValleyFill.windowSlots(deadlineHours: 8) == 48)
    #expect(ValleyFill.windowSlots(deadlineHours: 100) == 288)
  }

  @Test func pouringFindsTheLevel() {
    // bases 1, 2, 6 and 3 units: the level h with (h − 1) + (h − 2) = 3 is 3 (≤ 6, the next)
    #expect(ValleyFill.pour(3, over: [1, 2, 6]) == [2, 1, 0])
    // 9 units: h = (1 + 2 + 6 + 9) / 3 = 6 → 5, 4, 0
    #expect(ValleyFill.pour(9, over: [1, 2, 6]) == [5, 4, 0])
  }

  /// The guard site of ForecastTests at 990 requests/s, flat: 4 nodes drawing 0.6 kW each all
  /// day, 2.4 kW IT, 3.6 kW at the meter (PUE 1.5). A day: 3.6 × 24 = 86.4 kWh; January has 31
  /// days: 2,678.4 kWh. At 0.10 a kWh: 267.84, plus a demand charge of 10 per kW-month on the
  /// 3.6 kW peak: 36, so 303.84. Requests: 990 × 86,400 × 31 = 2,651,616,000;
  /// per 1,000: 303.84 / 2,651,616 = 0.000114587… At 400 g/kWh: 2,678.4 × 0.4 = 1,071.36 kg,
  /// per 1,000 requests 1,071.36 / 2,651,616 = 0.000404041… kg.
  @Test func costAndCarbonPer1000Requests() throws {
    let scenario = try ForecastTests.guardSite(
      rate: 990,
      site: """
        "utilityKW": 100000, "energyPricePerKWh": 0.1, "demandChargePerKWMonth": 10,
        "gridCarbonGPerKWh": 400
        """,
      growth: #"{ "startMonth": "2027-01", "horizonMonths": 2 }"#)
    let report = try Planner.plan(scenario)
    let january = try #require(report.forecast?.first)
    #expect(january.nodes == 4)
    #expect(january.facilityKWh.isClose(to: 2678.4, tolerance: 1e-6))
    #expect(january.demandChargeCost.isClose(to: 36, tolerance: 1e-9))
    #expect(january.cost.isClose(to: 303.84, tolerance: 1e-6))
    #expect(january.carbonKg.isClose(to: 1071.36, tolerance: 1e-6))
    let checks = try #require(january.surfaces.first)
    #expect(checks.requests.isClose(to: 2_651_616_000, tolerance: 1e-3))
    #expect(checks.costPer1000Requests.isClose(to: 303.84 / 2_651_616, tolerance: 1e-12))
    #expect(checks.carbonKgPer1000Requests.isClose(to: 1071.36 / 2_651_616, tolerance: 1e-12))
    // February: 28 days
    let february = try #require(report.forecast?.last)
    #expect(february.facilityKWh.isClose(to: 86.4 * 28, tolerance: 1e-6))
  }

  @Test func hourlyPricesAndMonthlyCarbon() {
    let tariff = Tariff(
      pricePerKWh: (0..<24).map { Double($0) }, carbonGPerKWh: (1...12).map { Double($0) * 10 })
    // slot 13 is 01:05, in hour 1; slot 287 (23:55) in hour 23
    #expect(tariff.price(slot: 13) == 1)
    #expect(tariff.price(slot: 287) == 23)
    // March (month 2) is the third value, 30; without a calendar the mean, 65
    #expect(tariff.carbon(slot: 0, monthOfYear: 2) == 30)
    #expect(tariff.carbon(slot: 0, monthOfYear: nil) == 65)
  }
}

/// Idle replicas powered down in the valleys.
@Suite struct ScaleDownTests {
  /// The guard site at 990 requests/s: 4 replicas on 4 one-GPU nodes of 0.6 kW each.
  @Test func replicasFollowTheRateDownToTheWarmMinimum() throws {
    var scenario = try ForecastTests.guardSite(
      rate: 990, site: #""utilityKW": 100000"#,
      growth: #"{ "startMonth": "2027-01", "horizonMonths": 1 }"#)
    scenario.deployments[0].warmReplicas = 1
    let chain = try PlanChain.complete(try PlanChain.size(scenario))
    #expect(chain.fleet.serving[0].replicas == 4)
    func split(_ rate: Double) -> WorkloadSplit {
      WorkloadSplit(
        deployments: [chain.peak.deployments[0].at(rate: rate)], cpuSecondsPerSecond: 0)
    }
    let model = ITPower.Model(chain.fleet, scenario: scenario)
    func replicasUp(_ rate: Double) -> [Int] {
      zip(model.deployments, split(rate).deployments).map { $0.replicasUp(serving: $1) }
    }
    // half the peak: ⌈4 × 0.5⌉ = 2 replicas up, on 2 nodes drawing 2 × 0.6 = 1.2 kW
    let half = replicasUp(495)
    #expect(half == [2])
    let power = ITPower.of(chain.fleet, scenario: scenario, split: split(495), up: half)
    #expect(power.total.kilowatts.isClose(to: 1.2, tolerance: 1e-9))
    // no traffic: the warm minimum, 1 replica; the peak: all 4
    #expect(replicasUp(0) == [1])
    #expect(replicasUp(990) == [4])
  }
}
