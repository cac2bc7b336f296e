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
  /// from the second: MP-11, MT-8, TR-4, ME-1, ME-10, LB-4.
  @Test func heldOutRowsAreTheChosenOnes() {
    let held = PublishedMeasurements.all.filter(\.heldOut).map(\.id)
    #expect(held == ["MP-11", "MT-8", "TR-4", "ME-1", "ME-10", "LB-4"])
    #expect(PublishedMeasurements.all.filter { $0.heldOut && $0.fitted }.isEmpty)
  }

  /// The required bounds on rows kept out of fitting: median |error| ≤ 20 % for throughput and
  /// ≤ 25 % for energy per token; and the P90 the docs state.
  @Test func heldOutMediansWithinBounds() {
    let held = Self.table.summary { $0.heldOut }
    #expect(held.throughput.count == 6)
    #expect(held.energy.count == 4)
    #expect(held.throughput.median <= 0.20)
    #expect(held.energy.median <= 0.25)
    #expect(held.throughput.p90 <= 0.45)
    #expect(held.energy.p90 <= 0.35)
    let all = Self.table.summary { _ in true }
    #expect(all.throughput.median <= 0.10)
    #expect(all.energy.median <= 0.20)
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
