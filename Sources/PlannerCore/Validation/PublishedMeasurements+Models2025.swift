// Published measurements of the models added with the 2025–2026 catalog, on GPUs the fits
// know (H100, H200, B200): ML.ENERGY v3.0 (vLLM 0.11.1, board power summed over the GPUs)
// and NVIDIA's MLPerf v4.1 GPT-J. The ML.ENERGY mixtures ran expert parallel across the
// GPUs; capplan plans them tensor parallel over the same GPUs (its nearest setup).

extension PublishedMeasurements {
  /// One row or more for each new model.
  static let modelRows: [PublishedMeasurement] = [
    newRow(
      "NE-1", "Qwen3-32B", "max_num_seqs 32",
      Benchmark(
        model: "qwen3-32b", gpu: "h100-sxm", precision: .bf16, gpus: 1,
        batch: .concurrency(32), promptTokens: 70, outputTokens: 629.3, engine: .vllm,
        boundary: .gpuBoards),
      960.5, watts: 599.4, tolerance: (0.25, 0.35),
      mlenergy + "Qwen__Qwen3-32B__lm-arena-chat.json"
        + chat),
    newRow(
      "NE-2", "Qwen3-235B-A22B-Instruct-2507-FP8", "max_num_seqs 128, EP8",
      Benchmark(
        model: "qwen3-235b-a22b", gpu: "h100-sxm", precision: .fp8, tensorParallel: 8,
        gpus: 8, batch: .concurrency(128), promptTokens: 70, outputTokens: 878.6,
        engine: .vllm, boundary: .gpuBoards),
      2_840.0, watts: 3_874.1, tolerance: (0.55, 0.40),
      mlenergy + "Qwen__Qwen3-235B-A22B-Instruct-2507-FP8__lm-arena-chat.json" + chat),
    newRow(
      "NE-3", "Llama-4-Scout-17B-16E-Instruct", "max_num_seqs 64, EP4",
      Benchmark(
        model: "llama-4-scout", gpu: "h100-sxm", precision: .bf16, tensorParallel: 4,
        gpus: 4, batch: .concurrency(64), promptTokens: 70, outputTokens: 403.8,
        engine: .vllm, boundary: .gpuBoards),
      1_651.6, watts: 1_749.6, tolerance: (0.35, 0.20),
      mlenergy + "meta-llama__Llama-4-Scout-17B-16E-Instruct__lm-arena-chat.json" + chat),
    newRow(
      "NE-4", "Llama-4-Maverick-17B-128E-Instruct-FP8", "max_num_seqs 64, EP8",
      Benchmark(
        model: "llama-4-maverick", gpu: "h100-sxm", precision: .fp8, tensorParallel: 8,
        gpus: 8, batch: .concurrency(64), promptTokens: 70, outputTokens: 406.4,
        engine: .vllm, boundary: .gpuBoards),
      2_813.4, watts: 2_655.6, tolerance: (0.30, 0.30),
      mlenergy + "meta-llama__Llama-4-Maverick-17B-128E-Instruct-FP8__lm-arena-chat.json" + chat),
    newRow(
      "NE-5", "gpt-oss-120b", "max_num_seqs 64, GPQA",
      Benchmark(
        model: "gpt-oss-120b", gpu: "h100-sxm", precision: .bf16, gpus: 1,
        batch: .concurrency(64), promptTokens: 1000, outputTokens: 1738.8, engine: .vllm,
        boundary: .gpuBoards),
      2_571.9, watts: 688.2, tolerance: (0.50, 0.40),
      mlenergy + "openai__gpt-oss-120b__gpqa.json (MXFP4 experts)" + assumed1k),
    newRow(
      "NE-6", "gpt-oss-20b", "max_num_seqs 64, GPQA",
      Benchmark(
        model: "gpt-oss-20b", gpu: "h100-sxm", precision: .bf16, gpus: 1,
        batch: .concurrency(64), promptTokens: 1000, outputTokens: 2091.3, engine: .vllm,
        boundary: .gpuBoards),
      5_512.8, watts: 564.2, tolerance: (0.20, 0.20),
      mlenergy + "openai__gpt-oss-20b__gpqa.json (MXFP4 experts)" + assumed1k),
    newRow(
      "NE-7", "DeepSeek-V3.1", "max_num_seqs 64, EP8",
      Benchmark(
        model: "deepseek-v3", gpu: "b200", precision: .fp8, tensorParallel: 8, gpus: 8,
        batch: .concurrency(64), promptTokens: 70, outputTokens: 848.6, engine: .vllm,
        boundary: .gpuBoards),
      1_776.1, watts: 5_185.7, tolerance: (0.60, 0.50),
      mlenergy + "deepseek-ai__DeepSeek-V3.1__lm-arena-chat.json (V3 architecture)" + chat),
    newRow(
      "NE-8", "DeepSeek-R1-0528", "max_num_seqs 64, EP8, GPQA",
      Benchmark(
        model: "deepseek-r1", gpu: "b200", precision: .fp8, tensorParallel: 8, gpus: 8,
        batch: .concurrency(64), promptTokens: 1000, outputTokens: 11_558.8, engine: .vllm,
        boundary: .gpuBoards),
      1_595.5, watts: 6_156.1, tolerance: (0.75, 0.65),
      mlenergy + "deepseek-ai__DeepSeek-R1-0528__gpqa.json" + assumed1k),
    newRow(
      "NE-9", "GPT-J 6B", "offline, batch 396/GPU",
      Benchmark(
        model: "gpt-j-6b", gpu: "h200-sxm", precision: .fp8, gpus: 8,
        batch: .maxLoad(cap: 396), promptTokens: 800, outputTokens: 69.0,
        engine: .tensorRTLLM),
      20_086.1, tolerance: (1.25, 0),
      mlperf41 + " v4.1-0048 H200-SXM-141GBx8_TRT gptj-99 Offline (use_fp8, batch 396; 69 "
        + "tokens a sample); prompt mean 800 assumed (CNN/DM)"),
  ]

  static func newRow(
    _ id: String, _ model: String, _ scenario: String, _ benchmark: Benchmark,
    _ tokensPerSecond: Double, watts: Double? = nil, tolerance: (Double, Double),
    _ source: String
  ) -> PublishedMeasurement {
    row(
      id, model, scenario, benchmark, tokensPerSecond, watts: watts, fitted: false,
      tolerance: tolerance, source)
  }
}
