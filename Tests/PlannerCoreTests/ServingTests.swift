import Foundation
import TestSupport
import Testing

@testable import PlannerCore

@Suite struct ServingTests {
  func deployment(
    _ model: String = "llama-3.1-8b", gpu: String = "h100-sxm", _ precision: Precision = .bf16,
    tp: Int = 1, slo: ServiceLevel = ServiceLevel()
  ) throws -> Deployment {
    let catalog = Catalog.builtIn
    let spec = try #require(catalog.gpu(gpu))
    return Deployment(
      name: "d", model: try #require(catalog.model(model)),
      system: try #require(catalog.defaultSystem(forGPU: gpu)), gpu: spec,
      weightPrecision: precision, kvPrecision: precision, tensorParallel: tp, slo: slo,
      engine: .handWorked())
  }

  @Test func decodeStepOfLlama8BOnH100() throws {
    let roofline = Roofline(try deployment())
    // Weights 8.03e9 × 2 B = 16.06 GB; KV 2 × 32 layers × 8 heads × 128 × 2 B = 131,072 B/token.
    #expect(roofline.weightBytes.isClose(to: 16.06e9, tolerance: 1))
    #expect(roofline.kvBytesPerToken == 131_072)
    // The hand-worked vLLM engine at bf16: memory 0.85, compute 0.32, 2.5 ms a step and
    // 35 µs a sequence. Batch 1, 1,000 tokens of context; memory 3.35 TB/s × 0.85 = 2.8475 TB/s.
    // GEMMs: 16.06e9 / 2.8475e12 = 5.6400 ms (memory-bound; 1.606e10 flop at 989.4e12 × 0.32
    // take 0.051 ms); attention: 1,000 × 131,072 B / 2.8475e12 = 0.0460 ms; overhead 2.5 ms +
    // 1 × 35 µs = 2.535 ms; total 8.2210 ms. Measured: 7.9 ms a step (LB-4, Llama-3-8B FP16
    // batch 1 on H100, prefill included), −4 % as docs/validation.md shows.
    #expect(
      roofline.decodeStepSeconds(batch: 1, contextTokens: 1000).isClose(
        to: 0.0082210, tolerance: 1e-6))
    // Batch 128: GEMMs turn compute-bound (2.0557e12 flop / 316.6e12 = 6.4930 ms > 5.64 ms);
    // attention reads 128 × 1,000 × 131,072 B = 16.78 GB: 5.8919 ms; overhead 2.5 + 128 × 0.035
    // = 6.98 ms. 6.4930 + 5.8919 + 6.98 = 19.3649 ms.
    #expect(
      roofline.decodeStepSeconds(batch: 128, contextTokens: 1000).isClose(
        to: 0.0193647, tolerance: 1e-6))
  }

  @Test func tensorParallelAllReducesCarryTheBatch() throws {
    let roofline = Roofline(try deployment("llama-3.1-70b", .fp8, tp: 2))
    // Two all-reduces per layer, 80 layers; each 70 µs (vLLM) plus a ring all-reduce of
    // 2 × (2 − 1) / 2 × 256 × 8,192 × 2 B = 4.194 MB over 450 GB/s × 1.0 = 9.32 µs:
    // 160 × 79.32 µs = 12.691 ms.
    #expect(roofline.allReduceSeconds(batch: 256).isClose(to: 0.012691, tolerance: 1e-6))
    #expect(Roofline(try deployment()).allReduceSeconds(batch: 256) == 0)
  }

  @Test func prefillIsComputeBound() throws {
    let roofline = Roofline(try deployment())
    // 1,000 tokens × (2 × 8.03e9 + 2 × 32 layers × 32 heads × 128 × 1,000) = 1.63221e13 flop
    // at 989.4e12 × 0.32 = 316.6e12 flop/s: 51.553 ms, i.e. 19,397 prompt tokens/s.
    #expect(roofline.prefillSeconds(promptTokens: 1000).isClose(to: 0.051553, tolerance: 1e-6))
    // fp8 doubles the tensor rate: half the time at the same efficiency, 25.775 ms.
    let fp8 = Roofline(try deployment("llama-3.1-8b", .fp8))
    #expect(fp8.prefillSeconds(promptTokens: 1000).isClose(to: 0.0257753, tolerance: 1e-6))
  }

  @Test func memoryBoundsTheBatch() throws {
    var deployment = try deployment("llama-3.1-70b", .fp8, tp: 2)
    let roofline = Roofline(deployment)
    // 2 × 80 GB × 0.9 = 144 GB less 70.55 GB of fp8 weights = 73.45 GB of KV cache, at
    // 163,840 B a token (fp8: 2 × 80 × 8 × 128 × 1): K = 448,303.2 tokens.
    #expect(roofline.kvCapacityBytes.isClose(to: 73.45e9, tolerance: 1e6))
    #expect(roofline.kvCapacityTokens.isClose(to: 448_303.2, tolerance: 0.1))
    // Paged: 2,000-token prompts and 1,780 fixed output tokens hold P + O/2 = 2,890 tokens on
    // average, spread σ = O / √12 = 513.84 (the point of generation is uniform). The 95th
    // percentile of B sequences fits: B × 2,890 + 1.645 × √B × 513.84 ≤ 448,303.2, so
    // √B = (−845.19 + √(845.19² + 4 × 2,890 × 448,303.2)) / (2 × 2,890) = 12.3094, B = 151.52.
    let fixed = Workload(
      requestsPerSecond: 1, promptTokens: 2000, outputTokens: 1780, outputSpread: .fixed)
    #expect(roofline.maxBatchByMemory(fixed) == 151)
    // The mean alone: ⌊448,303.2 / 2,890⌋ = 155, where a pinned batch stops fitting.
    #expect(roofline.maxBatchByMeanMemory(fixed) == 155)
    // Charging every sequence its final 3,780 tokens, as before paging: ⌊448,303.2 / 3,780⌋ =
    // 118, 22 % fewer.
    #expect(151 > Int(448_303.2 / 3780) && Int(448_303.2 / 3780) == 118)
    // Geometric outputs spread more: σ² = 2 O²/3 − O²/4 = (1,148.99)², B = 147.19.
    let geometric = Workload(requestsPerSecond: 1, promptTokens: 2000, outputTokens: 1780)
    #expect(roofline.maxBatchByMemory(geometric) == 147)
    // A headroom given overrides the derived one: ⌊448,303.2 / (2,890 × 1.1)⌋ = 141.
    deployment.engine.kvHeadroom = 0.1
    #expect(Roofline(deployment).maxBatchByMemory(geometric) == 141)
  }

  @Test func mixtureOfExpertsReadsOnlyTheExpertsTouched() throws {
    let roofline = Roofline(try deployment("mixtral-8x7b", .fp8))
    // 46.7B total, 12.9B active, 2 of 8 experts: expert weights (46.7 − 12.9) / (1 − 2/8) = 45.067B,
    // the rest 1.633B. Batch 1 touches 2/8 of the experts: 1.633 + 11.267 = 12.9B → 12.9 GB at fp8;
    // batch 64 touches 1 − (6/8)^64 ≈ all of them: 46.7 GB.
    #expect(roofline.weightBytesRead(batch: 1).isClose(to: 12.9e9, tolerance: 1e6))
    #expect(roofline.weightBytesRead(batch: 64).isClose(to: 46.7e9, tolerance: 1e6))
  }

  @Test func erlangCMatchesTheClosedForm() {
    // Two servers, one arrival a second, one second each: A = 1, Erlang B = (1/2) / (1 + 1 + 1/2)
    // = 0.2, C = 2 × 0.2 / (2 − 1 × 0.8) = 1/3. P(W > t) = C e^{−(2 − 1) t}: the p95 wait is
    // ln((1/3) / 0.05) = 1.8971 s.
    let queue = ErlangC(servers: 2, arrivalsPerSecond: 1, serviceSeconds: 1)
    #expect(queue.probabilityOfWaiting.isClose(to: 1.0 / 3, tolerance: 1e-12))
    #expect(queue.waitSeconds(quantile: 0.95).isClose(to: 1.897120, tolerance: 1e-6))
    // When fewer than 5% wait, the p95 wait is zero.
    #expect(
      ErlangC(servers: 100, arrivalsPerSecond: 10, serviceSeconds: 1).waitSeconds(quantile: 0.95)
        == 0)
  }

  @Test func batchIsTheLargestMeetingTheTPOTObjective() throws {
    let d = try deployment("llama-3.1-70b", .fp8, tp: 2, slo: ServiceLevel(tpotMs: 50))
    let plan = try ServingPlanner.plan(
      d, workload: Workload(requestsPerSecond: 100, promptTokens: 2500, outputTokens: 390),
      path: .root)
    let roofline = Roofline(d)
    let tpot = { (b: Int) in
      roofline.timePerOutputTokenSeconds(batch: b, promptTokens: 2500, outputTokens: 390)
    }
    #expect(plan.batchLimit == .tpotSLO)
    #expect(tpot(plan.batch) <= 0.050)
    #expect(tpot(plan.batch + 1) > 0.050)
    // Replicas keep slot occupancy under 85%: 100 req/s × service time / (batch × replicas) ≤ 0.85.
    #expect(plan.slotUtilization <= 0.85)
    #expect(100 * plan.serviceSeconds / Double(plan.batch * (plan.replicas - 1)) > 0.85)
  }

  @Test func gpuPowerCurveAgainstH100Measurements() throws {
    let gpu = try #require(Catalog.builtIn.gpu("h100-sxm"))
    let curve = gpu.powerCurve
    // f(b) = 0.60 + 0.40 × (1 − e^{−(b/118)^0.8}); W = 75 + 625 × f.
    // f(8): (8/118)^0.8 = 0.1161, 1 − e^{−0.1161} = 0.1096 → 0.6438 → 477.4 W (ME-1: 486.4 W).
    // f(128): (128/118)^0.8 = 1.0673, 1 − e^{−1.0673} = 0.6561 → 0.8624 → 614.0 W (ME-2: 669.2 W).
    let watts = { (b: Double) in
      GPUPowerCurve.watts(gpu, activity: curve.activity(prefillShare: 0, meanOccupancy: b))
    }
    #expect(watts(8).isClose(to: 477.4, tolerance: 0.5))
    #expect(watts(128).isClose(to: 614.0, tolerance: 0.5))
    #expect(abs(watts(8) - 486.4) / 486.4 < 0.03)
    #expect(abs(watts(128) - 669.2) / 669.2 < 0.10)
    #expect(watts(0) == 75)
    // Prefill runs at the limit.
    #expect(
      GPUPowerCurve.watts(gpu, activity: curve.activity(prefillShare: 1, meanOccupancy: 0)) == 700)
    // A TP4 replica of batch 256 draws as batch 64 per GPU.
    #expect(
      curve.forTensorParallel(4).decodeLevel(batch: 256).isClose(
        to: curve.decodeLevel(batch: 64), tolerance: 1e-12))
  }

  @Test func engineKindSetsTheDefaults() {
    // The calibrated factors (validation.md §3): TensorRT-LLM 8-bit GEMMs at 0.60 of the peak,
    // memory 0.90; 4-bit 0.26. vLLM 65 µs a running sequence.
    let trt = Engine.calibrated(.tensorRTLLM, precision: .fp8)
    #expect(trt.computeEfficiency == 0.60 && trt.memoryEfficiency == 0.90)
    #expect(Engine.calibrated(.tensorRTLLM, precision: .fp4).computeEfficiency == 0.26)
    #expect(Engine.calibrated(.vllm, precision: .bf16) == Engine.default)
    #expect(Engine.default.sequenceOverheadMicroseconds == 65)
  }
}

@Suite struct ErlangBTests {
  /// The Poisson-ratio form used for large fleets agrees with the recursion where both run.
  @Test(arguments: [(5000, 4600.0), (5000, 4950.0), (8000, 7000.0), (6000, 6100.0)])
  func largeFleetFormMatchesTheRecursion(servers: Int, load: Double) {
    var recursion = 1.0
    for k in 1...servers { recursion = load * recursion / (Double(k) + load * recursion) }
    let fast = ErlangC.erlangB(servers: servers, offeredLoad: load)
    #expect(abs(fast - recursion) <= 1e-9 * max(recursion, 1e-300) + 1e-15)
  }

  /// The recursion on the inverse that fleets up to 4,096 slots use agrees with the recursion
  /// on B itself: B(2, 1) = 0.2 exactly as worked in `erlangCMatchesTheClosedForm`, and to
  /// 1e-12 over loads from light to overloaded; a load so light that 1/B passes the largest
  /// double gives 0, where B itself is below 1e-300.
  @Test(arguments: [(2, 1.0), (64, 40.0), (1067, 882.9), (4096, 3900.0), (4096, 4500.0)])
  func inverseRecursionMatchesTheRecursion(servers: Int, load: Double) {
    var recursion = 1.0
    for k in 1...servers { recursion = load * recursion / (Double(k) + load * recursion) }
    let inverse = ErlangC.erlangB(servers: servers, offeredLoad: load)
    #expect(abs(inverse - recursion) <= 1e-12 * recursion)
    if servers == 2 { #expect(abs(inverse - 0.2) <= 1e-15) }
  }

  @Test func lightLoadOnManySlotsBlocksNothing() {
    // 4,000 slots offered 1 Erlang: B = (1/4000!) / Σ 1/k!, about 1e-12,000, far below any double
    #expect(ErlangC.erlangB(servers: 4000, offeredLoad: 1) == 0)
  }
}

@Suite struct BusyShareTests {
  /// From 38 sequences on the exponential is skipped: there 1 − e^{−b} (1 − b/slots) is exactly
  /// 1 in doubles (e^{−38} ≈ 3.1e-17 is below half of 2⁻⁵³), so the shortcut changes no figure;
  /// below it the formula runs (e^{−1} = 0.3679: busy 1 − 0.3679 × (1 − 1/4) = 0.7241).
  @Test func theShortcutIsTheFormula() {
    #expect(1 - exp(-38.0) == 1)
    #expect(GPUPowerCurve.busyShare(meanOccupancy: 38, slots: .infinity) == 1)
    #expect(
      GPUPowerCurve.busyShare(meanOccupancy: 1, slots: 4).isClose(to: 0.72409, tolerance: 1e-5))
    #expect(GPUPowerCurve.busyShare(meanOccupancy: 37, slots: .infinity) == 1 - exp(-37.0))
  }
}
