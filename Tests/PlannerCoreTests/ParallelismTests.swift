import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// Pipeline, tensor (across an NVLink domain) and expert parallelism, and the planner's
/// choice among them (model.md §4.13, §4.14), by hand on the toy site and on catalog parts.
@Suite struct ParallelismTests {
  /// The toy engine without all-reduce latency, so that communication is bytes alone.
  static let engine = ToySite.engine.replacingOccurrences(
    of: #""maxBatch": 10"#,
    with: #""maxBatch": 10, "allReduceMicroseconds": 0, "interconnectEfficiency": 1"#)

  /// A toy deployment on an 8-GPU toy node (nameplate raised to hold 8 × 500 W); the model
  /// given 8 attention heads so that TP up to 8 divides them.
  static func deployment(_ name: String, model: String, extra: String = "") -> String {
    """
    { \(extra)"name": "\(name)", "model": { "id": "\(model)", "attentionHeads": 8 },
      "system": { "id": "toy-node", "gpusPerNode": 8, "nameplateKW": 10 },
      "engine": \(engine) }
    """
  }

  static func scenario(_ deployment: String, rate: Double = 100, prompt: Int = 1000) throws
    -> Scenario
  {
    try ToySite.load(
      ToySite.text(
        surfaces: """
          [{ "name": "chat", "requestsPerSecond": \(rate), "promptTokens": \(prompt),
             "outputTokens": 100, "pipeline": "chat", "route": "d" }]
          """,
        pipelines: PinnedServingTests.pipelines, deployments: [deployment]))
  }

  @Test func aPipelineBubbleByHand() throws {
    var d = try #require(
      try Self.scenario(
        Self.deployment(
          "d", model: "toy-1b", extra: #""tensorParallel": 1, "pipelineParallel": 4, "#)
      )
      .deployments.first)
    // toy-1b, 4 stages of one GPU, 8,000 sequences of 1,050 tokens of context. Four
    // micro-batches (one per stage, the default) of 2,000: all layers at 2,000 take
    // max(2 GB / 1 TB/s = 2 ms, 2e9 × 2,000 / 1e15 = 4 ms) + attention max(2,000 × 1,050 × 4 B
    // / 1e12 = 8.4 µs, 4 × 1,050 × 2,000 / 1e15) = 4.0084 ms; a stage holds a quarter,
    // 1.0021 ms, and hands 2,000 × 1 × 2 B to the next stage over the toy GPU's 32 GB/s
    // interconnect (the 4 GPUs fit the 8-GPU node's NVLink domain): 0.125 µs. One token of
    // every sequence takes max(4, 4) = 4 stage times: 4.0089 ms, no bubble.
    let full = Roofline(d)
    #expect(full.pipelineBubble == 0)
    #expect(
      full.decodeStepSeconds(batch: 8000, contextTokens: 1050).isClose(
        to: 4 * (0.0040084 / 4 + 4000 / 32e9), tolerance: 1e-9))
    // Two micro-batches of 4,000 on four stages: 8.0168 ms of layers, 2.0042 ms a stage, and a
    // token still takes 4 stage times: 8.0177 ms. Half of every stage's time is bubble.
    d.pipelineMicroBatches = 2
    let bubbly = Roofline(d)
    #expect(bubbly.pipelineBubble == 0.5)
    #expect(
      bubbly.decodeStepSeconds(batch: 8000, contextTokens: 1050).isClose(
        to: 4 * (0.0080168 / 4 + 8000 / 32e9), tolerance: 1e-9))
    // The replica spans 4 GPUs and holds 4 × 100 GB: 400 GB less 2 GB of weights.
    #expect(d.gpusPerReplica == 4)
    #expect(bubbly.kvCapacityBytes == 398e9)
  }

  @Test func aPipelinedDeploymentPlansEndToEnd() throws {
    let scenario = try Self.scenario(
      Self.deployment("d", model: "toy-4b", extra: #""tensorParallel": 2, "pipelineParallel": 2, "#)
    )
    let report = try Planner.plan(scenario)
    let d = report.deployments[0]
    #expect(d.pipelineParallel == 2 && d.tensorParallel == 2 && d.pipelineBubble == 0)
    // Four GPUs a replica: 8 GB of bf16 weights, 2 GB each.
    #expect(d.weightsGBPerGPU == 2)
    #expect(d.gpus == d.replicas * 4)
  }

  @Test func theParallelismChosenForAWorkedLoad() throws {
    // toy-4b, 100 req/s of 1,000 + 100 tokens, TPOT within 5 ms, batch at most 10, target slot
    // utilisation 0.5. Per candidate TP (weights read in 8 / TP ms; prefill 8 / TP ms):
    //   TP1: TPOT(1) = 8 + 1/100 × 8 = 8.08 ms > 5: misses its objective.
    //   TP2: TPOT(10) = 4 + 10/100 × 4 = 4.4 ms; slot 100 × 4.4 = 440 ms;
    //        ⌈100 × 0.44 / 0.5 / 10⌉ = ⌈8.8⌉ = 9 replicas × 2 = 18 GPUs.
    //   TP4: TPOT 2.2 ms, slot 220 ms, ⌈4.4⌉ = 5 replicas × 4 = 20 GPUs.
    //   TP8: TPOT 1.1 ms, slot 110 ms, ⌈2.2⌉ = 3 replicas × 8 = 24 GPUs.
    // (attention and the all-reduce bytes add well under a microsecond.) TP2 needs the fewest.
    // Unchosen, TP1 would be taken and miss the objective.
    let scenario = try Self.scenario(
      Self.deployment("d", model: "toy-4b", extra: #""slo": { "tpotMs": 5 }, "#))
    #expect(ParallelismChoice.candidates(scenario.deployments[0]) == [1, 2, 4, 8])
    let report = try Planner.plan(scenario)
    let d = report.deployments[0]
    #expect(d.parallelismChosen == true)
    #expect(d.tensorParallel == 2 && d.replicas == 9 && d.gpus == 18)
    #expect(d.tpotMs.isClose(to: 4.4, tolerance: 1e-3))
  }

  func catalogDeployment(_ model: String, system: String, tp: Int) throws -> Deployment {
    let catalog = Catalog.builtIn
    let spec = try #require(catalog.system(system))
    var d = Deployment(
      name: "d", model: try #require(catalog.model(model)), system: spec,
      gpu: try #require(catalog.gpu(spec.gpu)), weightPrecision: .fp8, kvPrecision: .fp8,
      tensorParallel: tp, slo: ServiceLevel(), engine: .handWorked(.fp8))
    d.engine.allReduceMicroseconds = 0
    d.engine.interconnectEfficiency = 1
    return d
  }

  @Test func tensorParallelAcrossTheTraysOfAnNVL72Rack() throws {
    // GB200 NVL72: 4 GPUs a tray, 72 in one NVLink domain. TP8 spans two trays and still
    // all-reduces over NVLink (900 GB/s); on DGX B200 (8 a node, domain 8) TP16 crosses the
    // network at 50 GB/s a GPU.
    let nvl = Roofline(try catalogDeployment("llama-3.1-70b", system: "gb200-nvl72", tp: 8))
    #expect(nvl.groupBandwidth(gpus: 8) == 900e9)
    let dgx = Roofline(try catalogDeployment("llama-3.1-70b", system: "dgx-b200", tp: 16))
    #expect(dgx.groupBandwidth(gpus: 16) == 50e9)
    // Llama 3.1 70B (80 layers, hidden 8,192) at batch 64: each of 2 × 80 all-reduces moves
    // 2 × 7/8 × 64 × 8,192 × 2 B = 1,835,008 B: 2.039 µs over NVLink, 160 × that = 326.2 µs.
    #expect(nvl.allReduceSeconds(batch: 64).isClose(to: 160 * 1_835_008 / 900e9, tolerance: 1e-12))
  }

  @Test func anNVL72DeploymentPlansEndToEnd() throws {
    let text = ToySite.text(
      surfaces: """
        [{ "name": "chat", "requestsPerSecond": 50, "promptTokens": 2000, "outputTokens": 300,
           "pipeline": "chat", "route": "d" }]
        """,
      pipelines: PinnedServingTests.pipelines,
      deployments: [
        #"{ "name": "d", "model": "llama-3.1-70b", "system": "gb200-nvl72", "precision": "fp8", "tensorParallel": 8 }"#
      ]
    )
    .replacingOccurrences(
      of: #""utilityKW": 100000"#,
      with:
        #""utilityKW": 100000, "liquidCooling": { "units": 2, "unitKW": 5000, "redundancy": "n+1" }"#
    )
    let report = try Planner.plan(try ToySite.load(text))
    let d = report.deployments[0]
    // Each replica fills two 4-GPU trays.
    #expect(d.tensorParallel == 8 && d.nodes == 2 * (d.replicas + (d.spareReplicas ?? 0)))
    // Beyond the domain it is refused.
    let tooWide = text.replacingOccurrences(
      of: #""tensorParallel": 8"#, with: #""tensorParallel": 144"#)
    #expect(throws: DiagnosticError.self) { try ToySite.load(tooWide) }
  }

  @Test func expertParallelismTradesTheAllReduceForAllToAlls() throws {
    // Mixtral 8x7B (32 layers, hidden 4,096, 2 of 8 experts a token) at TP8 on H100 (450 GB/s),
    // batch 64: activations A = 64 × 4,096 × 2 B = 524,288 B. Without expert parallelism two
    // all-reduces a layer, each 2 × 7/8 × A: 32 × 2 × 1.75 × A / 450e9 = 130.49 µs. With it
    // the MLP's all-reduce becomes dispatch and combine, each GPU sending A/8 × 2 experts ×
    // 7/8: 2 × 0.21875 A, so 32 × (1.75 + 0.4375) × A / 450e9 = 81.56 µs.
    var d = try catalogDeployment("mixtral-8x7b", system: "dgx-h100", tp: 8)
    let a = 524_288.0
    #expect(
      Roofline(d).allReduceSeconds(batch: 64).isClose(
        to: 32 * 2 * 1.75 * a / 450e9, tolerance: 1e-12))
    d.expertParallel = true
    #expect(
      Roofline(d).allReduceSeconds(batch: 64).isClose(
        to: 32 * 2.1875 * a / 450e9, tolerance: 1e-12))
    // The weights a GPU holds are the same share either way: 46.7 GB of fp8 over 8 GPUs.
    let plan = try ServingPlanner.plan(
      d, workload: Workload(requestsPerSecond: 20, promptTokens: 1000, outputTokens: 200),
      path: .root)
    #expect(plan.gpus == plan.replicas * 8)
    // From a scenario file, end to end.
    let text = ToySite.text(
      surfaces: """
        [{ "name": "chat", "requestsPerSecond": 20, "promptTokens": 1000, "outputTokens": 200,
           "pipeline": "chat", "route": "d" }]
        """,
      pipelines: PinnedServingTests.pipelines,
      deployments: [
        #"{ "name": "d", "model": "mixtral-8x7b", "system": "dgx-h100", "precision": "fp8", "tensorParallel": 8, "expertParallel": true }"#
      ])
    let report = try Planner.plan(try ToySite.load(text))
    #expect(report.deployments[0].expertParallel == true && report.deployments[0].replicas >= 1)
  }
}
