import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// A deployment operated under a board power cap (`powerCapWatts`, `powerCapFraction`): its
/// speed and watts go through the same cap curve the events use (model.md §4.12).
@Suite struct OperatingCapTests {
  func text(_ extra: String) -> String {
    ToySite.text(
      surfaces: PinnedServingTests.surfaces, pipelines: PinnedServingTests.pipelines,
      deployments: [ToySite.deployment("small", model: "toy-1b", extra: extra)])
  }

  func plan(_ extra: String) throws -> Report {
    try Planner.plan(try ToySite.load(text(extra)))
  }

  @Test func aCappedOperatingPointByHand() throws {
    // toy-1b at batch 10, uncapped: TPOT 2.200042 ms, prefill 2.000002 ms (RoutingTests).
    // Held full at batch 10 it draws: prefill share 10 × 2.000002 / (100 × 2.200042) =
    // 0.0909074; decode level 0.6 + 0.4 × (1 − e^{−(10/118)^0.8}) = 0.651851; activity
    // 0.0909074 + 0.9090926 × 0.651851 = 0.683500 → 100 + 400 × 0.683500 = 373.40 W.
    // Capped at 300 W it runs at (300 / 373.40)^0.64 = 0.869293 of its speed: TPOT 2.200042 /
    // 0.869293 = 2.530842 ms. Prefill draws the full 500 W: (300 / 500)^0.64 = 0.721135, so
    // 2.000002 / 0.721135 = 2.773407 ms.
    let capped = try plan(#""powerCapWatts": 300, "#).deployments[0]
    #expect(capped.tpotMs.isClose(to: 2.530842, tolerance: 1e-5))
    #expect(capped.prefillMs.isClose(to: 2.773407, tolerance: 1e-5))
    // Slot time 100 × 2.530842 = 253.0842 ms: ⌈700 × 0.2530842 / 0.5 / 10⌉ = ⌈35.43⌉ = 36
    // replicas, where uncapped 31 do.
    #expect(capped.replicas == 36)
    #expect(try plan("").deployments[0].replicas == 31)
    // At the peak each replica holds 700 / 36 × 0.2530842 = 4.92 sequences and would draw
    // 359.2 W: the board holds it at the cap.
    #expect(capped.gpuWatts == 300)
    // The same cap as a fraction of the 500 W TDP.
    let fraction = try plan(#""powerCapFraction": 0.6, "#).deployments[0]
    #expect(fraction.tpotMs == capped.tpotMs && fraction.gpuWatts == 300)
  }

  @Test func aCapOutsideTheSettableRangeIsRefused() throws {
    // toy-gpu: no minPowerLimitWatts given, so twice its 100 W idle, 200 W; TDP 500 W.
    for extra in [#""powerCapWatts": 150, "#, #""powerCapWatts": 600, "#] {
      #expect(throws: DiagnosticError.self) { try ToySite.load(text(extra)) }
    }
    #expect(throws: DiagnosticError.self) {
      try ToySite.load(text(#""powerCapWatts": 300, "powerCapFraction": 0.6, "#))
    }
  }
}
