import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// Batches and replicas pinned by the scenario, on the toy site (TestSupport/ToySite.swift).
@Suite struct PinnedServingTests {
  /// 700 requests/s of 1,000 prompt and 100 output tokens straight to `small` (toy-1b).
  static let surfaces = """
    [{ "name": "chat", "requestsPerSecond": 700, "promptTokens": 1000, "outputTokens": 100,
       "pipeline": "chat", "route": "small" }]
    """
  static let pipelines = #"[{ "name": "chat", "stages": [{ "stage": "generate" }] }]"#

  func text(_ extra: String, guardExtra: String? = nil) -> String {
    var deployments = [ToySite.deployment("small", model: "toy-1b", extra: extra)]
    if let guardExtra {
      deployments.append(ToySite.deployment("guard", model: "toy-guard", extra: guardExtra))
    }
    return ToySite.text(
      surfaces: Self.surfaces, pipelines: Self.pipelines, deployments: deployments)
  }

  func plan(_ extra: String) throws -> Report {
    try Planner.plan(try ToySite.load(text(extra)))
  }

  func problems(_ text: String) -> [Diagnostic] {
    do {
      _ = try Planner.plan(try ScenarioLoader.load(Array(text.utf8)).scenario)
      return []
    } catch {
      return error.diagnostics
    }
  }

  @Test func aPinnedBatchIsUsedAsIs() throws {
    // Batch 4: step 2 ms + 4 × 1,050 × 4 B / 1e12 = 2.0000168 ms; TPOT = 2.0000168 + (4 / 100)
    // × 2.000002 = 2.0800169 ms. Unpinned the engine's maxBatch, 10, would be chosen.
    let report = try plan(#""batch": 4, "#)
    #expect(report.deployments[0].batch == 4)
    #expect(report.deployments[0].batchLimit == "pinned")
    #expect(report.deployments[0].tpotMs.isClose(to: 2.0800169, tolerance: 1e-6))
    #expect(report.deployments[0].replicasPinned == false)
    #expect(try plan("").deployments[0].batch == 10)
    // The pin replaces the engine's maxBatch (as max_num_seqs does): 20 is used.
    #expect(try plan(#""batch": 20, "#).deployments[0].batch == 20)
  }

  @Test func pinnedReplicasAreUsedAsIs() throws {
    // Chosen: ⌈700 × 0.2200042 s / 0.5 / 10⌉ = ⌈30.80⌉ = 31. Pinned 40: slot utilisation
    // 700 × 0.2200042 / (40 × 10) = 0.385007.
    #expect(try plan("").deployments[0].replicas == 31)
    let report = try plan(#""replicas": 40, "#)
    #expect(report.deployments[0].replicas == 40)
    #expect(report.deployments[0].replicasPinned)
    #expect(report.deployments[0].slotUtilization.isClose(to: 0.385007, tolerance: 1e-6))
    // The toy site has no maintenance margin and no spare key: the one warning says so.
    #expect(report.checks.filter { $0.status != .pass }.map(\.name) == ["spare[small]"])
  }

  @Test func tooFewPinnedReplicasFailTheTTFTChecksWithFiniteFigures() throws {
    // 10 replicas × batch 10 = 100 slots offered 700 × 0.2200042 = 154.0029 Erlangs:
    // ρ = 1.540029. The queue grows for the five-minute peak; a request arriving at its end
    // waits 300 s × 0.540029 = 162.0088 s, + first token (prefill 2.000002 + TPOT 2.200042 ms),
    // + the wait for the replica's prefill: 70 req/s × 2.000002 ms = ρ 0.14 on each replica,
    // 2.000002 × ln(0.14 / 0.05) / (2 × 0.86) = 1.197 ms at p95, × ln(0.14 / 0.01) = 3.069 ms
    // at p99.
    let report = try plan(#""replicas": 10, "slo": { "ttftP95Ms": 1000, "ttftP99Ms": 2000 }, "#)
    let d = report.deployments[0]
    #expect(d.slotUtilization.isClose(to: 1.540029, tolerance: 1e-6))
    #expect(d.queueWaitP95Ms.isClose(to: 162_008.8, tolerance: 0.1))
    #expect(d.ttftP95Ms.isClose(to: 162_008.8 + 4.200044 + 1.197, tolerance: 0.1))
    #expect(d.ttftP99Ms.isClose(to: 162_008.8 + 4.200044 + 3.069, tolerance: 0.1))
    #expect(d.unstable && d.replicasPinned)
    let ttft = report.checks.filter { $0.name.hasPrefix("ttft-") }
    #expect(ttft.map(\.status) == [.fail, .fail])
    #expect(
      ttft.first?.detail
        == "unstable: 1.54 × the slots' capacity (10 replicas × batch 10); the queue grows while the peak lasts, after 5 minutes a request waits 162.0 s"
    )
    #expect(report.summary.status == .fail)
    // JSONEncoder refuses infinities and NaN: encoding proves every figure finite.
    #expect(throws: Never.self) { try JSONEncoder().encode(report) }
  }

  @Test func anOverloadWithoutATTFTObjectiveGetsAQueueCheck() throws {
    let report = try plan(#""replicas": 10, "#)
    let queue = try #require(report.checks.first { $0.name == "queue[small]" })
    // Offered 154.0029 Erlangs against 100 slots.
    #expect(queue.load.isClose(to: 154.0029, tolerance: 1e-3))
    #expect(queue.limit == 100)
    #expect(queue.status == .fail)
    #expect(queue.detail.hasPrefix("unstable: 1.54 × the slots' capacity"))
  }

  @Test func aQueueAtExactlyItsCapacityIsUnstable() {
    // 10 slots, 5 arrivals/s of 2 s each: 10 Erlangs on 10 slots. Erlang C gives an
    // unbounded wait; the overload wait is 300 × (1 − 1) = 0, finite, and the plan is unstable.
    let queue = ErlangC(servers: 10, arrivalsPerSecond: 5, serviceSeconds: 2)
    #expect(queue.waitSeconds(quantile: 0.95) == .infinity)
    #expect(ServingPlan.waitSeconds(queue, quantiles: (0.95, 0.99)) == (0, 0))
  }

  @Test func pinnedReplicasWithoutTrafficIdleAndStayFinite() throws {
    // `spare` is routed nothing and keeps its 3 pinned replicas: 3 nodes at idle, (100 W GPU
    // + 100 W host) / PSU 1 = 600 W, with no requests to time.
    let text = ToySite.text(
      surfaces: Self.surfaces, pipelines: Self.pipelines,
      deployments: [
        ToySite.deployment("small", model: "toy-1b"),
        ToySite.deployment("spare", model: "toy-4b", extra: #""replicas": 3, "#),
      ])
    let report = try Planner.plan(try ToySite.load(text))
    let spare = report.deployments[1]
    #expect(spare.replicas == 3)
    #expect(spare.nodesKW.isClose(to: 0.6, tolerance: 1e-9))
    // With no requests to time, TPOT is the plain decode step at its batch: 8 GB of weights at
    // 1 TB/s = 8 ms.
    #expect(spare.tpotMs.isClose(to: 8, tolerance: 1e-6))
    #expect(throws: Never.self) { try JSONEncoder().encode(report) }
    // Nobody's stage uses it: its 600 W is spread over the stages that draw power, so the
    // chat surface's requests still carry all of IT.
    let chat = report.demand[0]
    #expect(
      (chat.peakRequestsPerSecond * chat.energyPerRequest.totalJ).isClose(
        to: report.power.itKW * 1000, tolerance: 1e-6))
  }

  @Test func aPinnedBatchMustFitMemory() throws {
    // A 2 GB KV cache on a 4 GB toy GPU beside 2 GB of weights holds 2e9 / 4 B = 5e8 tokens; a
    // running sequence holds 1,000 + 100 / 2 = 1,050 on average: 476,190 sequences.
    let text = text(#""batch": 500000, "#).replacingOccurrences(
      of: #""system": "toy-node""#,
      with: #""system": "toy-node", "gpu": { "id": "toy-gpu", "memoryGB": 4 }"#)
    let found = problems(text)
    #expect(found.map(\.path) == ["deployments[0].batch"])
    #expect(
      found.first?.message
        == "batch 500000 does not fit: memory holds the KV cache of 476190 sequences of 1,050 tokens (prompt + half the output) beside the weights"
    )
  }

  @Test func pinsAreChecked() {
    let found = problems(text(#""replicas": 0, "#, guardExtra: #""batch": 8, "#))
    #expect(found.map(\.path) == ["deployments[0].replicas", "deployments[1].batch"])
    #expect(found.first?.message == "0 must be at least 1")
    #expect(
      found.last?.message
        == "'guard' serves toy-guard, a guard model: its batch is the prompts that fit engine.maxBatchTokens"
    )
  }

  @Test func aPinnedBatchTheMeanFitsIsAcceptedWithAWarning() throws {
    // The same 5e8-token cache. Geometric outputs of mean 100 spread the resident context by
    // σ² = 2 × 100² / 3 − 100² / 4 = 4,166.7 (σ = 64.55): the 95th percentile fits 476,120
    // sequences (B × 1,050 + 1.645 × √B × 64.55 ≤ 5e8), the mean 476,190. A pin of 476,150 is
    // planned as pinned; its tail, 476,150 × 1,050 + 1.645 × √476,150 × 64.55 = 500,030,764
    // tokens, exceeds the cache, so a warning says the engine preempts there.
    let text = text(#""batch": 476150, "#).replacingOccurrences(
      of: #""system": "toy-node""#,
      with: #""system": "toy-node", "gpu": { "id": "toy-gpu", "memoryGB": 4 }"#)
    let report = try Planner.plan(try ScenarioLoader.load(Array(text.utf8)).scenario)
    #expect(report.deployments[0].batch == 476_150)
    #expect(report.deployments[0].maxBatchByMemory == 476_120)
    let check = try #require(report.checks.first { $0.name == "kv-memory[small]" })
    #expect(check.status == .warn)
    #expect(check.load.isClose(to: 500_030_764, tolerance: 2))
    #expect(check.limit == 5e8)
  }
}
