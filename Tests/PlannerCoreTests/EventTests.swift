import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// The failed states of the site and the degradation ladder, against hand-worked figures.
@Suite struct EventTests {
  func example(_ name: String) throws -> Scenario {
    let url = Repository.root.appendingPathComponent("Examples/\(name).json")
    return try ScenarioLoader.load(Array(try Data(contentsOf: url))).scenario
  }

  func site(feeds redundancy: PDUFeed.Redundancy) -> Site {
    Site(
      rackLimitKW: 60,
      feed: PDUFeed(
        phases: 3, volts: 415, amps: 32, powerFactor: 0.95, continuousDerate: 0.8,
        feedsPerRack: 2, redundancy: redundancy),
      cooling: CoolingPlant(
        units: RedundantUnits(count: 4, unitKW: 500, redundancy: .nPlus1), ratedAmbientC: 35,
        ratedCOP: 3.1, curve: .airCooled),
      overhead: .constantPUE(1.3), ups: nil, utilityKW: 10_000, designAmbientC: 35)
  }

  func feedCheck(_ site: Site, rackKW: Double, failures: Failures?) -> Check? {
    let rack = RackLoad(
      pool: "p", racks: 1, nodes: 1, nodeKW: rackKW, overheadKW: 0, liquidFraction: 0,
      charged: "test")
    let load = SiteLoad(
      racks: [rack], plannedIT: Power(kilowatts: 100), plannedFacility: Power(kilowatts: 130),
      liquidHeat: .zero)
    return Limits.siteChecks(
      site, load: load, facility: FacilityModel(site: site), failures: failures, policy: Policy()
    ).first { $0.name == "pdu-feed[p]" }
  }

  @Test func aRackOnTwoFeedsFitsBothAndFailsOnOne() throws {
    // One 415 V 3-phase 32 A feed at PF 0.95 and the 0.8 derate: √3 × 415 × 32 × 0.95 × 0.8
    // = 17.481 kW. A 30 kW rack on two such feeds sharing the load fits (34.96 kW) …
    let shared = site(feeds: .n)
    let normal = try #require(feedCheck(shared, rackKW: 30, failures: nil))
    #expect(normal.limit.isClose(to: 34.962, tolerance: 0.001) && normal.status == .pass)
    // … and fails when one is lost: 30 kW on one 17.481 kW feed.
    let lost = try #require(feedCheck(shared, rackKW: 30, failures: Failures(feeds: 1)))
    #expect(lost.limit.isClose(to: 17.481, tolerance: 0.001) && lost.status == .fail)
    // Under 2N the plan already holds the rack to one feed, so the same rack fails the design
    // rule in the normal state, and losing a feed changes nothing.
    let twoN = site(feeds: .twoN)
    #expect(try #require(feedCheck(twoN, rackKW: 30, failures: nil)).status == .fail)
    #expect(try #require(feedCheck(twoN, rackKW: 15, failures: Failures(feeds: 1))).status == .pass)
  }

  @Test func redundantUnitsInTheNormalAndFailedStates() {
    // 4 × 340 kW N+1: the spare is held back normally (3 × 340 = 1,020 kW); in a failed state
    // every unit not lost runs: one lost 1,020 kW, two lost 680 kW, none lost all 1,360 kW.
    let plant = RedundantUnits(count: 4, unitKW: 340, redundancy: .nPlus1)
    #expect(plant.capacityKW(nil) == 1020)
    #expect(
      plant.capacityKW(1) == 1020 && plant.capacityKW(2) == 680 && plant.capacityKW(0) == 1360)
    // 2N with 4 units: two in service.
    #expect(RedundantUnits(count: 4, unitKW: 500, redundancy: .twoN).capacityKW(nil) == 1000)
  }

  @Test func powerCapCurveAndTheSafeCap() {
    // 8 × H200 Llama-2-70B Offline kept 0.807 of its 700 W throughput at a 500 W cap
    // (MT-4 → MP-2): (500 / 700)^0.64 = 0.8062.
    #expect(PowerCap.speed(capWatts: 500, uncappedWatts: 700).isClose(to: 0.807, tolerance: 0.002))
    // Work that draws less than the cap does not slow down.
    #expect(PowerCap.speed(capWatts: 500, uncappedWatts: 450) == 1)
    let catalog = Catalog.builtIn
    let system = catalog.systems.first { $0.id == "dgx-h100" }!
    let gpu = catalog.gpus.first { $0.id == "h100-sxm" }!
    // A DGX H100 charged 7 kW: (7,000 W × 0.94 PSU − 1,800 W host peak) / 8 = 597.5 W a GPU.
    #expect(PowerCap.safeCap(for: system, gpu: gpu, nodeBudgetKW: 7) == 597.5)
    // Charged 9 kW: 832.5 W is above the 700 W TDP, so no cap is needed.
    #expect(PowerCap.safeCap(for: system, gpu: gpu, nodeBudgetKW: 9) == 700)
    // Charged 3 kW: 127.5 W is below the lowest settable limit (200 W): no cap makes it safe.
    #expect(PowerCap.safeCap(for: system, gpu: gpu, nodeBudgetKW: 3) == nil)
  }

  @Test func aChillerTripNeedsTheCapAndTheBatchShed() throws {
    let scenario = try example("chiller-trip")
    let report = try Planner.plan(scenario)
    let event = try #require(report.events.first)
    #expect(event.name == "chiller trip on a 42 °C afternoon")
    // One of four 370 kW units lost at 42 °C on the air-cooled curve (0.874 of rated):
    // 3 × 370 × 0.874 = 970.14 kW of cooling. The heat is the planned IT (938.5 kW) with the
    // hall's losses and the fans' heat on top, well above it.
    let cooling = try #require(event.checks.first { $0.name == "cooling-plant" })
    #expect(cooling.limit.isClose(to: 970.14, tolerance: 0.01))
    #expect(event.struck.failing == ["cooling-plant"])
    #expect(event.struck.itPlannedKW < 970.14)
    // At the end of the ladder: IT 818.35 kW + losses 30 + 0.04 × 818.35 + 0.02 × 818.35² /
    // 1,200 = 73.90 kW, + fans 0.046 × 892.24 = 41.04 kW: heat 933.28 kW.
    #expect(cooling.load.isClose(to: 933.28, tolerance: 0.01))
    // The ladder: the 500 W cap alone is not enough, deferring the batch tier is.
    #expect(event.steps.map(\.step) == ["powerCap", "shedBatch"])
    try #require(event.steps.count == 2)
    #expect(event.steps[0].after.failing == ["cooling-plant"])
    #expect(event.contained && event.steps[1].after.failing.isEmpty)
    // Service: the interactive peak is 560 req/s × 1.2 (worst five minutes) = 672 req/s and the
    // batch tier 168 req/s, so deferring the batch keeps 672 / 840 = 80% and defers 20%.
    #expect(event.serviceRetained.requestsServed.isClose(to: 0.8, tolerance: 1e-9))
    #expect(event.serviceRetained.deferred.isClose(to: 0.2, tolerance: 1e-9))
    #expect(event.serviceRetained.shed.isClose(to: 0, tolerance: 1e-9))
    #expect(event.serviceRetained.preferredModel == 1)
    // Check line: contained, a warning.
    let check = try #require(report.checks.first { $0.name == "event[\(event.name)]" })
    #expect(check.status == .warn)
  }

  @Test func underTheCapEveryBusyGPUDrawsTheCap() throws {
    let scenario = try example("chiller-trip")
    let report = try Planner.plan(scenario)
    let demand = Demand.compute(scenario)
    let split = WorkloadSplit.split(scenario, rates: demand.surfaces.map(\.peakRequestsPerSecond))
    let serving = try Planner.sizeDeployments(scenario, workloads: split.deployments)
    let fleet = FleetPlan.build(
      scenario, serving: serving, peakCPUSecondsPerSecond: split.cpuSecondsPerSecond)
    let outcome = EventOutcome.evaluate(
      scenario.events[0], scenario: scenario, fleet: fleet, ladder: scenario.degradation)
    // After the cap all 438 × 2 = 876 serving GPUs are busy (the load did not fall) and each
    // would draw more than 500 W uncapped, so the boards draw 876 × 500 W plus the 22 spare
    // replicas' 44 GPUs idle at 75 W: 438,000 + 3,300 = 441.3 kW.
    let d = report.deployments[0]
    #expect(d.replicas == 438 && d.spareReplicas == 22 && d.gpus == 920)
    #expect(report.deployments[0].gpuWatts > 500)
    let capped = outcome.steps[0].operation.it.gpu.kilowatts
    #expect(capped.isClose(to: 441.3, tolerance: 1e-6))
  }

  @Test func anEventServingUnderThePolicyShareFails() throws {
    var scenario = try example("chiller-trip")
    // The chiller trip is contained by deferring the batch tier: 672 / 840 = 80% served. Under
    // the default share (50%) that is a warning; a policy that needs 85% fails it.
    #expect(scenario.policy.failBelowServed == 0.5)
    scenario.policy.failBelowServed = 0.85
    let report = try Planner.plan(scenario)
    let name = "event[\(scenario.events[0].name)]"
    let check = try #require(report.checks.first { $0.name == name })
    #expect(check.status == .fail)
    #expect(
      check.detail.hasSuffix(
        "80.0% of requests served; under the 85% of requests policy.failBelowServed accepts"))
    // 0 turns the rule off: the same event is a warning again
    scenario.policy.failBelowServed = 0
    let lenient = try Planner.plan(scenario)
    #expect(lenient.checks.first { $0.name == name }?.status == .warn)
  }

  @Test func anEventWithoutAStepThatHelpsIsNotContained() throws {
    var scenario = try example("chiller-trip")
    // Two of the four chillers lost: 2 × 370 × 0.874 = 647 kW; the ladder has no step left
    // that brings the load that low.
    scenario.events = [Event(name: "two chillers", coolingUnitsLost: 2, ambientC: 42)]
    let report = try Planner.plan(scenario)
    let event = try #require(report.events.first)
    #expect(!event.contained)
    #expect(event.steps.map(\.step) == ["powerCap", "shedBatch", "shedInteractive"])
    let check = try #require(report.checks.first { $0.name == "event[two chillers]" })
    #expect(check.status == .fail && check.detail.hasPrefix("not contained: cooling-plant"))
  }

  @Test func routingToTheSmallModelKeepsTheOtherShares() {
    let route = Route(
      name: "r",
      targets: [
        Route.Target(deployment: "small", share: 0.6), Route.Target(deployment: "mid", share: 0.3),
        Route.Target(deployment: "large", share: 0.1),
      ])
    // 90% to small: the other 10% split 3:1 as before, 7.5% and 2.5%.
    let moved = route.sending(0.9, to: "small")
    #expect(moved.targets.map(\.deployment) == ["small", "mid", "large"])
    #expect(moved.targets[0].share == 0.9)
    #expect(moved.targets[1].share.isClose(to: 0.075, tolerance: 1e-12))
    #expect(moved.targets[2].share.isClose(to: 0.025, tolerance: 1e-12))
  }
}
