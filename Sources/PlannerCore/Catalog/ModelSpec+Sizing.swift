// What a model's architecture implies for memory and compute: the split of its weights
// between routed experts and the rest, the KV cache one token holds, and the attention
// flops one token spends per token of context.

extension ModelSpec {
  /// Parameters of the routed experts, in billions: `expertParametersB` where given, else
  /// derived from total P, active A and k of E experts per token. Every routed parameter
  /// counts in P, k/E of them in A, the rest in both: P − A = R (1 − k/E). 0 for dense models.
  public var routedExpertParametersB: Double {
    guard experts > 1 else { return 0 }
    if let expertParametersB { return expertParametersB }
    let share = Double(expertsPerToken) / Double(experts)
    return (parametersB - activeParametersB) / (1 - share)
  }

  /// Parameters outside the routed experts (embeddings, attention, dense and shared MLPs,
  /// routers, norms), in billions.
  public var denseParametersB: Double { parametersB - routedExpertParametersB }

  /// Bytes of all weights: the routed experts in `expertPrecision`, the rest in `precision`.
  public func weightBytes(precision: Precision, expertPrecision: Precision) -> Double {
    (denseParametersB * precision.bytesPerValue + routedExpertParametersB
      * expertPrecision.bytesPerValue) * 1e9
  }

  /// KV-cache bytes one token of context holds, at `precision`. Grouped-query attention:
  /// 2 (K and V) × layers × KV heads × head dim values; latent attention: layers ×
  /// (kvLoraRank + ropeHeadDim) values, one latent shared by K, V and every head.
  public func kvBytesPerToken(_ precision: Precision) -> Double {
    let values: Int
    if let latent = latentAttention {
      values = layers * latent.cachedValuesPerLayer
    } else {
      values = 2 * layers * kvHeads * headDim
    }
    return Double(values) * precision.bytesPerValue
  }

  /// Attention flops one decoded token spends per token of its context, all layers and heads
  /// (2 flops a multiply-add). Grouped-query: QK and AV over the head dim, 4 × layers ×
  /// heads × head dim. Latent, absorbed: QK over kvLoraRank + ropeHeadDim and AV over
  /// kvLoraRank, 2 × layers × heads × (2 kvLoraRank + ropeHeadDim).
  public var decodeAttentionFlopsPerContextToken: Double {
    guard let latent = latentAttention else { return gqaAttentionFlopsPerContextToken }
    return 2 * Double(layers * attentionHeads * (2 * latent.kvLoraRank + latent.ropeHeadDim))
  }

  /// The same for prefill, where latent attention runs unabsorbed (the latent is expanded
  /// to per-head keys and values once per prompt token): QK over head dim + ropeHeadDim and
  /// AV over head dim, 2 × layers × heads × (2 head dim + ropeHeadDim).
  public var prefillAttentionFlopsPerContextToken: Double {
    guard let latent = latentAttention else { return gqaAttentionFlopsPerContextToken }
    return 2 * Double(layers * attentionHeads * (2 * headDim + latent.ropeHeadDim))
  }

  private var gqaAttentionFlopsPerContextToken: Double {
    4 * Double(layers * attentionHeads * headDim)
  }
}
