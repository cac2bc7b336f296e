/// Multi-head latent attention (DeepSeek-V2/V3): keys and values are cached as one shared
/// latent vector per token and layer, plus the decoupled rotary key
/// (JSON `latentAttention`).
///
/// The cache holds `kvLoraRank + ropeHeadDim` values per token and layer, whatever the number
/// of heads (DeepSeek-V2 paper, arXiv:2405.04434, §2.1.2–2.1.3). Decoding multiplies the
/// up-projections into the query and output ("absorbed"), so every head attends over the
/// latent: per head and context token, QK over `kvLoraRank + ropeHeadDim` values and AV over
/// `kvLoraRank` values.
public struct LatentAttention: Sendable, Equatable, Codable {
  /// Width of the compressed key/value latent (config `kv_lora_rank`; JSON `kvLoraRank`).
  public var kvLoraRank: Int
  /// Width of the decoupled rotary key, shared by all heads (config `qk_rope_head_dim`;
  /// JSON `ropeHeadDim`).
  public var ropeHeadDim: Int

  public init(kvLoraRank: Int, ropeHeadDim: Int) {
    self.kvLoraRank = kvLoraRank
    self.ropeHeadDim = ropeHeadDim
  }

  /// Values cached per token and layer: the latent and the rotary key.
  public var cachedValuesPerLayer: Int { kvLoraRank + ropeHeadDim }
}
