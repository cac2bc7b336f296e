import Foundation
import TestSupport
import Testing

/// `check` as a gate on what-if events.
@Suite struct EventCommandTests {
  let example = Repository.root.appendingPathComponent("Examples/chiller-trip.json").path

  @Test func containedEventsPassTheGate() {
    let run = CLIRun.capplan(["check", example])
    #expect(run.code == 0, "\(run.out)")
    // The worst limit after the ladder is the cooling plant. Once the batch tier is deferred
    // the planned IT is 818.35 kW; the hall's losses (30 + 0.04 × 818.35 + 0.02 × 818.35² /
    // 1,200 = 73.90 kW) are heat too, and the air handlers' fans add 0.046 × 892.24 = 41.04 kW:
    // 933.28 kW against 3 × 370 × 0.874 = 970.14 kW, 96.2% of the limit.
    #expect(
      run.out.contains(
        "WARN event[chiller trip on a 42 °C afternoon]: 96.2 of 100.0 %, headroom 3.8% — contained by cap GPUs at 500 W, defer the batch tier; 80.0% of requests served"
      ))
  }

  @Test func anUncontainedEventFailsTheGateAndIsNamed() throws {
    // Without the batch shed and the interactive shed the cap alone cannot contain the trip.
    let text = try String(contentsOfFile: example, encoding: .utf8)
      .replacingOccurrences(of: "{ \"step\": \"shedBatch\" },", with: "")
      .replacingOccurrences(
        of: ",\n    { \"step\": \"shedInteractive\", \"fraction\": 0.1 }", with: "")
    let run = CLIRun.capplan(["check", "-"], stdin: text)
    #expect(run.code == 1)
    #expect(run.out.contains("FAIL event[chiller trip on a 42 °C afternoon]: "))
    #expect(run.out.contains("not contained: cooling-plant still over after cap GPUs at 500 W"))
  }

  @Test func theTextReportHasAnEventsTable() {
    let run = CLIRun.capplan(["plan", example])
    #expect(run.code == 0)
    #expect(run.out.contains("Events at the planning peak, on the installed fleet"))
    #expect(run.out.contains("    1. cap GPUs at 500 W"))
    #expect(run.out.contains("    2. defer the batch tier"))
  }
}
