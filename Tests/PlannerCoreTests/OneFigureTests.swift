import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// One throughput and one GPU-watts figure for one held batch, wherever it appears: the plan at
/// full occupancy, its batch/latency curve and the validation's estimate (model.md §4.6, §6.1).
@Suite struct OneFigureTests {
  /// LB-4 (Argonne: Llama 3 8B fp16 on one H100, a static batch of 1, 1,024 / 1,024 tokens).
  @Test func aBatchOfOneReadsOneWattsFigure() throws {
    let row = try #require(PublishedMeasurements.all.first { $0.id == "LB-4" })
    let benchmark = row.benchmark
    var deployment = try #require(benchmark.deployment())
    let estimate = try #require(benchmark.estimate(deployment))
    // The plan of the same setup, pinned to batch 1 and one replica, offered exactly what one
    // slot serves: 1 / (O × TPOT) requests a second, so the slot is always held.
    deployment.pinnedBatch = 1
    deployment.pinnedReplicas = 1
    deployment.spareReplicas = 0
    let probe = try ServingPlanner.plan(
      deployment, workload: benchmark.workload.at(rate: 1), path: .root)
    let rate = 1 / probe.serviceSeconds
    let plan = try ServingPlanner.plan(
      deployment, workload: benchmark.workload.at(rate: rate), path: .root)
    let planWatts = plan.gpuWatts(serving: plan.workload)
    let curve = try #require(ServingCurve.of(plan).points.first { $0.batch == 1 })
    // Earlier versions kept the Poisson empty share e^{−1} at full occupancy: 319 W in the
    // plan against 457 W in the validation. Now one figure.
    #expect(abs(planWatts - estimate.gpuWatts) < 1e-6)
    #expect(abs(curve.gpuWatts - estimate.gpuWatts) < 1e-6)
    // And one throughput: the curve's B / TPOT, the slots' B × O / service and the estimate.
    #expect(abs(curve.outputTokensPerSecondPerReplica - estimate.tokensPerSecond) < 1e-6)
    #expect(
      abs(curve.requestsPerSecondPerReplica * benchmark.outputTokens - estimate.tokensPerSecond)
        < 1e-6)
  }
}
