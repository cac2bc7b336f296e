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

  /// Most sequences of `contextTokens` (prompt + output) whose KV cache fits at once.
  public func maxBatchByMemory(contextTokens: Double) -> Int {
    guard kvCapacityBytes > 0 else { return 0 }
    return Int((kvCapacityBytes / (contextTokens * kvBytesPerToken)).rounded(.down))
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
