import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// The day is planned deployment by deployment over all 288 slots; every slot must be what the
/// one-slot formula gives, to the last bit.
@Suite struct DayColumnsTests {
  /// The campus: 20 surfaces (three filling the valleys) and 6 deployments, two of which power
  /// idle replicas down, so every branch of a slot is taken.
  @Test func everySlotIsTheOneSlotFormula() throws {
    let bytes = try Data(contentsOf: Repository.root.appendingPathComponent("Examples/campus.json"))
    let scenario = try ScenarioLoader.load([UInt8](bytes)).scenario
    let chain = try PlanChain.complete(try PlanChain.size(scenario))
    let day = DailyEnergy.compute(
      scenario, demand: chain.demand, fleet: chain.fleet, facility: chain.facility, detail: true)
    let coefficients = SplitCoefficients(scenario)
    let model = ITPower.Model(chain.fleet, scenario: scenario)
    #expect(model.deployments.filter { $0.warmReplicas != nil }.count == 2)
    for slot in [0, 1, 77, 143, 144, 200, 287] {
      let rates = chain.demand.surfaces.map { $0.slotRequestsPerSecond[slot] }
      let split = coefficients.split(rates)
      let up = zip(model.deployments, split.deployments).map { $0.replicasUp(serving: $1) }
      let it = model.of(split, up: up)
      #expect(day.slotComponents[slot] == it, "slot \(slot)")
      #expect(day.slotIT[slot] == it.total)
      #expect(day.slotFacility[slot] == chain.facility.facility(it: it.total))
      #expect(day.slotOutputTokensPerSecond[slot] == split.outputTokensPerSecond)
      #expect(day.slotRequestsPerSecond[slot] == rates.reduce(0, +))
      #expect(day.slotDeployments[slot].map(\.replicas) == up)
      #expect(
        day.slotDeployments[slot].map(\.requestsPerSecond)
          == split.deployments.map(\.requestsPerSecond))
    }
    // some slot runs fewer replicas than planned: the scale-down branch was taken
    #expect(
      day.slotDeployments.contains { slot in
        zip(slot, chain.fleet.serving).contains { $0.replicas < $1.replicas }
      })
    // a surface's day summed from its shape is the sum of its slots, to the last bit
    for surface in chain.demand.surfaces {
      #expect(surface.requestsPerDay == surface.slotRequestsPerSecond.reduce(0, +) * 300)
    }
  }
}
