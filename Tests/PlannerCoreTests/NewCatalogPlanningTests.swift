import TestSupport
import Testing

@testable import PlannerCore

/// Every model added with the 2025–2026 catalog planned end to end, from scenario text to
/// report, on one of the GPUs added with it; the weights a GPU holds worked by hand.
@Suite struct NewCatalogPlanningTests {
  struct Case: Sendable, CustomStringConvertible {
    var model: String
    var system: String
    var precision: String
    var tensorParallel: Int
    /// Weights on each GPU, in GB, worked by hand in `cases`.
    var weightsGBPerGPU: Double
    var description: String { "\(model) on \(system)" }
  }

  static let cases: [Case] = [
    // 671.026 B × 1 B (fp8) / 4 GPUs = 167.757 GB.
    Case(
      model: "deepseek-v3", system: "gb300-nvl72", precision: "fp8", tensorParallel: 4,
      weightsGBPerGPU: 167.757),
    // The same weights over 8 MI355X: 83.878 GB.
    Case(
      model: "deepseek-r1", system: "mi355x-8", precision: "fp8", tensorParallel: 8,
      weightsGBPerGPU: 83.878),
    // 116.829 − 114.702 = 2.127 B × 2 B + 114.702 B × 0.53125 B (MXFP4 experts) = 65.189 GB.
    Case(
      model: "gpt-oss-120b", system: "mi355x-8", precision: "bf16", tensorParallel: 1,
      weightsGBPerGPU: 65.189),
    // 1.797 B × 2 + 19.117 B × 0.53125 = 3.594 + 10.156 = 13.750 GB.
    Case(
      model: "gpt-oss-20b", system: "hgx-h20", precision: "bf16", tensorParallel: 1,
      weightsGBPerGPU: 13.750),
    // 107.77 B × 2 B / 2 GPUs of one 2-way bridge = 107.77 GB.
    Case(
      model: "llama-4-scout", system: "pcie-h200-nvl-8x2", precision: "bf16",
      tensorParallel: 2, weightsGBPerGPU: 107.77),
    // 400.71 B × 1 B / 4 = 100.178 GB.
    Case(
      model: "llama-4-maverick", system: "mi325x-8", precision: "fp8", tensorParallel: 4,
      weightsGBPerGPU: 100.178),
    // 235.094 B × 1 B / 2 = 117.547 GB.
    Case(
      model: "qwen3-235b-a22b", system: "hgx-b300", precision: "fp8", tensorParallel: 2,
      weightsGBPerGPU: 117.547),
    // 32.762 B × 2 B = 65.524 GB on one H20 (86.4 GB usable at 0.90).
    Case(
      model: "qwen3-32b", system: "hgx-h20", precision: "bf16", tensorParallel: 1,
      weightsGBPerGPU: 65.524),
    // 6.053 B × 2 B = 12.106 GB.
    Case(
      model: "gpt-j-6b", system: "pcie-h200-nvl-8", precision: "bf16", tensorParallel: 1,
      weightsGBPerGPU: 12.106),
  ]

  /// One surface of 20 requests/s (1,000 prompt, 200 output tokens) on one deployment, at a
  /// site with a liquid loop and room for everything.
  static func scenario(_ c: Case) -> String {
    """
    {
      "schemaVersion": 1, "name": "new-catalog",
      "traffic": { "profile": "flat", "surfaces": [
        { "name": "chat", "requestsPerSecond": 20, "promptTokens": 1000, "outputTokens": 200,
          "pipeline": "chat", "route": "serve" } ] },
      "pipelines": [ { "name": "chat", "stages": [ { "stage": "generate" } ] } ],
      "deployments": [ { "name": "serve", "model": "\(c.model)", "system": "\(c.system)",
        "precision": "\(c.precision)", "tensorParallel": \(c.tensorParallel),
        "slo": { "ttftP95Ms": 5000, "tpotMs": 200 } } ],
      "fleet": { "networkKWPerRack": 0 },
      "site": {
        "rackLimitKW": 200, "pdu": { "volts": 415, "amps": 250 },
        "cooling": { "units": 2, "unitKW": 10000, "redundancy": "n+1" },
        "liquidCooling": { "units": 2, "unitKW": 10000 },
        "overhead": { "pue": 1.3 }, "utilityKW": 100000
      }
    }
    """
  }

  @Test(arguments: cases) func plansEndToEnd(_ c: Case) throws {
    let scenario = try ScenarioLoader.load(Array(Self.scenario(c).utf8)).scenario
    let report = try Planner.plan(scenario)
    let d = try #require(report.deployments.first)
    #expect(d.weightsGBPerGPU.isClose(to: c.weightsGBPerGPU, tolerance: 0.002), "\(c)")
    #expect(d.replicas >= 1 && d.gpus == d.replicas * c.tensorParallel, "\(c)")
    #expect(d.tpotMs.isFinite && d.tpotMs > 0 && d.tpotMs <= 200, "\(c)")
    #expect(report.summary.itPeakKW.isFinite && report.summary.itPeakKW > 0, "\(c)")
  }

  /// `c` with `replicas` pinned.
  static func pinned(_ c: Case, replicas: Int) -> String {
    scenario(c).replacingOccurrences(
      of: "\"tensorParallel\": \(c.tensorParallel),",
      with: "\"tensorParallel\": \(c.tensorParallel), \"replicas\": \(replicas),")
  }

  @Test func nvl72DomainGPUsPerReplica() throws {
    let nvl72 = try #require(Catalog.builtIn.system("gb300-nvl72"))
    let gpu = try #require(Catalog.builtIn.gpu(nvl72.gpu))
    // The NVLink domain is the rack: 18 trays × 4 GPUs = 72.
    #expect(try #require(nvl72.fixedNodesPerRack) * nvl72.gpusPerNode == 72)
    #expect(nvl72.nvlinkDomain == 72)
    // DeepSeek-V3 at fp8: 671.026 GB over 288 × 0.90 = 259.2 GB a GPU needs 2.59 → 3 GPUs;
    // a replica fills whole trays or divides one, so 4 GPUs (one tray), 72 / 4 = 18 replicas
    // a domain.
    let usable = gpu.memoryGB * Engine.default.memoryUtilization
    #expect((671.026 / usable).rounded(.up) == 3)
    let tray = Case(
      model: "deepseek-v3", system: "gb300-nvl72", precision: "fp8", tensorParallel: 4,
      weightsGBPerGPU: 167.757)
    let perTray = try Planner.plan(
      ScenarioLoader.load(Array(Self.pinned(tray, replicas: 18).utf8)).scenario)
    #expect(perTray.deployments[0].nodes == 18 && perTray.summary.racks == 1)
    // One replica over the whole domain, TP 72: 18 trays, one rack, 671.026 / 72 = 9.320 GB
    // of weights a GPU.
    var whole = tray
    whole.tensorParallel = 72
    let domain = try Planner.plan(
      ScenarioLoader.load(Array(Self.pinned(whole, replicas: 1).utf8)).scenario)
    let d = domain.deployments[0]
    #expect(d.gpus == 72 && d.nodes == 18 && domain.summary.racks == 1)
    #expect(d.weightsGBPerGPU.isClose(to: 9.320, tolerance: 0.001))
  }

  /// H200 NVL bridges: 4 GPUs share NVLink on `pcie-h200-nvl-8`, pairs on `-8x2`; a larger
  /// tensor-parallel group falls back to the network figure.
  @Test func h200NVLBridgesBoundTheNVLinkGroup() throws {
    let catalog = Catalog.builtIn
    #expect(try #require(catalog.system("pcie-h200-nvl-8")).nvlinkDomain == 4)
    #expect(try #require(catalog.system("pcie-h200-nvl-8x2")).nvlinkDomain == 2)
    let gpu = try #require(catalog.gpu("h200-nvl"))
    let model = try #require(catalog.model("llama-3.1-70b"))
    func bandwidth(_ system: String, tp: Int) throws -> Double {
      let deployment = Deployment(
        name: "d", model: model, system: try #require(catalog.system(system)), gpu: gpu,
        weightPrecision: .fp8, kvPrecision: .fp8, tensorParallel: tp, slo: ServiceLevel(),
        engine: .default)
      return Roofline(deployment).groupBandwidth(gpus: tp)
    }
    // Inside a 4-way bridge: 450 GB/s × the vLLM interconnect efficiency (calibrated 0.4).
    let efficiency = Engine.default.interconnectEfficiency
    #expect(try bandwidth("pcie-h200-nvl-8", tp: 4) == 450e9 * efficiency)
    // Four GPUs over 2-way bridges leave NVLink: the network's 50 GB/s a GPU.
    #expect(try bandwidth("pcie-h200-nvl-8x2", tp: 4) == 50e9 * efficiency)
  }

  @Test func everyNewModelIsPlannedOnANewGPU() throws {
    let newModels = [
      "deepseek-r1", "deepseek-v3", "gpt-j-6b", "gpt-oss-120b", "gpt-oss-20b",
      "llama-4-maverick", "llama-4-scout", "qwen3-235b-a22b", "qwen3-32b",
    ]
    let newGPUs = ["b300", "gb300", "h20", "h200-nvl", "mi325x", "mi355x"]
    #expect(Self.cases.map(\.model).sorted() == newModels)
    for c in Self.cases {
      let system = try #require(Catalog.builtIn.system(c.system))
      #expect(newGPUs.contains(system.gpu), "\(c)")
    }
  }
}
