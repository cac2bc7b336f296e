/// The representative day: the same fleet serving each five-minute slot's arrivals.
public struct DailyEnergy: Sendable, Equatable {
  /// IT power of each slot.
  public var slotIT: [Power]
  /// Facility power of each slot.
  public var slotFacility: [Power]
  /// Generated tokens per second of each slot.
  public var slotOutputTokensPerSecond: [Double]
  /// IT power of each slot by component (its `total` is `slotIT`).
  public var slotComponents: [ITPower] = []

  /// Runs every slot through the fleet sized for the peak; replicas stay up off-peak and
  /// draw what their lighter batches draw.
  public static func compute(
    _ scenario: Scenario, demand: Demand, fleet: FleetPlan, facility: FacilityModel
  ) -> DailyEnergy {
    var it: [Power] = []
    var total: [Power] = []
    var tokens: [Double] = []
    var components: [ITPower] = []
    for slot in 0..<DiurnalProfile.slotsPerDay {
      let split = WorkloadSplit.split(
        scenario, rates: demand.surfaces.map { $0.slotRequestsPerSecond[slot] })
      let parts = ITPower.of(fleet, scenario: scenario, split: split)
      let power = parts.total
      components.append(parts)
      it.append(power)
      total.append(facility.facility(it: power))
      tokens.append(split.outputTokensPerSecond)
    }
    return DailyEnergy(
      slotIT: it, slotFacility: total, slotOutputTokensPerSecond: tokens,
      slotComponents: components)
  }

  /// Energy over the day of per-slot powers, in kWh (each slot lasts 1/12 h).
  public static func kilowattHours(_ slots: [Power]) -> Double {
    slots.map(\.kilowatts).reduce(0, +) / 12
  }
}
