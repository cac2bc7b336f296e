import Foundation
import TestSupport
import Testing

@testable import PlannerCore

@Suite struct ValidationTests {
  static let table = ValidationTable()

  /// Every published row is estimated (no row refused for memory) and stays inside the
  /// tolerance docs/validation.md claims for it.
  @Test(arguments: PublishedMeasurements.all.map(\.id))
  func rowWithinItsTolerance(id: String) throws {
    let row = try #require(Self.table.rows.first { $0.measurement.id == id })
    #expect(abs(row.throughputError) <= row.measurement.throughputTolerance)
    if let energy = row.energyError {
      #expect(abs(energy) <= row.measurement.energyTolerance)
    }
  }

  @Test func everyRowIsEstimated() {
    #expect(Self.table.rows.count == PublishedMeasurements.all.count)
    #expect(PublishedMeasurements.all.count >= 23)
  }

  /// The held-out rows, chosen before fitting as every fourth row of the measurements list
  /// from the second (MP-11, MT-8, TR-4, ME-1, ME-10, LB-4) and of the B200 block from its
  /// second (MB-2, MB-6, MB-10).
  @Test func heldOutRowsAreTheChosenOnes() {
    let held = PublishedMeasurements.all.filter(\.heldOut).map(\.id)
    #expect(held == ["MP-11", "MT-8", "TR-4", "ME-1", "ME-10", "LB-4", "MB-2", "MB-6", "MB-10"])
    #expect(PublishedMeasurements.all.filter { $0.heldOut && $0.fitted }.isEmpty)
  }

  /// The target on rows not used for fitting (held out, and every fitted row estimated by the
  /// fit without it): throughput MdAPE ≤ 15 % with P90 ≤ 40 %, J per token MdAPE ≤ 20 %.
  @Test func outOfSampleErrorsMeetTheTarget() {
    let group = ValidationTable.groups[3]
    #expect(group.name.hasPrefix("not used for fitting"))
    let s = Self.table.summary(outOfSample: true, group.include)
    #expect(s.throughput.count == 36 && s.energy.count == 25)
    #expect(s.throughput.median <= 0.15)
    #expect(s.throughput.p90 <= 0.40)
    #expect(s.energy.median <= 0.20)
    // The held-out rows alone, and board and wall watts, which miss least.
    let held = Self.table.summary { $0.heldOut }
    #expect(held.throughput.median <= 0.15 && held.energy.median <= 0.20)
    #expect(s.watts.median <= 0.10)
  }

  /// The calibrated engine factors are the fit's: refitting each kind on its fitting rows from
  /// its calibrated factors moves none of them (a fixed point of the coordinate descent).
  @Test(arguments: Engine.Kind.allCases)
  func calibratedFactorsAreTheFit(kind: Engine.Kind) {
    let start = EngineFactors.calibrated(kind)
    #expect(EngineFit.fit(EngineFit.fittingRows(kind), from: start) == start)
  }

  /// vLLM's 4-bit share is modelled: its 8-bit share × TensorRT-LLM's 4-bit / 8-bit ratio.
  @Test func vllmFourBitIsModelled() {
    let vllm = EngineFactors.calibrated(.vllm).tensor
    let trt = EngineFactors.calibrated(.tensorRTLLM).tensor
    #expect(abs(vllm[2] - vllm[1] * trt[2] / trt[1]) < 0.005)
  }

  /// The B200 power curve is the fit's on the nine B200 rows with board power that take part in
  /// the fit (MB-1 … MB-12 less the held-out ones), and it holds each within 4 %.
  @Test func b200PowerCurveIsTheFit() throws {
    let rows = PowerCurveFit.fittingRows("b200")
    #expect(
      rows.map(\.id) == ["MB-1", "MB-3", "MB-4", "MB-5", "MB-7", "MB-8", "MB-9", "MB-11", "MB-12"])
    let curve = try #require(Catalog.builtIn.gpu("b200")).powerCurve
    // The fit from the catalog's curve stays there (to the scale's grid, 2^(19/4) = 26.909).
    let fitted = PowerCurveFit.fit(rows, from: curve)
    #expect(abs(fitted.decodeFloor - curve.decodeFloor) < 1e-9)
    #expect(abs(fitted.decodeBatchScale / curve.decodeBatchScale - 1) < 1e-3)
    #expect(abs(fitted.decodeBatchExponent - curve.decodeBatchExponent) < 1e-9)
    #expect(abs(fitted.decodeCeiling - curve.decodeCeiling) < 1e-9)
    for row in rows {
      let estimated = try #require(PowerCurveFit.estimatedGPUWatts(row, curve: curve))
      #expect(abs(estimated / PowerCurveFit.measuredGPUWatts(row) - 1) < 0.04, "\(row.id)")
    }
  }

  /// ME-10 (ML.ENERGY v3.0): vLLM 0.11.1 ran Llama 3.1 70B bf16 on 2 × B200 at max_num_seqs
  /// 2,048 and held 2,041.9 sequences on average. The cache: 2 × 180 GB × 0.9 − 141.1 GB of
  /// weights = 182.9 GB at 327,680 B a token, 558,166.5 tokens. Charging each chat request
  /// its final 70 + 351 tokens fitted ⌊558,166.5 / 421⌋ = 1,325 sequences, 35 % below what the
  /// engine ran. Paged, a sequence holds 70 + 351 / 2 = 245.5 tokens on average, σ = 226.6
  /// (geometric outputs): 2,202 fit at the 95th percentile, so the engine's 2,048 is planned.
  @Test func aPublishedBatchAboveTheOldMemoryRulePlansAtThatBatch() throws {
    let row = try #require(Self.table.rows.first { $0.measurement.id == "ME-10" })
    #expect(row.estimate.batch == 2048)
    let m = row.measurement.benchmark
    var deployment = try #require(m.deployment())
    #expect(Int(Roofline(deployment).kvCapacityTokens / (m.promptTokens + m.outputTokens)) == 1325)
    #expect(Roofline(deployment).maxBatchByMemory(m.workload) == 2202)
    // The planner takes the same pin as is, with no preemption warning.
    deployment.pinnedBatch = 2048
    let plan = try ServingPlanner.plan(
      deployment, workload: m.workload.at(rate: 10), path: .root)
    #expect(plan.batch == 2048 && plan.batchLimit == .pinned)
    #expect(Limits.kvMemoryCheck(plan) == nil)
  }

  /// Every new GPU but the H20 and every new model has a row, none of them fitted; their
  /// median |error| is what docs/validation.md §6 states.
  @Test func newHardwareRowsAreHonestAboutTheirMisses() {
    let rows = PublishedMeasurements.newHardware
    #expect(rows.allSatisfy { !$0.fitted && !$0.heldOut })
    let gpus = Set(rows.map(\.benchmark.gpuID))
    for gpu in ["b300", "gb300", "h200-nvl", "mi325x", "mi355x"] { #expect(gpus.contains(gpu)) }
    let models = Set(rows.map(\.benchmark.modelID))
    for model in [
      "deepseek-r1", "deepseek-v3", "gpt-j-6b", "gpt-oss-120b", "gpt-oss-20b", "llama-4-maverick",
      "llama-4-scout", "qwen3-235b-a22b", "qwen3-32b",
    ] { #expect(models.contains(model), "'\(model)'") }
    let summary = Self.table.summary { PublishedMeasurements.isNewHardware($0) }
    #expect(summary.throughput.count == 20 && summary.energy.count == 8)
    #expect(summary.throughput.median <= 0.45)
    #expect(summary.energy.median <= 0.35)
  }

  /// The MI355X power-cap pair (NV-3 uncapped, NV-4 at 1,000 W) measures 81,870.5 / 97,535.1
  /// = 0.839 of the throughput; the power-cap model, fitted on H200 (MT-4/MP-2), gives the
  /// same ratio within 3 %.
  @Test func mi355xPowerCapRatio() throws {
    let uncapped = try #require(Self.table.rows.first { $0.measurement.id == "NV-3" })
    let capped = try #require(Self.table.rows.first { $0.measurement.id == "NV-4" })
    let ratio = capped.estimate.tokensPerSecond / uncapped.estimate.tokensPerSecond
    #expect(abs(ratio / 0.839 - 1) < 0.03)
  }

  /// Watts are the easy part: J per token of the power rows misses mostly by throughput.
  @Test func mlperfWallRowUsesTheNodeModel() throws {
    let row = try #require(Self.table.rows.first { $0.measurement.id == "MP-2" })
    // At the 500 W cap the boards draw activity (500 − 75) / (700 − 75) = 0.68 of their range
    // and the host with them: (8 × 500 W + 1,700 + 100 × 0.68) / 0.94 = 6,136.2 W.
    let watts = try #require(row.estimate.watts)
    #expect(watts.isClose(to: 6_136.2, tolerance: 0.1))
    #expect(row.estimate.gpuWatts == 500)
  }

  /// docs/validation.md carries the table between its markers; `CAPPLAN_UPDATE_GOLDEN=1`
  /// rewrites it.
  @Test func docsCarryTheCurrentTable() throws {
    let url = Repository.root.appendingPathComponent("docs/validation.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let begin = "<!-- table:begin -->\n"
    let end = "<!-- table:end -->"
    let start = try #require(text.range(of: begin))
    let stop = try #require(text.range(of: end))
    let committed = String(text[start.upperBound..<stop.lowerBound])
    let current = Self.table.markdown
    if Golden.updating && committed != current {
      let updated = String(text[..<start.upperBound]) + current + String(text[stop.lowerBound...])
      try Data(updated.utf8).write(to: url)
      return
    }
    #expect(committed == current)
  }
}
