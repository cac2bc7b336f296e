/// A model's architecture: what sizes its weights, its compute and its KV cache.
public struct ModelSpec: Sendable, Equatable, Codable {
  /// What a model is used for in a pipeline.
  public enum Role: String, Sendable, Codable, CaseIterable {
    /// Generates text token by token (prefill then decode).
    case generative
    /// Turns text into a vector: prefill only.
    case embedding
    /// Scores query–document pairs: prefill only.
    case reranker
    /// Classifies a prompt or a response as safe or not: prefill only (one output token).
    case `guard`
  }

  /// Catalog id (`llama-3.1-70b`).
  public var id: String
  /// Name as published (`Llama 3.1 70B Instruct`).
  public var name: String
  public var role: Role
  /// All parameters, in billions (JSON `parametersB`): sizes the weights in memory.
  public var parametersB: Double
  /// Parameters used per token, in billions (JSON `activeParametersB`): sizes the compute.
  /// Equal to `parametersB` for dense models.
  public var activeParametersB: Double
  /// Transformer layers (JSON `layers`).
  public var layers: Int
  /// Model (hidden) dimension (JSON `hiddenSize`).
  public var hiddenSize: Int
  /// Query heads (JSON `attentionHeads`).
  public var attentionHeads: Int
  /// Key/value heads; fewer than query heads under grouped-query attention (JSON `kvHeads`).
  public var kvHeads: Int
  /// Dimension of one head (JSON `headDim`).
  public var headDim: Int
  /// Experts per MoE layer, 1 for dense models (JSON `experts`).
  public var experts: Int
  /// Experts each token is routed to, 1 for dense models (JSON `expertsPerToken`).
  public var expertsPerToken: Int
  /// Longest context the model accepts, in tokens (JSON `maxContextTokens`).
  public var maxContextTokens: Int
  /// Parameters of the routed experts, all of them, in billions (JSON `expertParametersB`);
  /// nil derives them from the totals (`routedExpertParametersB`). Shared experts count
  /// with the dense weights.
  public var expertParametersB: Double? = nil
  /// Format the published checkpoint keeps its routed experts in when it differs from the
  /// rest of its weights (gpt-oss: MXFP4 experts, bf16 attention; JSON `expertPrecision`);
  /// nil: the experts take the deployment's precision.
  public var expertPrecision: Precision? = nil
  /// Multi-head latent attention, which sets the KV cache and attention compute
  /// (JSON `latentAttention`); nil: grouped-query attention over `kvHeads` × `headDim`.
  public var latentAttention: LatentAttention? = nil
  /// Where the figures come from.
  public var source: String

  public init(
    id: String, name: String, role: Role, parametersB: Double, activeParametersB: Double,
    layers: Int, hiddenSize: Int, attentionHeads: Int, kvHeads: Int, headDim: Int,
    experts: Int = 1, expertsPerToken: Int = 1, maxContextTokens: Int,
    expertParametersB: Double? = nil, expertPrecision: Precision? = nil,
    latentAttention: LatentAttention? = nil, source: String
  ) {
    self.id = id
    self.name = name
    self.role = role
    self.parametersB = parametersB
    self.activeParametersB = activeParametersB
    self.layers = layers
    self.hiddenSize = hiddenSize
    self.attentionHeads = attentionHeads
    self.kvHeads = kvHeads
    self.headDim = headDim
    self.experts = experts
    self.expertsPerToken = expertsPerToken
    self.maxContextTokens = maxContextTokens
    self.expertParametersB = expertParametersB
    self.expertPrecision = expertPrecision
    self.latentAttention = latentAttention
    self.source = source
  }
}
