/// A model served on a kind of GPU node, with its parallelism, SLOs and engine
/// (JSON `deployments[]`).
public struct Deployment: Sendable, Equatable {
  public var name: String
  public var model: ModelSpec
  public var system: SystemSpec
  /// The GPU of `system` (resolved from the catalog, overrides applied).
  public var gpu: GPUSpec
  /// Format of the weights (JSON `precision`); the compute runs at this format's rate.
  public var weightPrecision: Precision
  /// Format of the KV cache (JSON `kvPrecision`, default the weights' format).
  public var kvPrecision: Precision
  /// Format of the routed experts' weights where it differs from `weightPrecision`
  /// (JSON `expertPrecision`); nil: the model's published expert format, else the weights'.
  public var expertPrecision: Precision? = nil
  /// GPUs each layer is split over (JSON `tensorParallel`); with `pipelineParallel` stages a
  /// replica spans tensorParallel × pipelineParallel GPUs.
  public var tensorParallel: Int
  /// Pipeline stages, each holding a contiguous share of the layers on its own
  /// `tensorParallel` GPUs (JSON `pipelineParallel`, default 1).
  public var pipelineParallel: Int = 1
  /// Micro-batches the batch is split into across the pipeline (JSON `pipelineMicroBatches`);
  /// nil: one per stage, which leaves no bubble (model.md §4.13).
  public var pipelineMicroBatches: Int? = nil
  /// Whether a mixture of experts places whole experts on each GPU of a stage and routes
  /// tokens to them by all-to-all, instead of slicing every expert (JSON `expertParallel`).
  public var expertParallel: Bool = false
  /// Whether the planner chose `tensorParallel` (the scenario did not give it): the
  /// parallelism that needs the fewest GPUs for the load, ties to fewer watts (§4.14).
  public var parallelismChosen: Bool = false
  /// Spare replicas kept beyond those the load needs (JSON `spareReplicas`); nil: from
  /// `spareShare`, else from `margins.maintenance` (§4.15).
  public var spareReplicas: Int? = nil
  /// Share of the serving replicas out at any time for rolling upgrades and maintenance
  /// (JSON `spareShare`, 0…1): ⌈replicas × share⌉ spares.
  public var spareShare: Double? = nil
  public var slo: ServiceLevel
  public var engine: Engine
  /// Sequences decoded together, as the team runs its engine (JSON `batch`, vLLM's
  /// `max_num_seqs`); nil: the planner chooses the batch.
  public var pinnedBatch: Int? = nil
  /// Replicas the team runs (JSON `replicas`); nil: the planner chooses them.
  public var pinnedReplicas: Int? = nil
  /// The team's own benchmark, replacing the roofline (and with watts the power curve) where
  /// given (JSON `profile`); nil: modelled.
  public var profile: MeasuredProfile? = nil
  /// Board power limit the GPUs are operated at, in watts, within the board's settable range
  /// (JSON `powerCapWatts`, or `powerCapFraction` × TDP); nil: uncapped (model.md §4.12).
  public var powerCapWatts: Double? = nil
  /// Replicas kept warm when idle ones are powered down in the day's valleys (JSON
  /// `scaleDownIdle.warmReplicas`); nil: every installed replica stays up all day.
  public var warmReplicas: Int? = nil

  public init(
    name: String, model: ModelSpec, system: SystemSpec, gpu: GPUSpec, weightPrecision: Precision,
    kvPrecision: Precision, tensorParallel: Int, slo: ServiceLevel, engine: Engine
  ) {
    self.name = name
    self.model = model
    self.system = system
    self.gpu = gpu
    self.weightPrecision = weightPrecision
    self.kvPrecision = kvPrecision
    self.tensorParallel = tensorParallel
    self.slo = slo
    self.engine = engine
  }
}

extension Deployment {
  /// GPUs one replica spans: tensorParallel × pipelineParallel.
  public var gpusPerReplica: Int { tensorParallel * pipelineParallel }

  /// Micro-batches in flight: the scenario's, else one per pipeline stage.
  public var microBatches: Int { pipelineMicroBatches ?? pipelineParallel }

  /// The format the routed experts are stored in: the deployment's `expertPrecision`, else
  /// the checkpoint's (`ModelSpec.expertPrecision`), else `weightPrecision`. Compute runs at
  /// the rate of `weightPrecision` either way.
  public var expertWeightPrecision: Precision {
    expertPrecision ?? model.expertPrecision ?? weightPrecision
  }

  /// Bytes of all the replica's weights, experts in their own format.
  public var weightBytes: Double {
    model.weightBytes(precision: weightPrecision, expertPrecision: expertWeightPrecision)
  }
}

/// Latency objectives of a deployment (JSON `deployments[].slo`); nil means not constrained.
public struct ServiceLevel: Sendable, Equatable {
  /// 95th-percentile time to first token, queueing included, in ms (JSON `ttftP95Ms`).
  public var ttftP95Ms: Double?
  /// 99th-percentile time to first token, in ms (JSON `ttftP99Ms`).
  public var ttftP99Ms: Double?
  /// Time per output token while decoding, in ms (JSON `tpotMs`).
  public var tpotMs: Double?

  public init(ttftP95Ms: Double? = nil, ttftP99Ms: Double? = nil, tpotMs: Double? = nil) {
    self.ttftP95Ms = ttftP95Ms
    self.ttftP99Ms = ttftP99Ms
    self.tpotMs = tpotMs
  }
}

/// The serving engine's behaviour, as efficiency factors over the hardware's peaks
/// (JSON `deployments[].engine`). These are calibration parameters, not constants of nature:
/// the defaults of each `kind` and weight precision are fitted to published measurements
/// (`Engine.calibrated`, docs/validation.md); any factor given in the scenario wins.
public struct Engine: Sendable, Equatable {
  /// The serving engine family whose calibrated defaults apply (JSON `kind`).
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// vLLM with continuous batching and paged attention (calibrated on vLLM 0.11.1).
    case vllm
    /// NVIDIA TensorRT-LLM with in-flight batching (calibrated on TensorRT-LLM 1.0 and
    /// NVIDIA's MLPerf Inference v4.1–v5.1 submissions).
    case tensorRTLLM = "tensorrt-llm"
  }

  /// The engine family the defaults came from (JSON `kind`, default `vllm`).
  public var kind: Kind
  /// Fraction of peak memory bandwidth a decode step's reads achieve (JSON `memoryEfficiency`).
  public var memoryEfficiency: Double
  /// Fraction of peak tensor rate decode GEMMs and attention achieve (JSON `computeEfficiency`).
  public var computeEfficiency: Double
  /// Model FLOPs utilisation of prefill (JSON `prefillEfficiency`).
  public var prefillEfficiency: Double
  /// Fixed cost of one decode step: launch, scheduling, sampling, in ms (JSON `stepOverheadMs`).
  public var stepOverheadMs: Double
  /// Cost each running sequence adds to a decode step on the host (scheduling, sampling,
  /// detokenising), in microseconds (JSON `sequenceOverheadMicroseconds`).
  public var sequenceOverheadMicroseconds: Double
  /// Latency of one tensor-parallel all-reduce, in microseconds (JSON `allReduceMicroseconds`).
  public var allReduceMicroseconds: Double
  /// Fraction of the GPU's interconnect bandwidth an all-reduce achieves
  /// (JSON `interconnectEfficiency`).
  public var interconnectEfficiency: Double
  /// Fraction of device memory the engine may use for weights and KV cache
  /// (JSON `memoryUtilization`, vLLM's `gpu_memory_utilization`).
  public var memoryUtilization: Double
  /// Most sequences decoded together (JSON `maxBatch`, vLLM's `max_num_seqs`).
  public var maxBatch: Int
  /// KV memory kept free beyond the running sequences' mean context, as a fraction of it
  /// (JSON `kvHeadroom`, 0…1); nil: derived from the spread of the lengths so that the batch's
  /// resident context stays inside the cache 95 % of the time (model.md §4.1).
  public var kvHeadroom: Double? = nil
  /// Share of a dense GEMM's tensor rate the grouped expert GEMMs of a mixture of experts
  /// reach (JSON `expertGEMMEfficiency`, 0…1; model.md §4.4).
  public var expertGEMMEfficiency: Double = 1
  /// Most prompt tokens a prefill-only model batches into one forward pass
  /// (JSON `maxBatchTokens`; model.md §4.7).
  public var maxBatchTokens: Int = 16_384
  /// Highest mean occupancy of batch slots replicas are planned for (JSON `targetUtilization`).
  public var targetUtilization: Double

  /// The calibrated vLLM engine for bf16 weights.
  public static let `default` = Engine.calibrated(.vllm, precision: .bf16)

  public init(
    kind: Kind = .vllm, memoryEfficiency: Double, computeEfficiency: Double,
    prefillEfficiency: Double, stepOverheadMs: Double, sequenceOverheadMicroseconds: Double = 0,
    allReduceMicroseconds: Double, interconnectEfficiency: Double = 1, memoryUtilization: Double,
    maxBatch: Int, targetUtilization: Double, kvHeadroom: Double? = nil,
    expertGEMMEfficiency: Double = 1, maxBatchTokens: Int = 16_384
  ) {
    self.expertGEMMEfficiency = expertGEMMEfficiency
    self.maxBatchTokens = maxBatchTokens
    self.kind = kind
    self.memoryEfficiency = memoryEfficiency
    self.computeEfficiency = computeEfficiency
    self.prefillEfficiency = prefillEfficiency
    self.stepOverheadMs = stepOverheadMs
    self.sequenceOverheadMicroseconds = sequenceOverheadMicroseconds
    self.allReduceMicroseconds = allReduceMicroseconds
    self.interconnectEfficiency = interconnectEfficiency
    self.memoryUtilization = memoryUtilization
    self.maxBatch = maxBatch
    self.targetUtilization = targetUtilization
    self.kvHeadroom = kvHeadroom
  }
}
