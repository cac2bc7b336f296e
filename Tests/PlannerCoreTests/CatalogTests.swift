import TestSupport
import Testing

@testable import PlannerCore

@Suite struct CatalogTests {
  let catalog = Catalog.builtIn

  // MARK: - Ids

  @Test func idsAreUniqueAndSorted() {
    for ids in [catalog.gpus.map(\.id), catalog.systems.map(\.id), catalog.models.map(\.id)] {
      #expect(Set(ids).count == ids.count, "duplicate id in \(ids)")
      #expect(ids == ids.sorted(), "ids not sorted: \(ids)")
    }
  }

  @Test func requiredIdsArePresent() {
    let gpus = [
      "a100-sxm-80gb", "h100-sxm", "h100-pcie", "h200-sxm", "b200", "gb200", "l40s", "l4",
      "mi300x", "mi325x", "mi355x", "b300", "gb300", "h200-nvl", "h20",
    ]
    let systems = [
      "dgx-a100", "dgx-h100", "hgx-h100", "dgx-h200", "dgx-b200", "gb200-nvl72", "pcie-h100-8",
      "pcie-l40s-8", "pcie-l4-8", "mi300x-8", "mi325x-8", "mi355x-8", "hgx-b300", "gb300-nvl72",
      "pcie-h200-nvl-8", "pcie-h200-nvl-8x2", "hgx-h20",
    ]
    let models = [
      "llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b", "llama-3.3-70b", "llama-2-70b",
      "llama-3.2-3b", "mixtral-8x7b", "llama-guard-3-8b", "bge-large-en-v1.5",
      "bge-reranker-v2-m3", "deepseek-v3", "deepseek-r1", "llama-4-scout", "llama-4-maverick",
      "qwen3-235b-a22b", "qwen3-32b", "gpt-oss-120b", "gpt-oss-20b", "gpt-j-6b",
    ]
    for id in gpus { #expect(catalog.gpu(id) != nil, "missing GPU '\(id)'") }
    for id in systems { #expect(catalog.system(id) != nil, "missing system '\(id)'") }
    for id in models { #expect(catalog.model(id) != nil, "missing model '\(id)'") }
  }

  @Test func everySystemNamesAKnownGPU() {
    for system in catalog.systems {
      #expect(catalog.gpu(system.gpu) != nil, "'\(system.id)' names unknown GPU '\(system.gpu)'")
    }
  }

  // MARK: - GPUs

  @Test func gpuFiguresArePositiveAndFinite() {
    for gpu in catalog.gpus {
      let rates = gpu.denseTFLOPS
      let figures =
        [
          gpu.tdpWatts, gpu.idleWatts, gpu.minPowerLimitWatts, gpu.memoryGB,
          gpu.memoryBandwidthTBps, rates.bf16,
        ] + [rates.fp8, rates.int8, rates.fp4].compactMap { $0 }
      for value in figures { #expect(value.isFinite && value > 0, "'\(gpu.id)': \(value)") }
      #expect(!gpu.source.isEmpty)
    }
  }

  @Test func idleIsBelowTheMinimumLimitWhichIsAtMostTDP() {
    for gpu in catalog.gpus {
      #expect(gpu.idleWatts < gpu.minPowerLimitWatts, "'\(gpu.id)'")
      #expect(gpu.minPowerLimitWatts <= gpu.tdpWatts, "'\(gpu.id)'")
    }
  }

  @Test func fp4IsBlackwellOnly() throws {
    let h100 = try #require(catalog.gpu("h100-sxm"))
    let b200 = try #require(catalog.gpu("b200"))
    #expect(h100.denseTFLOPS.rate(for: .fp4) == nil)
    // HGX B200 datasheet: 18 PFLOPS sparse FP4 per GPU ÷ 2 = 9,000 TFLOPS dense.
    #expect(b200.denseTFLOPS.rate(for: .fp4) == 9000)
  }

  @Test func newGPUsDenseRatesFromTheirDatasheets() throws {
    // H200 NVL datasheet column: FP8 3,341 TFLOPS with sparsity ÷ 2 = 1,670.5 dense.
    #expect(try #require(catalog.gpu("h200-nvl")).denseTFLOPS.fp8 == 1670.5)
    // GB300 NVL72: 1,080 PF dense FP4 over 72 GPUs = 15,000 TFLOPS each.
    #expect(try #require(catalog.gpu("gb300")).denseTFLOPS.fp4 == 1_080_000 / 72)
    // MI355X: 256 CUs × 2.4 GHz × 8,192 FP8 flops a clock = 5,033.2 TFLOPS; MXFP4 twice that.
    let mi355x = try #require(catalog.gpu("mi355x"))
    #expect(mi355x.denseTFLOPS.fp8!.isClose(to: 256 * 2.4e9 * 8192 / 1e12, tolerance: 0.1))
    #expect(mi355x.denseTFLOPS.rate(for: .mxfp4)!.isClose(to: 2 * 5033.2, tolerance: 0.2))
    // CDNA 3 (MI325X) and Hopper (H20, H200 NVL) have no FP4 rate.
    for id in ["mi325x", "h20", "h200-nvl"] {
      #expect(try #require(catalog.gpu(id)).denseTFLOPS.fp4 == nil, "'\(id)'")
    }
  }

  @Test func sparseFiguresWereHalved() throws {
    // H100 SXM datasheet prints 1,979 TFLOPS BF16 with sparsity; dense is 989.4.
    let h100 = try #require(catalog.gpu("h100-sxm"))
    #expect(h100.denseTFLOPS.bf16.isClose(to: 1979 / 2, tolerance: 0.2))
  }

  // MARK: - Systems

  @Test func systemFiguresArePositiveAndFinite() {
    for system in catalog.systems {
      for value in [system.nameplateKW, system.hostIdleWatts, system.hostPeakWatts] {
        #expect(value.isFinite && value > 0, "'\(system.id)': \(value)")
      }
      #expect(system.gpusPerNode > 0 && system.defaultNodesPerRack > 0, "'\(system.id)'")
      #expect(system.psuEfficiency > 0 && system.psuEfficiency <= 1, "'\(system.id)'")
      #expect(system.rackOverheadKW.isFinite && system.rackOverheadKW >= 0, "'\(system.id)'")
      #expect((0...1).contains(system.liquidCooledFraction), "'\(system.id)'")
      #expect(!system.source.isEmpty)
      if let fixed = system.fixedNodesPerRack {
        #expect(fixed == system.defaultNodesPerRack, "'\(system.id)'")
      }
    }
  }

  @Test func hostIdleIsBelowHostPeak() {
    for system in catalog.systems {
      #expect(system.hostIdleWatts < system.hostPeakWatts, "'\(system.id)'")
    }
  }

  @Test func peakWallPowerFitsTheNameplate() throws {
    for system in catalog.systems {
      let gpu = try #require(catalog.gpu(system.gpu))
      let peakDCWatts = Double(system.gpusPerNode) * gpu.tdpWatts + system.hostPeakWatts
      let peakWallKW = peakDCWatts / system.psuEfficiency / 1000
      #expect(peakWallKW <= system.nameplateKW, "'\(system.id)': \(peakWallKW) kW")
    }
  }

  @Test func dgxH100IdleMatchesTheMLPerfIdleReading() throws {
    let dgx = try #require(catalog.system("dgx-h100"))
    let gpu = try #require(catalog.gpu(dgx.gpu))
    // (1,500 W host + 8 × 75 W GPUs) / 0.94 = 2,234 W; MLPerf idle logs read 2.23–2.28 kW.
    let idleWallWatts = (dgx.hostIdleWatts + 8 * gpu.idleWatts) / dgx.psuEfficiency
    #expect(idleWallWatts.isClose(to: 2234, tolerance: 1))
  }

  @Test func gb200IsARackOfEighteenTrays() throws {
    let nvl72 = try #require(catalog.system("gb200-nvl72"))
    #expect(nvl72.fixedNodesPerRack == 18)
    // 18 trays × 4 GPUs = 72 GPUs.
    #expect(18 * nvl72.gpusPerNode == 72)
    #expect(nvl72.rackOverheadKW > 0 && nvl72.liquidCooledFraction > 0)
  }

  // MARK: - Models

  @Test func modelFiguresArePositive() {
    for model in catalog.models {
      #expect(model.parametersB.isFinite && model.parametersB > 0, "'\(model.id)'")
      #expect(model.activeParametersB > 0, "'\(model.id)'")
      #expect(model.activeParametersB <= model.parametersB, "'\(model.id)'")
      let counts = [
        model.layers, model.hiddenSize, model.attentionHeads, model.kvHeads, model.headDim,
        model.experts, model.expertsPerToken, model.maxContextTokens,
      ]
      #expect(counts.allSatisfy { $0 > 0 }, "'\(model.id)': \(counts)")
      #expect(model.expertsPerToken <= model.experts, "'\(model.id)'")
      #expect(model.attentionHeads % model.kvHeads == 0, "'\(model.id)'")
      #expect(!model.source.isEmpty)
    }
  }

  @Test func kvCacheBytesPerTokenFromCatalogFields() throws {
    // KV bytes/token = 2 (K and V) × layers × kvHeads × headDim × bytes per value.
    func kvBytes(_ id: String, _ precision: Precision) throws -> Double {
      let m = try #require(catalog.model(id))
      return 2 * Double(m.layers * m.kvHeads * m.headDim) * precision.bytesPerValue
    }
    // Llama 3.1 70B at fp16: 2 × 80 × 8 × 128 × 2 = 327,680 B.
    #expect(try kvBytes("llama-3.1-70b", .fp16) == 327_680)
    // Llama 3.1 8B at fp16: 2 × 32 × 8 × 128 × 2 = 131,072 B.
    #expect(try kvBytes("llama-3.1-8b", .fp16) == 131_072)
    // Llama 3.1 405B at fp8: 2 × 126 × 8 × 128 × 1 = 258,048 B.
    #expect(try kvBytes("llama-3.1-405b", .fp8) == 258_048)
  }

  @Test func llama70BWeightsAtFP8() throws {
    let model = try #require(catalog.model("llama-3.1-70b"))
    // 70.55 × 10^9 parameters × 1 byte (fp8) = 70.55 GB ≈ 70.6 GB.
    let weightsGB = model.parametersB * Precision.fp8.bytesPerValue
    #expect(weightsGB.isClose(to: 70.6, tolerance: 0.1))
  }

  @Test func headDimTimesHeadsIsHiddenSize() {
    // True of every architecture before 2025 in the built-in list; DeepSeek (latent
    // attention), gpt-oss and Qwen3 set head_dim apart from the hidden size in their configs.
    let decoupled = [
      "deepseek-r1", "deepseek-v3", "gpt-oss-120b", "gpt-oss-20b", "qwen3-235b-a22b", "qwen3-32b",
    ]
    for model in catalog.models where !decoupled.contains(model.id) {
      #expect(model.attentionHeads * model.headDim == model.hiddenSize, "'\(model.id)'")
    }
  }

  @Test func mixtralIsASparseMixture() throws {
    let mixtral = try #require(catalog.model("mixtral-8x7b"))
    #expect(mixtral.experts == 8 && mixtral.expertsPerToken == 2)
    #expect(mixtral.activeParametersB < mixtral.parametersB)
  }
}
