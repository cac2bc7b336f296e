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
  private var tp: Double { Double(deployment.tensorParallel) }

  // MARK: - Memory

  /// Bytes of all weights (parameters × bytes per parameter, experts in their own format),
  /// over the whole replica.
  public var weightBytes: Double { deployment.weightBytes }

  /// KV-cache bytes one token of context holds (`ModelSpec.kvBytesPerToken`).
  public var kvBytesPerToken: Double { model.kvBytesPerToken(deployment.kvPrecision) }

  /// Bytes the engine may fill with KV cache: its share of device memory less the weights.
  public var kvCapacityBytes: Double {
    tp * gpu.memoryGB * 1e9 * engine.memoryUtilization - weightBytes
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
    if let h = engine.kvHeadroom { return Int((k / (c * (1 + h))).rounded(.down)) }
    let zs = LengthSpread.z95 * variance.squareRoot()
    let root = (-zs + (zs * zs + 4 * c * k).squareRoot()) / (2 * c)
    return Int((root * root * (1 + 1e-12)).rounded(.down))
  }

  /// Most sequences whose mean resident context fits, ⌊K / c⌋: above it the engine preempts
  /// all the time, so a pinned batch must stay at or below it.
  public func maxBatchByMeanMemory(_ workload: Workload) -> Int {
    Int((kvCapacityTokens / Self.residentContext(workload).mean).rounded(.down))
  }

  /// Tokens `batch` running sequences hold at the 95th percentile: B c + 1.645 √B σ.
  public func residentTokensP95(batch: Int, _ workload: Workload) -> Double {
    let (c, variance) = Self.residentContext(workload)
    let b = Double(batch)
    return b * c + LengthSpread.z95 * (b * variance).squareRoot()
  }

  // MARK: - Rates

  private var memoryBytesPerSecond: Double {
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

  // MARK: - Decode

  /// One decode step at `batch` sequences of mean context `contextTokens`, in seconds: weight
  /// GEMMs and attention each take the longer of their memory and compute times, plus the
  /// tensor-parallel all-reduces (two per layer), the step's fixed overhead and the host's
  /// cost per running sequence.
  public func decodeStepSeconds(batch: Int, contextTokens: Double) -> Double {
    let b = Double(batch)
    let gemmBytes = weightBytesRead(batch: batch)
    let gemmFlops = 2 * model.activeParametersB * 1e9 * b
    let gemm = max(
      gemmBytes / memoryBytesPerSecond, gemmFlops / (peakFlops * engine.computeEfficiency))
    let attentionBytes = b * contextTokens * kvBytesPerToken
    let attentionFlopCount = model.decodeAttentionFlopsPerContextToken * contextTokens * b
    let attention = max(
      attentionBytes / memoryBytesPerSecond,
      attentionFlopCount / (attentionFlops * engine.computeEfficiency))
    let overhead = engine.stepOverheadMs / 1000 + b * engine.sequenceOverheadMicroseconds * 1e-6
    return gemm + attention + allReduceSeconds(batch: batch) + overhead
  }

  /// The step's tensor-parallel all-reduces: two per layer (after attention and after the
  /// MLP), each a fixed latency plus a ring all-reduce of the batch's 16-bit activations,
  /// 2 (TP − 1) / TP × batch × hidden × 2 bytes over the GPU's interconnect.
  public func allReduceSeconds(batch: Int) -> Double {
    guard deployment.tensorParallel > 1 else { return 0 }
    let bytes = 2 * (tp - 1) / tp * Double(batch) * Double(model.hiddenSize) * 2
    let bandwidth = gpu.interconnectGBps * 1e9 * engine.interconnectEfficiency
    return 2 * Double(model.layers) * (engine.allReduceMicroseconds * 1e-6 + bytes / bandwidth)
  }

  // MARK: - Prefill

  /// Time to prefill one prompt of `promptTokens`, in seconds: compute bound, the weight
  /// GEMMs (2 × active parameters per token) plus causal attention (each token attends to
  /// half the prompt on average: prefill attention flops per context token × prompt ÷ 2),
  /// at the prefill efficiency.
  public func prefillSeconds(promptTokens: Double) -> Double {
    let attentionPerToken = model.prefillAttentionFlopsPerContextToken * promptTokens / 2
    let flops = promptTokens * (2 * model.activeParametersB * 1e9 + attentionPerToken)
    return flops / (peakFlops * engine.prefillEfficiency)
  }

  /// Time per output token at `batch` with continuous batching: the decode step, stretched by
  /// the prefill chunks of the batch/outputTokens requests that join per step.
  public func timePerOutputTokenSeconds(batch: Int, promptTokens: Double, outputTokens: Double)
    -> Double
  {
    let context = promptTokens + outputTokens / 2
    let joining = Double(batch) / outputTokens
    return decodeStepSeconds(batch: batch, contextTokens: context) + joining
      * prefillSeconds(promptTokens: promptTokens)
  }
}
