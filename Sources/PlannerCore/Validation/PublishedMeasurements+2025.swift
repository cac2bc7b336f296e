// Published measurements of the 2025–2026 GPUs and models, kept out of every fit (role "not
// fitted"): they test the catalog entries and the calibrated engines on hardware and
// architectures the fits never saw. docs/validation.md §6 lists what each one assumes.
//
// Mean prompt lengths not published: OpenOrca 300 tokens (as for the older MLPerf rows);
// the MLPerf DeepSeek-R1 and gpt-oss-120b sets and GPQA (ML.ENERGY) 1,000 tokens, assumed
// (neither prompt mean is stated in the results; their outputs of 1,300–11,600 tokens
// dominate); LM-Arena chat 70 (LMSYS-Chat-1M). Output means are the submissions' own
// (TOKENS_PER_SAMPLE, or tokens ÷ samples per second in the run's log summary).

extension PublishedMeasurements {
  static let mlperf51 =
    "mlcommons/inference_results_v5.1 (copy ntuhpc @387c3dd) summary_results.json"
  static let mlperf60 = "mlcommons/inference_results_v6.0 (copy gbeezybez @232fbf9)"
  static let mlenergy = "ml-energy/leaderboard @0cd52da public/data/models/"
  static let assumed1k = "; prompt mean 1,000 assumed"

  /// Rows on the GPUs and models added with the 2025–2026 catalog.
  static let newHardware: [PublishedMeasurement] = gpuRows + modelRows

  /// Whether `measurement` is one of `newHardware`.
  public static func isNewHardware(_ measurement: PublishedMeasurement) -> Bool {
    newHardware.contains { $0.id == measurement.id }
  }

  /// One row or more for each new GPU but the H20 (no public MLPerf or ML.ENERGY result).
  static let gpuRows: [PublishedMeasurement] = [
    newRow(
      "NV-1", "Llama-2-70B-chat", "offline, DP8",
      Benchmark(
        model: "llama-2-70b", gpu: "mi325x", precision: .fp8, gpus: 8,
        batch: .maxLoad(cap: nil), promptTokens: 300, outputTokens: 300.5, engine: .vllm),
      34_520.4, tolerance: (0.30, 0),
      mlperf51 + " 5.1-0002 AMD 8xMI325X_2xEPYC_9575F_1 llama2-70b-99 Offline (vLLM 0.9.0)" + orca),
    newRow(
      "NV-2", "Llama-2-70B-chat", "offline, DP8, MXFP4",
      Benchmark(
        model: "llama-2-70b", gpu: "mi355x", precision: .mxfp4, kvPrecision: .fp8, gpus: 8,
        batch: .maxLoad(cap: nil), promptTokens: 300, outputTokens: 284.2, engine: .vllm),
      103_480, tolerance: (0.70, 0),
      mlperf60 + " 6.0-0002 AMD 8xMI355X_2xEPYC_9575F llama2-70b-99 Offline (ROCm 7.0)" + orca),
    newRow(
      "NV-3", "Llama-2-70B-chat", "offline, DP8, fp8",
      Benchmark(
        model: "llama-2-70b", gpu: "mi355x", precision: .fp8, gpus: 8,
        batch: .maxLoad(cap: nil), promptTokens: 300, outputTokens: 282.9, engine: .vllm),
      97_535.1, tolerance: (0.65, 0),
      mlperf60 + " 6.0-0032 Dell_MangoBoost 8xMI355X_2xEPYC_9965 llama2-70b-99 Offline" + orca),
    newRow(
      "NV-4", "Llama-2-70B-chat", "offline, DP8, fp8, 1,000 W cap",
      Benchmark(
        model: "llama-2-70b", gpu: "mi355x", precision: .fp8, gpus: 8,
        batch: .maxLoad(cap: nil), promptTokens: 300, outputTokens: 282.9, engine: .vllm,
        powerCapWatts: 1000),
      81_870.5, tolerance: (0.65, 0),
      mlperf60 + " 6.0-0033 Dell_MangoBoost 8xMI355X_2xEPYC_9965_Power_Cap_1000W llama2-70b-99 "
        + "Offline (0.839 of NV-3)" + orca),
    newRow(
      "NV-5", "gpt-oss-120b", "offline, 8 GPUs",
      Benchmark(
        model: "gpt-oss-120b", gpu: "mi355x", precision: .fp8, kvPrecision: .fp8, gpus: 8,
        batch: .maxLoad(cap: nil), promptTokens: 1000, outputTokens: 1373.5, engine: .vllm),
      95_004, tolerance: (0.35, 0),
      mlperf60 + " 6.0-0002 AMD 8xMI355X_2xEPYC_9575F gpt-oss-120b Offline (95,004 tok/s at "
        + "69.17 samples/s)" + assumed1k),
    newRow(
      "NV-6", "Llama-2-70B-chat", "offline, 8 GPUs, NVFP4",
      Benchmark(
        model: "llama-2-70b", gpu: "b300", precision: .nvfp4, kvPrecision: .fp8, gpus: 8,
        batch: .maxLoad(cap: nil), promptTokens: 300, outputTokens: 273.1,
        engine: .tensorRTLLM),
      112_954, tolerance: (0.35, 0),
      mlperf60 + " 6.0-0073 NVIDIA B300-SXM-270GBx8_TRT llama2-70b-99 Offline" + orca),
    newRow(
      "NV-7", "gpt-oss-120b", "offline, 8 GPUs",
      Benchmark(
        model: "gpt-oss-120b", gpu: "b300", precision: .fp8, kvPrecision: .fp8, gpus: 8,
        batch: .maxLoad(cap: 896), promptTokens: 1000, outputTokens: 1309.4,
        engine: .tensorRTLLM),
      103_961, tolerance: (1.90, 0),
      mlperf60 + " 6.0-0073 NVIDIA B300-SXM-270GBx8_TRT gpt-oss-120b Offline (79.40 samples/s; "
        + "TP1, batch 896 a GPU: NVIDIA config)" + assumed1k),
    newRow(
      "NV-8", "DeepSeek-R1", "offline, 8 GPUs, NVFP4",
      Benchmark(
        model: "deepseek-r1", gpu: "b300", precision: .nvfp4, kvPrecision: .fp8,
        tensorParallel: 8, gpus: 8, batch: .maxLoad(cap: 1024), promptTokens: 1000,
        outputTokens: 3775.6, engine: .tensorRTLLM),
      70_325.7, tolerance: (0.60, 0),
      mlperf60 + " 6.0-0073 NVIDIA B300-SXM-270GBx8_TRT deepseek-r1 Offline (TP8/EP8, batch "
        + "1,024: NVIDIA config)" + assumed1k),
    newRow(
      "NV-9", "DeepSeek-R1", "offline, NVL72 rack, NVFP4",
      Benchmark(
        model: "deepseek-r1", gpu: "gb300", precision: .nvfp4, kvPrecision: .fp8,
        tensorParallel: 8, gpus: 72, batch: .maxLoad(cap: 1536), promptTokens: 1000,
        outputTokens: 3653.9, engine: .tensorRTLLM),
      420_659, tolerance: (0.30, 0),
      mlperf51 + " 5.1-0072 NVIDIA GB300-NVL72_GB300-288GB_aarch64x72_TRT deepseek-r1 Offline "
        + "(TP8/EP8, batch 1,536: NVIDIA's v6.0 config for the same system)" + assumed1k),
    newRow(
      "NV-10", "gpt-oss-120b", "offline, one GPU",
      Benchmark(
        model: "gpt-oss-120b", gpu: "gb300", precision: .fp8, kvPrecision: .fp8, gpus: 1,
        batch: .maxLoad(cap: 896), promptTokens: 1000, outputTokens: 1307.6,
        engine: .tensorRTLLM),
      15_371.7, tolerance: (1.50, 0),
      mlperf60 + " 6.0-0079 Nebius GB300-NVL72_GB300-288GB_aarch64x1_TRT gpt-oss-120b Offline "
        + "(11.76 samples/s; batch 896: NVIDIA config)" + assumed1k),
    newRow(
      "NV-11", "Llama-2-70B-chat", "offline, 8 GPUs",
      Benchmark(
        model: "llama-2-70b", gpu: "h200-nvl", precision: .fp8, gpus: 8,
        batch: .maxLoad(cap: nil), promptTokens: 300, outputTokens: 292.2,
        engine: .tensorRTLLM),
      31_267.4, tolerance: (0.35, 0),
      mlperf51 + " 5.1-0023 Dell XE7745_H200_NVL_141GBx8_TRT llama2-70b-99 Offline" + orca),
  ]
}
