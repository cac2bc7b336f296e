import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// Prefill-only batching and spare replicas, by hand on the toy site (model.md §4.7, §4.15).
@Suite struct ServingCapacityTests {
  func guardScenario(rate: Double) throws -> Scenario {
    try ToySite.load(
      ToySite.text(
        surfaces: """
          [{ "name": "chat", "requestsPerSecond": \(Format.plain(rate)), "promptTokens": 1000,
             "outputTokens": 100, "pipeline": "guarded", "route": "gen" }]
          """,
        pipelines: """
          [{ "name": "guarded", "stages": [
             { "stage": "moderate", "deployment": "guard", "tokens": 50 }, { "stage": "generate" }] }]
          """,
        deployments: [
          ToySite.deployment("gen", model: "toy-1b"),
          ToySite.deployment("guard", model: "toy-guard"),
        ]))
  }

  @Test func aPrefillOnlyModelBatchesUpToItsTokenBudget() throws {
    // toy-guard reads 50 tokens a request. The budget holds ⌊16,384 / 50⌋ = 327 prompts, the
    // engine's maxBatch 10. One pass over 10 prompts: max(read 2 GB at 1 TB/s = 2 ms, compute
    // 10 × 50 × (2e9 + 4 × 50 / 2) / 1e15 = 1.000000005 ms) = 2 ms. Ten requests share it, so a
    // replica serves 10 / 2 ms = 5,000 a second where one at a time (a 2 ms weight read each)
    // served 500. At 1,000 req/s: ⌈1,000 × 0.002 / 0.5 / 10⌉ = ⌈0.4⌉ = 1 replica, not 4.
    let report = try Planner.plan(try guardScenario(rate: 1000))
    let guardDeployment = report.deployments[1]
    #expect(guardDeployment.batch == 10 && guardDeployment.batchLimit == "prefill-only")
    #expect(guardDeployment.serviceMs.isClose(to: 2, tolerance: 1e-9))
    #expect(guardDeployment.replicas == 1)
    let plan = try Planner.sizeDeployments(
      try guardScenario(rate: 1000),
      workloads: [
        Workload.none, Workload(requestsPerSecond: 1000, promptTokens: 50, outputTokens: 0),
      ])
    #expect(ServingCurve.of(plan[1]).points.map(\.requestsPerSecondPerReplica) == [5000])
  }

  func chat(_ extra: String, maintenance: Double? = nil) throws -> Report {
    var text = ToySite.text(
      surfaces: PinnedServingTests.surfaces, pipelines: PinnedServingTests.pipelines,
      deployments: [ToySite.deployment("small", model: "toy-1b", extra: extra)])
    if let maintenance {
      text = text.replacingOccurrences(
        of: #""fleet":"#, with: #""margins": { "maintenance": \#(maintenance) }, "fleet":"#)
    }
    return try Planner.plan(try ToySite.load(text))
  }

  @Test func spareReplicasByHand() throws {
    // 700 req/s on toy-1b need 31 replicas (PinnedServingTests). A maintenance margin of 5 %
    // keeps ⌈31 × 0.05⌉ = ⌈1.55⌉ = 2 spares: 33 GPUs, the spares' nodes at idle.
    let margin = try chat("", maintenance: 0.05).deployments[0]
    #expect(margin.replicas == 31 && margin.spareReplicas == 2 && margin.gpus == 33)
    // N + 1 given; a tenth out for rolling upgrades: ⌈3.1⌉ = 4.
    #expect(try chat(#""spareReplicas": 1, "#).deployments[0].gpus == 32)
    #expect(try chat(#""spareShare": 0.1, "#).deployments[0].spareReplicas == 4)
    // A one-replica plan with the margin still gets its spare: ⌈1 × 0.05⌉ = 1.
    let one = try chat(#""replicas": 1, "#, maintenance: 0.05).deployments[0]
    #expect(one.replicas == 1 && one.spareReplicas == 1 && one.gpus == 2)
    // Without margin or key, no spare, and a warning says so.
    let bare = try chat("")
    #expect(bare.deployments[0].spareReplicas == 0)
    let check = try #require(bare.checks.first { $0.name == "spare[small]" })
    #expect(check.status == .warn)
    // Spares idle: 2 spare GPUs at 100 W and their hosts at 100 W add 0.4 kW to the nodes.
    let withSpares = try chat(#""spareReplicas": 2, "#).deployments[0]
    #expect(withSpares.nodesKW.isClose(to: bare.deployments[0].nodesKW + 0.4, tolerance: 1e-9))
  }
}
