// ML.ENERGY Leaderboard v3.0 (vLLM 0.11.1, LM-Arena chat prompts, board power summed over the
// GPUs by NVML through Zeus) on B200: the large-model configurations of the same files as
// ME-7, ME-10 and ME-11, at several `max_num_seqs`. They give the B200 power curve the points
// across batch sizes it lacked (one row, ME-4, fitted it before) and the vLLM fit its first
// large-model Blackwell rows. Held out by the rule of the list, chosen before any fit: every
// fourth row of this block from the second (MB-2, MB-6, MB-10).

extension PublishedMeasurements {
  static let mlenergy70B =
    "ml-energy/leaderboard @0cd52da public/data/models/meta-llama__Llama-3.1-70B-Instruct__lm-arena-chat.json"
  static let mlenergy33 =
    "ml-energy/leaderboard @0cd52da public/data/models/meta-llama__Llama-3.3-70B-Instruct__lm-arena-chat.json"
  static let mlenergy405 =
    "ml-energy/leaderboard @0cd52da public/data/models/meta-llama__Llama-3.1-405B-Instruct-FP8__lm-arena-chat.json"

  /// One ML.ENERGY B200 configuration: `seqs` = max_num_seqs; `output` = avg_output_len;
  /// throughput and watts as published.
  static func b200Row(
    _ id: String, model: String, catalogModel: String, precision: Precision, tp: Int,
    seqs: Int, output: Double, tokensPerSecond: Double, watts: Double, heldOut: Bool = false,
    source: String
  ) -> PublishedMeasurement {
    row(
      id, model, "max_num_seqs \(seqs)",
      Benchmark(
        model: catalogModel, gpu: "b200", precision: precision, tensorParallel: tp, gpus: tp,
        batch: .concurrency(seqs), promptTokens: 70, outputTokens: output, engine: .vllm,
        boundary: .gpuBoards),
      tokensPerSecond, watts: watts, heldOut: heldOut, tolerance: (0.40, 0.40), source + chat)
  }

  /// Llama 3.1 70B and 3.3 70B (bf16, TP2) and 3.1 405B FP8 (TP4) on B200.
  static let b200Rows: [PublishedMeasurement] = [
    b200Row(
      "MB-1", model: "Llama-3.1-70B-Instruct", catalogModel: "llama-3.1-70b", precision: .bf16,
      tp: 2, seqs: 8, output: 352.0, tokensPerSecond: 475.7, watts: 1_698.0, source: mlenergy70B),
    b200Row(
      "MB-2", model: "Llama-3.1-70B-Instruct", catalogModel: "llama-3.1-70b", precision: .bf16,
      tp: 2, seqs: 32, output: 346.2, tokensPerSecond: 1_589.6, watts: 1_735.0, heldOut: true,
      source: mlenergy70B),
    b200Row(
      "MB-3", model: "Llama-3.1-70B-Instruct", catalogModel: "llama-3.1-70b", precision: .bf16,
      tp: 2, seqs: 128, output: 352.8, tokensPerSecond: 3_977.5, watts: 1_913.1,
      source: mlenergy70B),
    b200Row(
      "MB-4", model: "Llama-3.1-70B-Instruct", catalogModel: "llama-3.1-70b", precision: .bf16,
      tp: 2, seqs: 512, output: 351.7, tokensPerSecond: 7_134.0, watts: 1_931.8,
      source: mlenergy70B),
    b200Row(
      "MB-5", model: "Llama-3.1-70B-Instruct", catalogModel: "llama-3.1-70b", precision: .bf16,
      tp: 2, seqs: 1024, output: 350.7, tokensPerSecond: 8_551.4, watts: 1_938.4,
      source: mlenergy70B),
    b200Row(
      "MB-6", model: "Llama-3.3-70B-Instruct", catalogModel: "llama-3.3-70b", precision: .bf16,
      tp: 2, seqs: 16, output: 405.6, tokensPerSecond: 908.4, watts: 1_745.5, heldOut: true,
      source: mlenergy33),
    b200Row(
      "MB-7", model: "Llama-3.3-70B-Instruct", catalogModel: "llama-3.3-70b", precision: .bf16,
      tp: 2, seqs: 64, output: 415.2, tokensPerSecond: 2_655.3, watts: 1_815.1,
      source: mlenergy33),
    b200Row(
      "MB-8", model: "Llama-3.3-70B-Instruct", catalogModel: "llama-3.3-70b", precision: .bf16,
      tp: 2, seqs: 256, output: 410.3, tokensPerSecond: 5_515.2, watts: 1_942.2,
      source: mlenergy33),
    b200Row(
      "MB-9", model: "Llama-3.1-405B-Instruct-FP8", catalogModel: "llama-3.1-405b",
      precision: .fp8, tp: 4, seqs: 8, output: 375.5, tokensPerSecond: 265.8, watts: 3_451.2,
      source: mlenergy405),
    b200Row(
      "MB-10", model: "Llama-3.1-405B-Instruct-FP8", catalogModel: "llama-3.1-405b",
      precision: .fp8, tp: 4, seqs: 32, output: 362.3, tokensPerSecond: 865.4, watts: 3_544.4,
      heldOut: true, source: mlenergy405),
    b200Row(
      "MB-11", model: "Llama-3.1-405B-Instruct-FP8", catalogModel: "llama-3.1-405b",
      precision: .fp8, tp: 4, seqs: 128, output: 368.6, tokensPerSecond: 2_170.3,
      watts: 3_849.8, source: mlenergy405),
    b200Row(
      "MB-12", model: "Llama-3.1-405B-Instruct-FP8", catalogModel: "llama-3.1-405b",
      precision: .fp8, tp: 4, seqs: 512, output: 379.6, tokensPerSecond: 3_386.3,
      watts: 3_883.1, source: mlenergy405),
  ]
}
