import Foundation

/// Time and memory of one replica of a deployment, from first principles: bytes moved over
/// memory bandwidth and flops over tensor rate, each kernel class bound on its own, scaled by
/// the engine's efficiency factors.
public struct Roofline: Sendable {
  public let deployment: Deployment

  public init(_ deployment: Deployment) { self.deployment = deployment }

  private var model: ModelSpec { deployment.model }
  private var gpu: GPUSpec { deployment.gpu }
  private var engine: Engine { deployment.engine }
  /// GPUs of one pipeline stage, which run every layer of that stage together.
  var tp: Double { Double(deployment.tensorParallel) }
  /// Pipeline stages.
  var pp: Double { Double(deployment.pipelineParallel) }

  // MARK: - Memory

  /// Bytes of all weights (parameters × bytes per parameter, experts in their own format),
  /// over the whole replica.
  public var weightBytes: Double { deployment.weightBytes }

  /// KV-cache bytes one token of context holds (`ModelSpec.kvBytesPerToken`).
  public var kvBytesPerToken: Double { model.kvBytesPerToken(deployment.kvPrecision) }

  /// Bytes the engine may fill with KV cache: its share of the replica's device memory
  /// (TP × PP GPUs) less the weights.
  public var kvCapacityBytes: Double {
    tp * pp * gpu.memoryGB * 1e9 * engine.memoryUtilization - weightBytes
  }

  /// Tokens of context the KV cache holds at once, over the whole replica.
  public var kvCapacityTokens: Double { max(0, kvCapacityBytes) / kvBytesPerToken }

  /// Mean and variance of the context one running sequence holds in a paged cache, in tokens:
  /// its prompt plus the tokens generated so far. At steady state a running sequence is at a
  /// uniformly random point U of its generation, so the context is P + U·O, with mean
  /// P + O/2 and variance Var(P) + E[O²]/3 − O²/4 (model.md §4.1).
  public static func residentContext(_ workload: Workload) -> (mean: Double, variance: Double) {
    let o = workload.outputTokens
    let mean = workload.promptTokens + o / 2
    let variance = workload.promptVariance + workload.outputSquareMean / 3 - o * o / 4
    return (max(mean, 1), max(variance, 0))
  }

  /// Most sequences of `workload` whose paged KV cache fits. With the engine's `kvHeadroom` h:
  /// ⌊K / (c (1 + h))⌋. Without: the largest B whose resident context stays inside the cache
  /// at its 95th percentile, B c + 1.645 √B σ ≤ K (the sum of B independent contexts), so
  /// √B = (−zσ + √(z²σ² + 4cK)) / 2c. K: tokens the cache holds; c, σ²: `residentContext`.
  public func maxBatchByMemory(_ workload: Workload) -> Int {
    let k = kvCapacityTokens
    let (c, variance) = Self.residentContext(workload)
    guard k > 0 else { return 0 }
    if let h = engine.kvHeadroom { return Capacity.units(within: k / (c * (1 + h))) }
    let zs = LengthSpread.z95 * variance.squareRoot()
    let root = (-zs + (zs * zs + 4 * c * k).squareRoot()) / (2 * c)
    return Capacity.units(within: root * root * (1 + 1e-12))
  }

  /// Most sequences whose mean resident context fits, ⌊K / c⌋: above it the engine preempts
  /// all the time, so a pinned batch must stay at or below it.
  public func maxBatchByMeanMemory(_ workload: Workload) -> Int {
    Capacity.units(within: kvCapacityTokens / Self.residentContext(workload).mean)
  }

  /// Tokens `batch` running sequences hold at the 95th percentile: B c + 1.645 √B σ.
  public func residentTokensP95(batch: Int, _ workload: Workload) -> Double {
    let (c, variance) = Self.residentContext(workload)
    let b = Double(batch)
    return b * c + LengthSpread.z95 * (b * variance).squareRoot()
  }

  // MARK: - Rates

  var memoryBytesPerSecond: Double {
    tp * gpu.memoryBandwidthTBps * 1e12 * engine.memoryEfficiency
  }

  /// Tensor rate for the weights' format, falling back to bf16 where the GPU lacks it.
  private var peakFlops: Double {
    tp * (gpu.denseTFLOPS.rate(for: deployment.weightPrecision) ?? gpu.denseTFLOPS.bf16) * 1e12
  }

  /// Attention runs in the KV cache's format where the GPU has it, else bf16.
  private var attentionFlops: Double {
    tp * (gpu.denseTFLOPS.rate(for: deployment.kvPrecision) ?? gpu.denseTFLOPS.bf16) * 1e12
  }

  /// Bytes of weights one decode step of `batch` tokens reads: all dense weights, and for a
  /// mixture of experts the experts that at least one token is routed to,
  /// E × (1 − (1 − k/E)^batch) of E.
  public func weightBytesRead(batch: Int) -> Double {
    guard model.experts > 1 else { return weightBytes }
    let e = Double(model.experts)
    let k = Double(model.expertsPerToken)
    let touched = 1 - pow(1 - k / e, Double(batch))
    return
      (model.denseParametersB * deployment.weightPrecision.bytesPerValue
      + model.routedExpertParametersB * touched * deployment.expertWeightPrecision.bytesPerValue)
      * 1e9
  }

  /// FLOPs of the weight GEMMs per token: 2 × the active parameters, the routed experts'
  /// share at the grouped-GEMM efficiency (`expertGEMMEfficiency`, §4.4), i.e. charged as
  /// 2 × (dense + routed active / efficiency).
  var gemmFlopsPerToken: Double {
    guard model.experts > 1 else { return 2 * model.activeParametersB * 1e9 }
    let routed = max(0, model.activeParametersB - model.denseParametersB)
    return 2 * (model.denseParametersB + routed / engine.expertGEMMEfficiency) * 1e9
  }

  // MARK: - Decode

  /// One decode step at `batch` sequences of mean context `contextTokens`, in seconds. The
  /// batch runs in micro-batches of b = ⌈B / m⌉ through the PP stages: each stage holds 1/PP of
  /// the layers, so a micro-batch's stage takes `layerSeconds(b)` / PP plus the hand-off to
  /// the next stage, and one token of every sequence takes max(m, PP) stage times (with fewer
  /// micro-batches than stages the pipeline idles, the bubble). Then the step's fixed overhead
  /// and the host's cost per running sequence. Without pipelining (PP = m = 1) this is the
  /// whole model's layers at batch B.
  public func decodeStepSeconds(batch: Int, contextTokens: Double) -> Double {
    let m = min(max(deployment.microBatches, 1), max(batch, 1))
    let micro = (Double(batch) / Double(m)).rounded(.up)
    let stage =
      layerSeconds(batch: Int(micro), contextTokens: contextTokens) / pp
      + stageHandOffSeconds(batch: Int(micro))
    let b = Double(batch)
    let overhead = engine.stepOverheadMs / 1000 + b * engine.sequenceOverheadMicroseconds * 1e-6
    return Double(max(m, deployment.pipelineParallel)) * stage + overhead
  }

  /// Share of each stage's time the pipeline idles for want of micro-batches:
  /// 1 − m / max(m, PP) (0 without pipelining).
  public var pipelineBubble: Double {
    let m = Double(max(deployment.microBatches, 1))
    return 1 - m / max(m, pp)
  }

  /// All layers of the model at `batch` sequences on one stage's TP GPUs, in seconds: weight
  /// GEMMs and attention each take the longer of their memory and compute times, plus the
  /// tensor-parallel communication.
  func layerSeconds(batch: Int, contextTokens: Double) -> Double {
    let b = Double(batch)
    let gemm = max(
      weightBytesRead(batch: batch) / memoryBytesPerSecond,
      gemmFlopsPerToken * b / (peakFlops * engine.computeEfficiency))
    let attentionBytes = b * contextTokens * kvBytesPerToken
    let attentionFlopCount = model.decodeAttentionFlopsPerContextToken * contextTokens * b
    let attention = max(
      attentionBytes / memoryBytesPerSecond,
      attentionFlopCount / (attentionFlops * engine.computeEfficiency))
    return gemm + attention + allReduceSeconds(batch: batch)
  }

  // MARK: - Prefill

  /// Time to prefill one prompt of `promptTokens`, in seconds: compute bound, the weight
  /// GEMMs (`gemmFlopsPerToken`) plus causal attention (each token attends to half the prompt
  /// on average: prefill attention flops per context token × prompt ÷ 2), at the prefill
  /// efficiency, on one stage's TP GPUs (a prompt passes the stages one after another).
  public func prefillSeconds(promptTokens: Double) -> Double {
    let attentionPerToken = model.prefillAttentionFlopsPerContextToken * promptTokens / 2
    let flops = promptTokens * (gemmFlopsPerToken + attentionPerToken)
    return flops / (peakFlops * engine.prefillEfficiency)
  }

  /// One forward pass of a prefill-only model over `batch` prompts together, in seconds: the
  /// longer of reading the weights once and computing every prompt, plus the step overhead
  /// (model.md §4.7). Short prompts are bound by the weight read, so batching them is nearly
  /// free.
  public func prefillBatchSeconds(batch: Int, promptTokens: Double) -> Double {
    let tokens = max(1, Int((Double(batch) * promptTokens).rounded(.up)))
    let read = weightBytesRead(batch: tokens) / memoryBytesPerSecond
    let compute = Double(batch) * prefillSeconds(promptTokens: promptTokens)
    return max(read, compute) + engine.stepOverheadMs / 1000
  }

  /// Time per output token at `batch` with continuous batching: the decode step, stretched by
  /// the prefill chunks of the batch/outputTokens requests that join per step, each stage
  /// taking its 1/PP share of them.
  public func timePerOutputTokenSeconds(batch: Int, promptTokens: Double, outputTokens: Double)
    -> Double
  {
    let context = promptTokens + outputTokens / 2
    let joining = Double(batch) / outputTokens
    return decodeStepSeconds(batch: batch, contextTokens: context) + joining
      * prefillSeconds(promptTokens: promptTokens) / pp
  }
}
