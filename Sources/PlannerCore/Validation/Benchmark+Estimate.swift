/// capplan's figures for a benchmark's setup.
public struct BenchmarkEstimate: Sendable, Equatable {
  /// Sequences decoded together per replica.
  public var batch: Int
  /// Time per output token at that batch, joining prefills included, in seconds.
  public var tpotSeconds: Double
  /// Output tokens per second, all GPUs of the benchmark.
  public var tokensPerSecond: Double
  /// Power within the benchmark's boundary, in watts (nil when it published none).
  public var watts: Double?
  /// Board power of one GPU, in watts.
  public var gpuWatts: Double

  /// Output tokens per second per GPU.
  public func tokensPerSecondPerGPU(gpus: Int) -> Double { tokensPerSecond / Double(gpus) }
  /// Joules per output token within the boundary (prefill energy folded in).
  public var joulesPerToken: Double? { watts.map { $0 / tokensPerSecond } }
}

extension Benchmark {
  /// The deployment the planner would build for this setup: catalog model, GPU and system,
  /// and the calibrated engine of the benchmark's kind and precision.
  public func deployment(catalog: Catalog = .builtIn) -> Deployment? {
    guard let model = catalog.model(modelID), var gpu = catalog.gpu(gpuID),
      let system = systemID.flatMap(catalog.system) ?? catalog.defaultSystem(forGPU: gpuID)
    else { return nil }
    if let board = boardOverride {
      gpu.memoryGB = board.memoryGB
      gpu.memoryBandwidthTBps = board.memoryBandwidthTBps
    }
    var engine = Engine.calibrated(engine, precision: weightPrecision)
    if case .maxLoad(let cap?) = batch { engine.maxBatch = cap }
    if case .concurrency(let cap) = batch { engine.maxBatch = cap }
    var deployment = Deployment(
      name: modelID, model: model, system: system, gpu: gpu, weightPrecision: weightPrecision,
      kvPrecision: kvPrecision, tensorParallel: tensorParallel, slo: ServiceLevel(),
      engine: engine)
    deployment.powerCapWatts = powerCapWatts.map { PowerCap.settable($0, on: gpu) }
    return deployment
  }

  /// The requests of the benchmark: its mean lengths, outputs spread as `outputSpread`.
  public var workload: Workload {
    Workload(
      requestsPerSecond: 1, promptTokens: promptTokens, outputTokens: outputTokens,
      outputSpread: outputSpread)
  }

  /// capplan's throughput and power for this setup, from the planner's own step model
  /// (`StepModel`, the cap included) and the GPU's power curve: batch b (the static batch, or
  /// the engine cap limited by the paged KV memory as the planner limits it), throughput per
  /// replica b / TPOT(b), a replica whose batch stays full, its GPUs at the held-batch watts.
  public func estimate(catalog: Catalog = .builtIn) -> BenchmarkEstimate? {
    guard let deployment = deployment(catalog: catalog) else { return nil }
    return estimate(deployment)
  }

  /// The estimate for `deployment` (this benchmark's, or one with other engine factors).
  public func estimate(_ deployment: Deployment) -> BenchmarkEstimate? {
    let step = StepModel(deployment)
    let memory = step.roofline.maxBatchByMemory(workload)
    let b: Int
    switch batch {
    case .fixed(let size): b = size
    case .concurrency, .maxLoad: b = min(memory, deployment.engine.maxBatch)
    }
    guard b >= 1 else { return nil }
    let tpot = step.tpotSeconds(batch: b, promptTokens: promptTokens, outputTokens: outputTokens)
    let gpuWatts = step.heldGPUWatts(
      batch: b, promptTokens: promptTokens, outputTokens: outputTokens)
    let replicas = Double(gpus / tensorParallel)
    let tokens = replicas * Double(b) / tpot
    let gpu = deployment.gpu
    let activity = (gpuWatts - gpu.idleWatts) / max(gpu.tdpWatts - gpu.idleWatts, 1)
    let watts: Double?
    switch boundary {
    case .none: watts = nil
    case .gpuBoards: watts = Double(gpus) * gpuWatts
    case .firstGPU: watts = gpuWatts
    case .nodeWall:
      let system = deployment.system
      let nodes = Double(gpus) / Double(system.gpusPerNode)
      let host = system.hostIdleWatts + (system.hostPeakWatts - system.hostIdleWatts) * activity
      watts = (Double(gpus) * gpuWatts + nodes * host) / system.psuEfficiency
    }
    return BenchmarkEstimate(
      batch: b, tpotSeconds: tpot, tokensPerSecond: tokens, watts: watts, gpuWatts: gpuWatts)
  }
}
