/// Built-in model architectures, sorted by id; `docs/catalog.md` lists every figure's source.
///
/// Shapes come from each model's published config (`num_hidden_layers`, `hidden_size`,
/// `num_attention_heads`, `num_key_value_heads`, `max_position_embeddings`) or Meta's
/// `llama-models` SKU list, which carries the same arguments. Parameter counts are computed
/// from those shapes (embeddings, attention, MLP, norms) and agree with the published rounded
/// figures; the arithmetic is in `docs/catalog.md`.
enum BuiltInModels {
  static let all: [ModelSpec] = [
    ModelSpec(
      id: "bge-large-en-v1.5", name: "BAAI bge-large-en-v1.5", role: .embedding,
      // BERT-large shape: 30,522-token vocabulary, 4,096 intermediate; 335 M on the model card.
      parametersB: 0.335, activeParametersB: 0.335,
      layers: 24, hiddenSize: 1024, attentionHeads: 16, kvHeads: 16, headDim: 64,
      maxContextTokens: 512,
      source: "config: BAAI/bge-large-en-v1.5 config.json (BertModel; max_position_embeddings "
        + "512); 335M: model card"),
    ModelSpec(
      id: "bge-reranker-v2-m3", name: "BAAI bge-reranker-v2-m3", role: .reranker,
      // XLM-RoBERTa large shape, 250,002-token vocabulary: 567 M + classifier ≈ 568 M.
      parametersB: 0.568, activeParametersB: 0.568,
      layers: 24, hiddenSize: 1024, attentionHeads: 16, kvHeads: 16, headDim: 64,
      // max_position_embeddings 8,194 = 8,192 tokens + XLM-R's 2 padding offsets; BAAI on the
      // model card: "The max length of this model is 8192" (fine-tuned at 1,024).
      maxContextTokens: 8192,
      source: "config: config.json of fine-tunes of BAAI/bge-reranker-v2-m3 (XLMRoberta"
        + "ForSequenceClassification); 568M and 8,192 max length: BAAI model card/discussions"),
    ModelSpec(
      id: "gpt-j-6b", name: "EleutherAI GPT-J 6B", role: .generative,
      // Model card: n_parameters 6,053,381,344.
      parametersB: 6.053, activeParametersB: 6.053,
      layers: 28, hiddenSize: 4096, attentionHeads: 16, kvHeads: 16, headDim: 256,
      maxContextTokens: 2048,
      source: "config: EleutherAI/gpt-j-6b model card hyperparameter table (n_layers 28, "
        + "d_model 4096, 16 heads of 256, n_ctx 2048, 6,053,381,344 parameters)"),
    ModelSpec(
      id: "llama-2-70b", name: "Llama 2 70B Chat", role: .generative,
      // vocab 32,000, intermediate 28,672: 68.98 B (published as "70B").
      parametersB: 68.98, activeParametersB: 68.98,
      layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128,
      maxContextTokens: 4096,
      source: "config: meta-llama/llama-models sku_list.py (llama2_70b: dim 8192, 80 layers, "
        + "64 heads, 8 KV heads) and datatypes.py (Llama 2 max_seq_len 4096); Llama 2 paper"),
    ModelSpec(
      id: "llama-3.1-405b", name: "Llama 3.1 405B Instruct", role: .generative,
      // vocab 128,256, intermediate 53,248: 405.85 B.
      parametersB: 405.85, activeParametersB: 405.85,
      layers: 126, hiddenSize: 16384, attentionHeads: 128, kvHeads: 8, headDim: 128,
      maxContextTokens: 131_072,
      source: "config: meta-llama/llama-models models/llama3_1/api/sku_list.py (dim 16384, "
        + "126 layers, 128 heads, 8 KV heads; CONTEXT_LENGTH 131072)"),
    ModelSpec(
      id: "llama-3.1-70b", name: "Llama 3.1 70B Instruct", role: .generative,
      // vocab 128,256, intermediate 28,672: 70.55 B (model card "70.6B").
      parametersB: 70.55, activeParametersB: 70.55,
      layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128,
      maxContextTokens: 131_072,
      source: "config: meta-llama/llama-models models/llama3_1/api/sku_list.py (dim 8192, "
        + "80 layers, 64 heads, 8 KV heads; CONTEXT_LENGTH 131072)"),
    ModelSpec(
      id: "llama-3.1-8b", name: "Llama 3.1 8B Instruct", role: .generative,
      // vocab 128,256, intermediate 14,336: 8.03 B.
      parametersB: 8.03, activeParametersB: 8.03,
      layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128,
      maxContextTokens: 131_072,
      source: "config: meta-llama/llama-models models/llama3_1/api/sku_list.py (dim 4096, "
        + "32 layers, 32 heads, 8 KV heads; CONTEXT_LENGTH 131072)"),
    ModelSpec(
      id: "llama-3.2-3b", name: "Llama 3.2 3B Instruct", role: .generative,
      // vocab 128,256 with tied input/output embeddings, intermediate 8,192: 3.21 B.
      parametersB: 3.21, activeParametersB: 3.21,
      layers: 28, hiddenSize: 3072, attentionHeads: 24, kvHeads: 8, headDim: 128,
      maxContextTokens: 131_072,
      source: "config: meta-llama/llama-models sku_list.py (llama3_2_3b: dim 3072, 28 layers, "
        + "24 heads, 8 KV heads) and datatypes.py (Llama 3.2 max_seq_len 131072)"),
    ModelSpec(
      id: "llama-3.3-70b", name: "Llama 3.3 70B Instruct", role: .generative,
      // Same architecture as Llama 3.1 70B.
      parametersB: 70.55, activeParametersB: 70.55,
      layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128,
      maxContextTokens: 131_072,
      source: "config: meta-llama/llama-models sku_list.py (llama3_3_70b_instruct: dim 8192, "
        + "80 layers, 64 heads, 8 KV heads) and datatypes.py (max_seq_len 131072)"),
    ModelSpec(
      id: "llama-guard-3-8b", name: "Llama Guard 3 8B", role: .guard,
      // Llama 3.1 8B architecture fine-tuned as a classifier: 8.03 B.
      parametersB: 8.03, activeParametersB: 8.03,
      layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128,
      maxContextTokens: 131_072,
      source: "config: meta-llama/llama-models sku_list.py (llama_guard_3_8b: dim 4096, 32 "
        + "layers, 32 heads, 8 KV heads) and datatypes.py (max_seq_len 131072)"),
    ModelSpec(
      id: "mixtral-8x7b", name: "Mixtral 8x7B Instruct v0.1", role: .generative,
      // Mistral AI: 46.7 B total, 12.9 B used per token (shape arithmetic: 46.70 / 12.88).
      parametersB: 46.7, activeParametersB: 12.9,
      layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128,
      experts: 8, expertsPerToken: 2,
      maxContextTokens: 32_768,
      source: "config: mistralai/Mixtral-8x7B-Instruct-v0.1 config.json (num_local_experts 8, "
        + "num_experts_per_tok 2, max_position_embeddings 32768); Mixtral paper arXiv:2401.04088"),
    ModelSpec(
      id: "qwen3-32b", name: "Qwen3 32B", role: .generative,
      // 64 × (94.37 M attention + 393.22 M MLP) + 2 × 151,936 × 5120 = 32.76 B (model card
      // 32.8 B, 31.2 B without embeddings).
      parametersB: 32.762, activeParametersB: 32.762,
      layers: 64, hiddenSize: 5120, attentionHeads: 64, kvHeads: 8, headDim: 128,
      maxContextTokens: 40_960,
      source: "config: Qwen/Qwen3-32B config.json (hidden 5120, intermediate 25600, 64 layers, "
        + "64 heads, 8 KV heads of 128, max_position_embeddings 40960); 32.8B: model card"),
  ]
}
