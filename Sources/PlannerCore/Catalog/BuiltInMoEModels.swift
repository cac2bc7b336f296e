/// Built-in mixture-of-experts models, sorted by id; their shapes
/// come from each model's published config, and the parameter counts are computed from those
/// shapes (arithmetic in `docs/catalog.md`, checked against the publishers' rounded figures).
///
/// Active parameters count every weight a token passes through, the embedding table included
/// (the convention of the dense entries, where active = total). OpenAI and DeepSeek quote
/// active counts without the input embedding (gpt-oss-120b 5.13 B, DeepSeek-V3 36.6 B);
/// both figures are in `docs/catalog.md`.
enum BuiltInMoEModels {
  static let all: [ModelSpec] = [
    deepSeek("deepseek-r1", "DeepSeek-R1", "deepseek-ai/DeepSeek-R1 config.json (same as V3)"),
    deepSeek("deepseek-v3", "DeepSeek-V3", "deepseek-ai/DeepSeek-V3 config.json"),
    gptOSS(
      "gpt-oss-120b", "gpt-oss-120b", layers: 36, experts: 128,
      // 36 × 128 × 24,891,840 = 114.702 B routed; 2.128 B the rest; active (4 of 128, with
      // embeddings) 5.711 B, OpenAI's 5.13 B without the 0.579 B input embedding.
      parametersB: 116.829, activeParametersB: 5.711, expertParametersB: 114.702),
    gptOSS(
      "gpt-oss-20b", "gpt-oss-20b", layers: 24, experts: 32,
      // 24 × 32 × 24,891,840 = 19.117 B routed; 1.798 B the rest; active 4.187 B (3.61 B
      // without the input embedding).
      parametersB: 20.914, activeParametersB: 4.187, expertParametersB: 19.117),
    llama4(
      "llama-4-maverick", "Llama 4 Maverick 17B-128E Instruct", experts: 128,
      // 24 MoE layers × 128 × 125.83 M = 386.547 B routed; text model 400.71 B; Meta: 400 B.
      parametersB: 400.71, expertParametersB: 386.547, maxContextTokens: 1_048_576,
      source: "meta-llama/Llama-4-Maverick-17B-128E-Instruct config.json (text_config: "
        + "num_local_experts 128, interleave_moe_layer_step 2, intermediate_size_mlp 16384)"),
    llama4(
      "llama-4-scout", "Llama 4 Scout 17B-16E Instruct", experts: 16,
      // 48 MoE layers × 16 × 125.83 M = 96.637 B routed; text model 107.77 B; Meta's 109 B
      // includes the vision encoder.
      parametersB: 107.77, expertParametersB: 96.637, maxContextTokens: 10_485_760,
      source: "meta-llama/Llama-4-Scout-17B-16E-Instruct config.json (text_config: "
        + "num_local_experts 16, interleave_moe_layer_step 1)"),
    ModelSpec(
      id: "qwen3-235b-a22b", name: "Qwen3 235B-A22B", role: .generative,
      // 94 layers × 128 experts × 3 × 4096 × 1536 = 227.096 B routed; total 235.09 B; active
      // (8 of 128) 22.19 B (model card: 235 B, 22 B activated).
      parametersB: 235.094, activeParametersB: 22.191,
      layers: 94, hiddenSize: 4096, attentionHeads: 64, kvHeads: 4, headDim: 128,
      experts: 128, expertsPerToken: 8,
      // max_position_embeddings 40,960: 32,768 native context (model card) plus output room.
      maxContextTokens: 40_960, expertParametersB: 227.096,
      source: "config: Qwen/Qwen3-235B-A22B config.json (hidden 4096, 94 layers, 64 heads, 4 KV "
        + "heads of 128, 128 experts of 1536, 8 per token); 235B/22B: model card"),
  ]

  /// DeepSeek-V3 and R1 share one architecture: 61 layers (3 dense, 58 MoE), 256 routed
  /// experts of 2,048 plus one shared, 8 per token, latent attention of rank 512 with a
  /// 64-wide rotary key. Counts without the multi-token-prediction module (not served).
  private static func deepSeek(_ id: String, _ name: String, _ config: String) -> ModelSpec {
    ModelSpec(
      id: id, name: name, role: .generative,
      // 58 × 256 × 3 × 7168 × 2048 = 653.909 B routed; total 671.03 B; active 37.55 B with
      // embeddings (36.6 B without, README_WEIGHTS.md).
      parametersB: 671.026, activeParametersB: 37.552,
      layers: 61, hiddenSize: 7168, attentionHeads: 128, kvHeads: 128, headDim: 128,
      experts: 256, expertsPerToken: 8, maxContextTokens: 163_840,
      expertParametersB: 653.909,
      latentAttention: LatentAttention(kvLoraRank: 512, ropeHeadDim: 64),
      source: "config: \(config) (kv_lora_rank 512, qk_rope_head_dim 64, qk_nope/v_head_dim "
        + "128, 256 routed experts, 8 per token); 671B/37B: DeepSeek-V3 report arXiv:2412.19437")
  }

  /// gpt-oss: hidden 2880, 64 query heads and 8 KV heads of 64, experts of 2880 with biases,
  /// 4 per token; experts published in MXFP4, everything else in bf16.
  private static func gptOSS(
    _ id: String, _ name: String, layers: Int, experts: Int, parametersB: Double,
    activeParametersB: Double, expertParametersB: Double
  ) -> ModelSpec {
    ModelSpec(
      id: id, name: name, role: .generative,
      parametersB: parametersB, activeParametersB: activeParametersB,
      layers: layers, hiddenSize: 2880, attentionHeads: 64, kvHeads: 8, headDim: 64,
      experts: experts, expertsPerToken: 4, maxContextTokens: 131_072,
      expertParametersB: expertParametersB, expertPrecision: .mxfp4,
      source: "config: openai/\(id) config.json (quantization_config mxfp4, attention, router "
        + "and embeddings not converted); counts: gpt-oss model card arXiv:2508.10925")
  }

  /// Llama 4: hidden 5120, 48 layers, 40 query heads and 8 KV heads of 128, routed experts
  /// and one shared expert of 8,192, 1 routed expert per token.
  private static func llama4(
    _ id: String, _ name: String, experts: Int, parametersB: Double, expertParametersB: Double,
    maxContextTokens: Int, source: String
  ) -> ModelSpec {
    ModelSpec(
      id: id, name: name, role: .generative,
      // Active: 48 × 62.91 M attention + 48 × 2 × 125.83 M (shared and routed expert, or the
      // dense 16,384 MLP) + 2 × 202,048 × 5120 embeddings ≈ 17.17 B (Meta: 17 B).
      parametersB: parametersB, activeParametersB: 17.17,
      layers: 48, hiddenSize: 5120, attentionHeads: 40, kvHeads: 8, headDim: 128,
      experts: experts, expertsPerToken: 1, maxContextTokens: maxContextTokens,
      expertParametersB: expertParametersB,
      source: "config: \(source); 17B active: Meta Llama 4 model card")
  }
}
