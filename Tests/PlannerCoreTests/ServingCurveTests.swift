import TestSupport
import Testing

@testable import PlannerCore

/// The batch/latency curve: one replica at each batch, from the planner's own step model and
/// power curve.
@Suite struct ServingCurveTests {
  func deployment(
    _ model: String, gpu: String, _ precision: Precision, tp: Int, slo: ServiceLevel
  ) throws -> Deployment {
    let catalog = Catalog.builtIn
    let spec = try #require(catalog.model(model))
    let system = try #require(catalog.defaultSystem(forGPU: gpu))
    let board = try #require(catalog.gpu(gpu))
    return Deployment(
      name: "d", model: spec, system: system, gpu: board, weightPrecision: precision,
      kvPrecision: precision,
      tensorParallel: tp, slo: slo, engine: .handWorked())
  }

  /// `chat-70b` of Examples/rag-support-chatbot.json (model.md §11): Llama 3.1 70B fp8, TP2 on
  /// H100, 2,500 / 390 tokens, TPOT objective 50 ms.
  func chat70b() throws -> ServingPlan {
    let d = try deployment("llama-3.1-70b", gpu: "h100-sxm", .fp8, tp: 2, slo: .init(tpotMs: 50))
    return try ServingPlanner.plan(
      d, workload: Workload(requestsPerSecond: 158.1026, promptTokens: 2500, outputTokens: 390),
      path: .root)
  }

  @Test func batchesArePowersOfTwoTheCapAndTheChosenBatch() {
    #expect(ServingCurve.batches(upTo: 155, chosen: 61) == [1, 2, 4, 8, 16, 32, 61, 64, 128, 155])
    #expect(ServingCurve.batches(upTo: 64, chosen: 64) == [1, 2, 4, 8, 16, 32, 64])
    #expect(ServingCurve.batches(upTo: 1, chosen: 1) == [1])
  }

  @Test func chosenRowOfTheRAGChatDeployment() throws {
    let plan = try chat70b()
    let curve = ServingCurve.of(plan)
    #expect(curve.points.map(\.batch) == [1, 2, 4, 8, 16, 28, 32, 64, 128, 164])
    #expect(curve.points.filter(\.chosen).map(\.batch) == [28])
    // The TPOT objective holds up to the chosen batch and breaks beyond it.
    #expect(
      curve.points.map(\.meetsTPOT) == Array(repeating: true, count: 6) + [
        false, false, false, false,
      ])
    let chosen = try #require(curve.points.first { $0.chosen })
    // The calibrated vLLM step model: TPOT 49.863 ms at batch 28, prefill 284.993 ms.
    #expect(chosen.tpotSeconds.isClose(to: 0.0498631, tolerance: 1e-6))
    #expect(plan.prefillSeconds.isClose(to: 0.2849926, tolerance: 1e-6))
    #expect(chosen.ttftSeconds.isClose(to: 0.2849926 + 0.0498631, tolerance: 1e-6))
    // 28 sequences / 49.8631 ms = 561.54 tokens/s per replica, 280.77 per GPU (TP2).
    #expect(chosen.outputTokensPerSecondPerReplica.isClose(to: 561.54, tolerance: 0.01))
    #expect(chosen.outputTokensPerSecondPerGPU.isClose(to: 280.77, tolerance: 0.01))
    // Slot time 390 × 0.0498631 = 19.4466 s (the request's own prefill is in its TPOT);
    // 28 / 19.4466 = 1.43984 requests/s, × 390 = 561.54 tokens/s: the same throughput.
    #expect(chosen.requestsPerSecondPerReplica.isClose(to: 1.43984, tolerance: 1e-4))
    #expect(
      (chosen.requestsPerSecondPerReplica * 390).isClose(
        to: chosen.outputTokensPerSecondPerReplica, tolerance: 1e-9))
    // The H100 power curve at TP2 (scale 118 × 2 = 236), all 28 slots held: prefill share
    // 28 × 0.28499 / 19.4466 = 0.41034; decode level 0.6 + 0.4 × (1 − e^{−(28/236)^0.8}) =
    // 0.66646; activity 0.41034 + 0.58966 × 0.66646 = 0.80333 → 75 + 625 × 0.80333 = 577.08 W.
    #expect(chosen.gpuWatts.isClose(to: 577.08, tolerance: 0.01))
    // 561.54 / (2 × 577.08 W) = 0.48653 tokens/J.
    #expect(chosen.tokensPerJoule.isClose(to: 0.48653, tolerance: 1e-4))
  }

  @Test func largerBatchesTradeLatencyForTokensPerJoule() throws {
    let points = ServingCurve.of(try chat70b()).points
    for (a, b) in zip(points, points.dropFirst()) {
      #expect(b.tpotSeconds > a.tpotSeconds, "TPOT at \(b.batch)")
      #expect(b.tokensPerJoule > a.tokensPerJoule, "tokens/J at \(b.batch)")
    }
  }

  @Test func prefillOnlyModelsGetOnePoint() throws {
    let d = try deployment("bge-large-en-v1.5", gpu: "l4", .bf16, tp: 1, slo: .init())
    let plan = try ServingPlanner.plan(
      d, workload: Workload(requestsPerSecond: 171.85, promptTokens: 64, outputTokens: 0),
      path: .root)
    let points = ServingCurve.of(plan).points
    #expect(points.count == 1)
    let point = try #require(points.first)
    // The engine's token budget holds ⌊16,384 / 64⌋ = 256 prompts, vLLM's maxBatch.
    #expect(point.batch == 256 && point.chosen && point.meetsTPOT == nil)
    // One forward pass serves the batch: its time is the TTFT, 256 / pass time the request
    // rate, and a replica that is never idle runs its L4 at the 72 W limit.
    #expect(point.ttftSeconds == plan.serviceSeconds)
    #expect(
      point.requestsPerSecondPerReplica.isClose(to: 256 / plan.serviceSeconds, tolerance: 1e-9))
    #expect(point.gpuWatts == 72)
    #expect(point.outputTokensPerSecondPerReplica == 0 && point.tokensPerJoule == 0)
  }

  @Test func noTrafficNoCurve() throws {
    let d = try deployment("llama-3.1-8b", gpu: "h100-sxm", .bf16, tp: 1, slo: .init())
    let plan = try ServingPlanner.plan(d, workload: .none, path: .root)
    #expect(ServingCurve.of(plan).points.isEmpty)
  }
}
