/// The published measurements capplan is validated against (docs/validation.md), one per row
/// of the measurements list, in its order, plus three ML.ENERGY rows (ME-A…) from the same
/// file as ME-1 and ME-2.
///
/// Mean prompt lengths where the source does not state them:
/// - OpenOrca (MLPerf Llama 2 70B) and the Mixtral mix: 300 tokens, assumed (prompts of a
///   few hundred tokens, at most 1,024; at 300 the paged mean context P + O/2 of NVIDIA's
///   batch settings, 806 on an H200 and 3,072 for Mixtral, fills the KV memory).
/// - CNN/DailyMail (MLPerf Llama 3.1 8B): 800 tokens, assumed from the dataset's mean article
///   of 781 tokens (See et al. 2017, "Get To The Point") plus the instruction.
/// - LM-Arena chat prompts (ML.ENERGY): 70 tokens, the mean prompt of LMSYS-Chat-1M, 69.5
///   tokens (Zheng et al. 2023, arXiv:2309.11998, Table 1).
public enum PublishedMeasurements {
  static let mlperf41 = "mlcommons/inference_results_v4.1 @198fc46"
  static let trtllm = "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md @00f3768"
  static let mlenergy8B =
    "ml-energy/leaderboard @0cd52da public/data/models/meta-llama__Llama-3.1-8B-Instruct__lm-arena-chat.json (v3.0, vLLM 0.11.1)"
  static let argonne = "argonne-lcf/LLM-Inference-Bench @4211f5d Plots/Fig_16_a_b/power_results.csv"
  static let orca = "; prompt mean 300 assumed (OpenOrca)"
  static let chat = "; prompt mean 70 (LMSYS-Chat-1M)"

  public static let all: [PublishedMeasurement] =
    [
      row(
        "MP-2", "Llama-2-70B-chat", "offline, batch 806/GPU, 500 W cap",
        Benchmark(
          model: "llama-2-70b", gpu: "h200-sxm", system: "dgx-h200", precision: .fp8, gpus: 8,
          batch: .maxLoad(cap: 806), promptTokens: 300, outputTokens: 291.2,
          engine: .tensorRTLLM, powerCapWatts: 500, boundary: .nodeWall),
        25_262, watts: 6_153.0, tolerance: (0.15, 0.20),
        mlperf41 + " H200-SXM-141GBx8_TRT_MaxQ llama2-70b-99 Offline (MLPerf Power)" + orca),
      row(
        "MP-11", "Llama-3.1-8B-Instruct", "offline, batch 6000",
        Benchmark(
          model: "llama-3.1-8b", gpu: "b200", system: "dgx-b200", precision: .fp4,
          kvPrecision: .fp8, gpus: 8, batch: .maxLoad(cap: 6000), promptTokens: 800,
          outputTokens: 128, engine: .tensorRTLLM, boundary: .nodeWall),
        146_960, watts: 9_436.0, heldOut: true, tolerance: (0.15, 0.40),
        "mlcommons/inference_results_v5.1 @965182b SR780a_V3_B200SXMx8_TRT llama3.1-8b Offline "
          + "(MLPerf Power); water-cooled, planned as dgx-b200; prompt mean 800 assumed (CNN/DM)"),
      row(
        "MT-1", "Llama-2-70B-chat", "offline, batch 896/replica",
        Benchmark(
          model: "llama-2-70b", gpu: "h100-sxm", precision: .fp8, tensorParallel: 2, gpus: 8,
          batch: .maxLoad(cap: 896), promptTokens: 300, outputTokens: 290.3,
          engine: .tensorRTLLM),
        24_525, tolerance: (0.10, 0),
        mlperf41 + " DGX-H100_H100-SXM-80GBx8_TRT llama2-70b-99 Offline" + orca),
      row(
        "MT-4", "Llama-2-70B-chat", "offline, batch 806/GPU",
        Benchmark(
          model: "llama-2-70b", gpu: "h200-sxm", precision: .fp8, gpus: 8,
          batch: .maxLoad(cap: 806), promptTokens: 300, outputTokens: 291.2,
          engine: .tensorRTLLM),
        31_303, tolerance: (0.15, 0),
        mlperf41 + " H200-SXM-141GBx8_TRT llama2-70b-99 Offline" + orca),
      row(
        "MT-5", "Mixtral-8x7B", "offline, batch 3072/GPU",
        Benchmark(
          model: "mixtral-8x7b", gpu: "h200-sxm", precision: .fp8, gpus: 8,
          batch: .maxLoad(cap: 3072), promptTokens: 300, outputTokens: 145.9,
          engine: .tensorRTLLM),
        59_022, tolerance: (0.60, 0),
        mlperf41 + " H200-SXM-141GBx8_TRT mixtral-8x7b Offline; prompt mean 300 assumed"),
      row(
        "MT-8", "Llama-2-70B-chat", "offline, one GPU",
        Benchmark(
          model: "llama-2-70b", gpu: "mi300x", precision: .fp8, gpus: 1,
          batch: .maxLoad(cap: nil), promptTokens: 300, outputTokens: 293.2, engine: .vllm),
        3_063, heldOut: true, tolerance: (0.15, 0),
        mlperf41 + " closed/AMD 1xMI300X_2xEPYC-9374F llama2-70b-99 Offline (vLLM)" + orca),
      row(
        "MT-9", "Llama-2-70B-chat", "offline, DP8",
        Benchmark(
          model: "llama-2-70b", gpu: "mi300x", precision: .fp8, gpus: 8,
          batch: .maxLoad(cap: nil), promptTokens: 300, outputTokens: 301.7, engine: .vllm),
        27_804, tolerance: (0.15, 0),
        "mlcommons/inference_results_v5.1 @965182b AMD 8xMI300X_2xEPYC_9575F llama2-70b-99 "
          + "Offline (vLLM 0.9.0, ROCm 6.4.1)" + orca),
      row(
        "TR-1", "Llama-3.1-8B-Instruct", "max-load offline",
        Benchmark(
          model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpus: 1,
          batch: .maxLoad(cap: nil), promptTokens: 1000, outputTokens: 1000,
          engine: .tensorRTLLM),
        15_220, tolerance: (0.10, 0), trtllm + " (v1.0, PyTorch backend)"),
      row(
        "TR-2", "Llama-3.1-8B-Instruct", "max-load offline",
        Benchmark(
          model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpus: 1,
          batch: .maxLoad(cap: nil), promptTokens: 128, outputTokens: 2048,
          engine: .tensorRTLLM),
        26_221, tolerance: (0.05, 0), trtllm + " (v1.0, PyTorch backend)"),
      row(
        "TR-4", "Llama-3.3-70B-Instruct", "max-load offline",
        Benchmark(
          model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, tensorParallel: 2, gpus: 2,
          batch: .maxLoad(cap: nil), promptTokens: 1000, outputTokens: 1000,
          engine: .tensorRTLLM),
        4_205, heldOut: true, tolerance: (0.10, 0), trtllm + " (v1.0, PyTorch backend)"),
      row(
        "TR-6", "Llama-3.3-70B-Instruct", "max-load offline",
        Benchmark(
          model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpus: 1,
          batch: .maxLoad(cap: nil), promptTokens: 1000, outputTokens: 1000,
          engine: .tensorRTLLM),
        7_007, tolerance: (0.05, 0), trtllm + " (v1.0, PyTorch backend)"),
      row(
        "TR-9", "Llama-3.1-405B-Instruct", "max-load offline",
        Benchmark(
          model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, tensorParallel: 8, gpus: 8,
          batch: .maxLoad(cap: nil), promptTokens: 128, outputTokens: 2048,
          engine: .tensorRTLLM),
        5_348, tolerance: (0.10, 0), trtllm + " (v1.0, PyTorch backend)"),
      row(
        "TR-13", "Llama-3.3-70B-Instruct", "max-load offline, long prompt",
        Benchmark(
          model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, tensorParallel: 2, gpus: 2,
          batch: .maxLoad(cap: nil), promptTokens: 8192, outputTokens: 1024,
          engine: .tensorRTLLM),
        796.0, tolerance: (0.05, 0),
        "NVIDIA/TensorRT-LLM docs/source/developer-guide/perf-overview.md @03e27c7 (398 tok/s/GPU)"),
      row(
        "ME-1", "Llama-3.1-8B-Instruct", "max_num_seqs 8",
        Benchmark(
          model: "llama-3.1-8b", gpu: "h100-sxm", precision: .bf16, gpus: 1,
          batch: .concurrency(8), promptTokens: 70, outputTokens: 389, engine: .vllm,
          boundary: .gpuBoards),
        1_069.6, watts: 486.4, heldOut: true, tolerance: (0.15, 0.15), mlenergy8B + chat),
      row(
        "ME-2", "Llama-3.1-8B-Instruct", "max_num_seqs 128",
        Benchmark(
          model: "llama-3.1-8b", gpu: "h100-sxm", precision: .bf16, gpus: 1,
          batch: .concurrency(128), promptTokens: 70, outputTokens: 405, engine: .vllm,
          boundary: .gpuBoards),
        7_036.5, watts: 669.2, tolerance: (0.15, 0.20), mlenergy8B + chat),
      row(
        "ME-4", "Llama-3.1-8B-Instruct", "max_num_seqs 64",
        Benchmark(
          model: "llama-3.1-8b", gpu: "b200", precision: .bf16, gpus: 1,
          batch: .concurrency(64), promptTokens: 70, outputTokens: 390, engine: .vllm,
          boundary: .gpuBoards),
        5_589.3, watts: 616.5, fitted: false, tolerance: (0.50, 0.35), mlenergy8B + chat),
      row(
        "ME-7", "Llama-3.1-70B-Instruct", "max_num_seqs 256",
        Benchmark(
          model: "llama-3.1-70b", gpu: "h100-sxm", precision: .bf16, tensorParallel: 4, gpus: 4,
          batch: .concurrency(256), promptTokens: 70, outputTokens: 349, engine: .vllm,
          boundary: .gpuBoards),
        4_915.1, watts: 2_354.3, tolerance: (0.15, 0.15),
        "ml-energy/leaderboard @0cd52da meta-llama__Llama-3.1-70B-Instruct__lm-arena-chat.json"
          + chat),
      row(
        "ME-10", "Llama-3.1-70B-Instruct", "max_num_seqs 2048",
        Benchmark(
          model: "llama-3.1-70b", gpu: "b200", precision: .bf16, tensorParallel: 2, gpus: 2,
          batch: .concurrency(2048), promptTokens: 70, outputTokens: 351, engine: .vllm,
          boundary: .gpuBoards),
        10_107.8, watts: 1_907.1, heldOut: true, tolerance: (0.45, 0.45),
        "ml-energy/leaderboard @0cd52da meta-llama__Llama-3.1-70B-Instruct__lm-arena-chat.json"
          + chat),
      row(
        "ME-11", "Llama-3.1-405B-Instruct-FP8", "max_num_seqs 64",
        Benchmark(
          model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, tensorParallel: 8, gpus: 8,
          batch: .concurrency(64), promptTokens: 70, outputTokens: 360, engine: .vllm,
          boundary: .gpuBoards),
        1_350.2, watts: 4_162.1, tolerance: (0.10, 0.15),
        "ml-energy/leaderboard @0cd52da meta-llama__Llama-3.1-405B-Instruct-FP8__lm-arena-chat.json"
          + chat),
      row(
        "LB-1", "Llama-3-8B", "static batch 64",
        Benchmark(
          model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp16, gpus: 1, batch: .fixed(64),
          promptTokens: 1024, outputTokens: 1024, engine: .vllm, boundary: .firstGPU),
        3_484.4, watts: 455.5, tolerance: (0.05, 0.30),
        argonne + " (vLLM; Llama-3-8B planned as llama-3.1-8b, same shapes)"),
      row(
        "LB-2", "Llama-3-8B", "static batch 64",
        Benchmark(
          model: "llama-3.1-8b", gpu: "a100-sxm-80gb", board: (40, 1.555), precision: .fp16,
          gpus: 1, batch: .fixed(64), promptTokens: 1024, outputTokens: 1024, engine: .vllm,
          boundary: .firstGPU),
        1_812.3, watts: 315.8, tolerance: (0.10, 0.10),
        argonne + " (vLLM; A100 40 GB as on Argonne's Polaris: 40 GB, 1.555 TB/s, A100 datasheet)"),
      row(
        "LB-4", "Llama-3-8B", "static batch 1",
        Benchmark(
          model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp16, gpus: 1, batch: .fixed(1),
          promptTokens: 1024, outputTokens: 1024, engine: .vllm, boundary: .firstGPU),
        126.5, watts: 363.3, heldOut: true, tolerance: (0.15, 0.35), argonne + " (vLLM)"),
      row(
        "SW-1", "Llama-2-70B", "batch 1",
        Benchmark(
          model: "llama-2-70b", gpu: "h100-sxm", precision: .fp16, tensorParallel: 8, gpus: 8,
          batch: .fixed(1), promptTokens: 512, outputTokens: 128, engine: .vllm),
        33.67, fitted: false, tolerance: (0.95, 0),
        "Mutinifni/splitwise-sim @8f99e7d data/perf_model.csv (engine not stated; planned as vLLM)"),
      row(
        "ME-A1", "Llama-3.1-8B-Instruct", "max_num_seqs 16",
        Benchmark(
          model: "llama-3.1-8b", gpu: "h100-sxm", precision: .bf16, gpus: 1,
          batch: .concurrency(16), promptTokens: 70, outputTokens: 404.2, engine: .vllm,
          boundary: .gpuBoards),
        1_953.6, watts: 513.3, tolerance: (0.10, 0.10), mlenergy8B + chat),
      row(
        "ME-A2", "Llama-3.1-8B-Instruct", "max_num_seqs 32",
        Benchmark(
          model: "llama-3.1-8b", gpu: "h100-sxm", precision: .bf16, gpus: 1,
          batch: .concurrency(32), promptTokens: 70, outputTokens: 390.3, engine: .vllm,
          boundary: .gpuBoards),
        3_391.1, watts: 559.7, tolerance: (0.10, 0.05), mlenergy8B + chat),
      row(
        "ME-A3", "Llama-3.1-8B-Instruct", "max_num_seqs 256",
        Benchmark(
          model: "llama-3.1-8b", gpu: "h100-sxm", precision: .bf16, gpus: 1,
          batch: .concurrency(256), promptTokens: 70, outputTokens: 404.2, engine: .vllm,
          boundary: .gpuBoards),
        9_009.6, watts: 690.5, tolerance: (0.10, 0.05), mlenergy8B + chat),
    ] + b200Rows + newHardware

  static func row(
    _ id: String, _ model: String, _ scenario: String, _ benchmark: Benchmark,
    _ tokensPerSecond: Double, watts: Double? = nil, heldOut: Bool = false, fitted: Bool = true,
    tolerance: (Double, Double), _ source: String
  ) -> PublishedMeasurement {
    PublishedMeasurement(
      id: id, model: model, scenario: scenario, benchmark: benchmark,
      tokensPerSecond: tokensPerSecond, watts: watts, heldOut: heldOut,
      fitted: fitted && !heldOut, throughputTolerance: tolerance.0,
      energyTolerance: tolerance.1, source: source)
  }
}
