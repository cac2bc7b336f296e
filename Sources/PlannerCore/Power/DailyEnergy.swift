/// The representative day: the same fleet serving each five-minute slot's arrivals.
public struct DailyEnergy: Sendable, Equatable {
  /// IT power of each slot.
  public var slotIT: [Power]
  /// Facility power of each slot.
  public var slotFacility: [Power]
  /// Generated tokens per second of each slot.
  public var slotOutputTokensPerSecond: [Double]

  /// Runs every slot through the fleet sized for the peak; replicas stay up off-peak and
  /// draw what their lighter batches draw.
  public static func compute(
    _ scenario: Scenario, demand: Demand, fleet: FleetPlan, facility: FacilityModel
  ) -> DailyEnergy {
    var it: [Power] = []
    var total: [Power] = []
    var tokens: [Double] = []
    for slot in 0..<DiurnalProfile.slotsPerDay {
      let split = WorkloadSplit.split(
        scenario, rates: demand.surfaces.map { $0.slotRequestsPerSecond[slot] })
      let power = ITPower.of(fleet, scenario: scenario, split: split).total
      it.append(power)
      total.append(facility.facility(it: power))
      tokens.append(split.outputTokensPerSecond)
    }
    return DailyEnergy(slotIT: it, slotFacility: total, slotOutputTokensPerSecond: tokens)
  }

  /// Energy over the day of per-slot powers, in kWh (each slot lasts 1/12 h).
  public static func kilowattHours(_ slots: [Power]) -> Double {
    slots.map(\.kilowatts).reduce(0, +) / 12
  }
}
