import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// Energy per request by pipeline stage (Power/RequestEnergy.swift), worked by hand on the
/// toy site (TestSupport/ToySite.swift) with GPUs at a constant 500 W.
@Suite struct RequestEnergyTests {
  /// A: 100 req/s, half from the cache, tokenise 10 CPU-ms then generate. B: 150 req/s,
  /// tokenise 30 CPU-ms, a 100-token guard check, then generate. Both on `gen`, same shape.
  static let surfaces = """
    [{ "name": "a", "requestsPerSecond": 100, "cacheHitRate": 0.5, "promptTokens": 1000,
       "outputTokens": 100, "pipeline": "plain", "route": "gen" },
     { "name": "b", "requestsPerSecond": 150, "promptTokens": 1000, "outputTokens": 100,
       "pipeline": "guarded", "route": "gen" }]
    """
  static let pipelines = """
    [{ "name": "plain", "stages": [{ "stage": "tokenize", "cpuMs": 10 }, { "stage": "generate" }] },
     { "name": "guarded", "stages": [{ "stage": "tokenize", "cpuMs": 30 },
         { "stage": "moderate", "deployment": "guard", "tokens": 100 }, { "stage": "generate" }] }]
    """
  /// Network 0.5 kW a rack, 1 kW of storage, CPU servers of 11 cores drawing 400 W whatever
  /// they do, planned to be fully busy.
  static let fleet = """
    { "networkKWPerRack": 0.5, "nodesPerRack": 5, "storageKW": 1,
      "cpuServer": { "cores": 11, "idleWatts": 400, "peakWatts": 400, "targetUtilization": 1 } }
    """

  func report() throws -> Report {
    try Planner.plan(
      try ToySite.load(
        ToySite.text(
          surfaces: Self.surfaces, pipelines: Self.pipelines,
          deployments: [
            ToySite.deployment("gen", model: "toy-1b", extra: #""replicas": 10, "#),
            ToySite.deployment("guard", model: "toy-guard", extra: #""replicas": 2, "#),
          ], fleet: Self.fleet),
        constantDraw: true))
  }

  @Test func aSmallSiteByHand() throws {
    let report = try report()
    // Node wall: gen 10 nodes × 600 W = 6,000 W, guard 2 × 600 = 1,200 W; CPU: 100 × 0.010 +
    // 150 × 0.030 = 5.5 CPU-s/s → ⌈5.5 / 11⌉ = 1 server, 400 W. Racks: 12 toy nodes at 5 a
    // rack = 3, + 1 CPU rack: network 4 × 0.5 = 2 kW; storage 1 kW.
    // IT = 6 + 1.2 + 0.4 + 2 + 1 = 10.6 kW; node wall 7.6 kW; the shared 3 kW spread pro rata:
    // every stage's node-wall watts × 10.6 / 7.6 = 53 / 38.
    #expect(report.power.itKW.isClose(to: 10.6, tolerance: 1e-9))
    let k = 10.6 / 7.6
    // gen serves A's 50 and B's 150 generated req/s of one shape: 1/4 and 3/4 of 6,000 W.
    // A: tokenize 400 × 1/5.5 × k / 100 = 1.014354 J; generate 1,500 × k / 100 = 20.921053 J.
    let a = report.demand[0].energyPerRequest
    #expect(a.stages.map(\.stage) == ["tokenize", "generate"])
    #expect(a.stages.map(\.kind) == ["cpu", "generation"])
    #expect(a.stages.map(\.place) == ["cpu pool", "gen"])
    #expect(a.stages[0].joules.isClose(to: 400 / 5.5 * k / 100, tolerance: 1e-9))
    #expect(a.stages[0].joules.isClose(to: 1.014354, tolerance: 1e-6))
    #expect(a.stages[1].joules.isClose(to: 20.921053, tolerance: 1e-6))
    #expect(a.totalJ.isClose(to: 21.935407, tolerance: 1e-6))
    // share of tokenize: 1.014354 / 21.935407 = 4.624 %
    #expect(a.stages[0].share.isClose(to: 0.046243, tolerance: 1e-6))
    // B: tokenize 400 × 4.5/5.5 × k / 150 = 3.043062 J; moderate 1,200 × k / 150 = 11.157895 J;
    // generate 4,500 × k / 150 = 41.842105 J; total 56.043062 J.
    let b = report.demand[1].energyPerRequest
    #expect(b.stages.map(\.kind) == ["cpu", "model", "generation"])
    #expect(b.stages.map(\.joules)[0].isClose(to: 3.043062, tolerance: 1e-6))
    #expect(b.stages.map(\.joules)[1].isClose(to: 11.157895, tolerance: 1e-6))
    #expect(b.stages.map(\.joules)[2].isClose(to: 41.842105, tolerance: 1e-6))
    #expect(b.totalJ.isClose(to: 56.043062, tolerance: 1e-6))
    // 100 × 21.935407 + 150 × 56.043062 = 2,193.54 + 8,406.46 = 10,600 W: all of IT.
    #expect((100 * a.totalJ + 150 * b.totalJ).isClose(to: 10_600, tolerance: 1e-6))
  }

  @Test func aCascadeChargesBothGenerations() throws {
    // The routing scenario (RoutingTests): 1,250 req/s, 1,000 generated; no network, storage
    // or CPU. Cascade: 45 small nodes × 600 W = 27 kW and 53 large = 31.8 kW, all for one
    // surface: 27,000 / 1,250 = 21.6 J + 31,800 / 1,250 = 25.44 J = 47.04 J a request.
    // Shares: 31 small nodes, 18.6 kW → 14.88 J, + the same 25.44 J = 40.32 J.
    func energy(_ routes: String) throws -> RequestEnergyReport {
      try Planner.plan(
        try ToySite.load(
          ToySite.text(
            surfaces: RoutingTests.surfaces, pipelines: RoutingTests.pipelines, routes: routes,
            deployments: [
              ToySite.deployment("small", model: "toy-1b"),
              ToySite.deployment("large", model: "toy-4b"),
            ]),
          constantDraw: true)
      ).demand[0].energyPerRequest
    }
    let cascade = try energy(RoutingTests.cascade())
    #expect(cascade.stages.map(\.kind) == ["generation", "escalation"])
    #expect(cascade.stages.map(\.place) == ["small", "large"])
    #expect(cascade.stages[0].joules.isClose(to: 21.6, tolerance: 1e-9))
    #expect(cascade.stages[1].joules.isClose(to: 25.44, tolerance: 1e-9))
    #expect(cascade.totalJ.isClose(to: 47.04, tolerance: 1e-9))
    let shares = try energy(RoutingTests.shares)
    #expect(shares.stages.map(\.kind) == ["generation", "generation"])
    #expect(shares.totalJ.isClose(to: 40.32, tolerance: 1e-9))
  }

  @Test func streamsShareADeploymentBySlotTime() throws {
    // Two streams on one deployment at its plan's prefill p and TPOT t, mean prompt 1,000:
    // 10 req/s of (2,000, 50) weighs 10 × (2p + 50t); 30 req/s of (500, 150) weighs
    // 30 × (0.5p + 150t).
    let scenario = try ToySite.load(
      ToySite.text(
        surfaces: Self.surfaces, pipelines: Self.pipelines,
        deployments: [
          ToySite.deployment("gen", model: "toy-1b"),
          ToySite.deployment("guard", model: "toy-guard"),
        ], fleet: Self.fleet))
    let plan = try ServingPlanner.plan(
      scenario.deployments[0],
      workload: Workload(requestsPerSecond: 40, promptTokens: 1000, outputTokens: 100),
      path: .root)
    let fleet = FleetPlan.build(scenario, serving: [plan], peakCPUSecondsPerSecond: 0)
    let (p, t) = (plan.prefillSeconds, plan.tpotSeconds)
    let long = WorkStream(
      surface: 0, stage: 1, leg: .share,
      place: .deployment(
        index: 0, workload: Workload(requestsPerSecond: 10, promptTokens: 2000, outputTokens: 50)))
    let short = WorkStream(
      surface: 1, stage: 2, leg: .share,
      place: .deployment(
        index: 0, workload: Workload(requestsPerSecond: 30, promptTokens: 500, outputTokens: 150)))
    #expect(
      RequestEnergy.weight(long, fleet: fleet).isClose(to: 10 * (2 * p + 50 * t), tolerance: 1e-12))
    #expect(
      RequestEnergy.weight(short, fleet: fleet).isClose(
        to: 30 * (0.5 * p + 150 * t), tolerance: 1e-12))
  }

  /// Every example: surfaces × rates add up to the peak IT power, and each surface's stage
  /// shares to 1.
  @Test(arguments: Repository.examples.map(\.lastPathComponent))
  func stagesAddUpToITPower(_ example: String) throws {
    let bytes = try Data(contentsOf: Repository.root.appendingPathComponent("Examples/\(example)"))
    let report = try Planner.plan(try ScenarioLoader.load([UInt8](bytes)).scenario)
    let watts = report.demand.map { $0.peakRequestsPerSecond * $0.energyPerRequest.totalJ }
      .reduce(0, +)
    #expect(abs(watts / 1000 - report.power.itKW) <= 1e-9 * report.power.itKW)
    for surface in report.demand {
      let stages = surface.energyPerRequest.stages
      #expect(!stages.isEmpty)
      #expect(stages.map(\.share).reduce(0, +).isClose(to: 1, tolerance: 1e-12))
      #expect(stages.allSatisfy { $0.joules >= 0 && $0.joules.isFinite })
    }
  }
}
