import TestSupport
import Testing

@testable import PlannerCore

/// Weight bytes, KV bytes and attention flops that the new architectures imply, worked by
/// hand from their published configs.
@Suite struct ModelSizingTests {
  let catalog = Catalog.builtIn

  // MARK: - Precisions

  @Test func blockScaledFormatsCountTheirScales() {
    // MXFP4: 32 values of 4 bits + one 8-bit scale = 136 bits / 32 = 4.25 bits = 0.53125 B.
    #expect(Precision.mxfp4.bytesPerValue == 0.53125)
    // NVFP4: 16 values of 4 bits + one 8-bit FP8 scale = 72 bits / 16 = 4.5 bits = 0.5625 B.
    #expect(Precision.nvfp4.bytesPerValue == 0.5625)
    #expect(Precision.fp4.bytesPerValue == 0.5)
  }

  @Test func blockScaledFormatsRunAtTheFP4Rate() throws {
    let b200 = try #require(catalog.gpu("b200"))
    let h100 = try #require(catalog.gpu("h100-sxm"))
    // HGX B200: 9,000 dense FP4 TFLOPS; the H100 has no FP4 tensor rate.
    #expect(b200.denseTFLOPS.rate(for: .mxfp4) == 9000)
    #expect(b200.denseTFLOPS.rate(for: .nvfp4) == 9000)
    #expect(h100.denseTFLOPS.rate(for: .mxfp4) == nil)
  }

  // MARK: - Latent attention

  @Test func deepSeekV3LatentKVBytesPerToken() throws {
    let v3 = try #require(catalog.model("deepseek-v3"))
    // (kv_lora_rank 512 + qk_rope_head_dim 64) × 61 layers × 1 byte (fp8) = 35,136 B.
    #expect(v3.kvBytesPerToken(.fp8) == 35_136)
    // At bf16: 576 × 61 × 2 = 70,272 B.
    #expect(v3.kvBytesPerToken(.bf16) == 70_272)
    // Full multi-head K and V would be 2 × 61 × 128 heads × 128 × 1 = 1,998,848 B at fp8,
    // 56.9 times as much.
    #expect((1_998_848 / v3.kvBytesPerToken(.fp8)).isClose(to: 56.9, tolerance: 0.05))
  }

  @Test func deepSeekV3LatentAttentionFlops() throws {
    let v3 = try #require(catalog.model("deepseek-v3"))
    // Decode, absorbed: 2 × 61 × 128 × (QK 512 + 64, AV 512) = 2 × 61 × 128 × 1,088
    // = 16,990,208 flops per context token.
    #expect(v3.decodeAttentionFlopsPerContextToken == 16_990_208)
    // Prefill, expanded: 2 × 61 × 128 × (QK 128 + 64, AV 128) = 2 × 61 × 128 × 320
    // = 4,997,120 flops per context token.
    #expect(v3.prefillAttentionFlopsPerContextToken == 4_997_120)
  }

  @Test func groupedQueryAttentionIsUnchanged() throws {
    let llama = try #require(catalog.model("llama-3.1-70b"))
    // 2 × 80 × 8 × 128 × 2 B = 327,680 B; attention 4 × 80 × 64 × 128 = 2,621,440 flops.
    #expect(llama.kvBytesPerToken(.fp16) == 327_680)
    #expect(llama.decodeAttentionFlopsPerContextToken == 2_621_440)
    #expect(llama.prefillAttentionFlopsPerContextToken == 2_621_440)
  }

  // MARK: - Mixed weight precisions

  @Test func gptOSS120BWeightsInMXFP4AndBF16() throws {
    let model = try #require(catalog.model("gpt-oss-120b"))
    // Experts: 36 layers × 128 × (2 × 2880 × 2880 + 2 × 2880 gate/up + 2880 × 2880 + 2880
    // down) = 36 × 128 × 24,891,840 = 114.702 B parameters × 0.53125 B = 60.935 GB.
    #expect(model.routedExpertParametersB == 114.702)
    let experts = model.routedExpertParametersB * 1e9 * Precision.mxfp4.bytesPerValue
    #expect((experts / 1e9).isClose(to: 60.935, tolerance: 0.001))
    // The rest: 116.829 − 114.702 = 2.127 B (attention 0.956 B, embeddings 2 × 201,088 ×
    // 2880 = 1.158 B, routers and norms) × 2 B (bf16) = 4.254 GB.
    #expect((model.denseParametersB * 2).isClose(to: 4.254, tolerance: 0.001))
    // Together 65.19 GB; OpenAI's checkpoint is 60.8 GiB = 65.28 GB.
    let total = model.weightBytes(precision: .bf16, expertPrecision: .mxfp4)
    #expect((total / 1e9).isClose(to: 65.189, tolerance: 0.001))
    #expect((total / (60.8 * 1_073_741_824) - 1).magnitude < 0.002)
  }

  @Test func deploymentTakesTheCheckpointsExpertFormat() throws {
    let model = try #require(catalog.model("gpt-oss-120b"))
    let gpu = try #require(catalog.gpu("h100-sxm"))
    let system = try #require(catalog.system("dgx-h100"))
    var deployment = Deployment(
      name: "oss", model: model, system: system, gpu: gpu, weightPrecision: .bf16,
      kvPrecision: .bf16, tensorParallel: 1, slo: ServiceLevel(), engine: .default)
    // bf16 attention and embeddings, MXFP4 experts as published: 65.19 GB.
    #expect(deployment.expertWeightPrecision == .mxfp4)
    #expect((deployment.weightBytes / 1e9).isClose(to: 65.189, tolerance: 0.001))
    // The deployment may re-quantise the experts: 114.702 × 1 + 2.127 × 2 = 118.956 GB at fp8.
    deployment.expertPrecision = .fp8
    #expect((deployment.weightBytes / 1e9).isClose(to: 118.956, tolerance: 0.001))
  }

  // MARK: - Active parameters

  @Test func llama4ScoutActiveParameters() throws {
    let scout = try #require(catalog.model("llama-4-scout"))
    // Per layer: attention 5120 × 5120 (q) + 2 × 5120 × 1024 (k, v) + 5120 × 5120 (o)
    // = 62,914,560; shared + 1 routed expert 2 × 3 × 5120 × 8192 = 251,658,240; router
    // 5120 × 16 = 81,920; norms 2 × 5120 = 10,240: 314,664,960 × 48 = 15,103,918,080.
    // Embeddings 2 × 202,048 × 5120 = 2,068,971,520; final norm 5120: 17.173 B.
    #expect(scout.activeParametersB.isClose(to: 17.173, tolerance: 0.005))
    // The routed experts not taken: P − A = R (1 − k/E): 107.77 − 17.17 = 96.637 × 15/16.
    let derived = (scout.parametersB - scout.activeParametersB) / (1 - 1.0 / 16)
    #expect(derived.isClose(to: scout.routedExpertParametersB, tolerance: 0.01))
  }

  @Test func qwen3MoEActiveParameters() throws {
    let qwen = try #require(catalog.model("qwen3-235b-a22b"))
    // Per layer: attention 4096 × 8192 (q) + 2 × 4096 × 512 (k, v) + 8192 × 4096 (o)
    // + 2 × 128 (q/k norms) = 71,303,424; 8 experts × 3 × 4096 × 1536 = 150,994,944; router
    // 4096 × 128 = 524,288; norms 8192: 222,830,848 × 94 = 20,946,099,712. Embeddings
    // 2 × 151,936 × 4096 = 1,244,659,712; final norm 4096: 22.191 B ("A22B").
    #expect(qwen.activeParametersB.isClose(to: 22.191, tolerance: 0.001))
    // Compute per token: 2 × 22.191 B = 44.4 GFLOP against 470.2 GFLOP for all 235.09 B.
    #expect((2 * qwen.activeParametersB).isClose(to: 44.38, tolerance: 0.01))
  }

  @Test func moeTotalsAgreeWithTheirExpertCounts() {
    // P − A = R (1 − k/E) for every mixture: the stored figures are one consistent set.
    for model in catalog.models where model.experts > 1 && model.expertParametersB != nil {
      let share = Double(model.expertsPerToken) / Double(model.experts)
      let unused = model.routedExpertParametersB * (1 - share)
      let gap = (model.parametersB - model.activeParametersB - unused) / model.parametersB
      #expect(gap.magnitude < 0.001, "'\(model.id)': \(gap)")
    }
  }
}
