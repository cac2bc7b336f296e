/// The representative day: the same fleet serving each five-minute slot's arrivals.
public struct DailyEnergy: Sendable, Equatable {
  /// One deployment in one slot.
  public struct DeploymentSlot: Sendable, Equatable {
    public var requestsPerSecond: Double
    public var outputTokensPerSecond: Double
    /// Its nodes at the wall, inlet uplift included (boundary: node wall).
    public var kilowatts: Double
    /// Replicas up (fewer than installed when idle ones are powered down).
    public var replicas: Int
  }

  /// IT power of each slot.
  public var slotIT: [Power]
  /// Facility power of each slot.
  public var slotFacility: [Power]
  /// Generated tokens per second of each slot.
  public var slotOutputTokensPerSecond: [Double]
  /// Requests per second arriving at every surface together, each slot.
  public var slotRequestsPerSecond: [Double] = []
  /// Per slot, each deployment (in scenario order); empty unless asked for.
  public var slotDeployments: [[DeploymentSlot]] = []
  /// Per slot, the CPU pool at the wall, in kW; empty unless asked for.
  public var slotCPUPoolKW: [Double] = []
  /// IT power of each slot by component (its `total` is `slotIT`).
  public var slotComponents: [ITPower] = []

  /// Runs every slot through the fleet sized for the peak. Replicas stay up off-peak and draw
  /// what their lighter batches draw, unless the deployment powers idle ones down
  /// (`warmReplicas`): then a slot keeps the replicas its rate needs in proportion to the
  /// peak, never fewer than the warm minimum, and the nodes it frees draw nothing.
  /// The split of each slot comes from coefficients prepared once (`coefficients`, when the
  /// caller has them already: they depend on the pipelines and routes, not the rates);
  /// `detail` keeps the per-deployment series, `components` the IT power of each slot by
  /// component.
  public static func compute(
    _ scenario: Scenario, demand: Demand, fleet: FleetPlan, facility: FacilityModel,
    detail: Bool = false, components: Bool = true, coefficients: SplitCoefficients? = nil
  ) -> DailyEnergy {
    let coefficients = coefficients ?? SplitCoefficients(scenario)
    let power = ITPower.Model(fleet, scenario: scenario)
    let scalesDown = power.deployments.contains { $0.warmReplicas != nil }
    let slots = DiurnalProfile.slotsPerDay
    var day = DailyEnergy(
      slotIT: [], slotFacility: [], slotOutputTokensPerSecond: [], slotRequestsPerSecond: [],
      slotDeployments: [], slotCPUPoolKW: [])
    day.slotIT.reserveCapacity(slots)
    day.slotFacility.reserveCapacity(slots)
    day.slotOutputTokensPerSecond.reserveCapacity(slots)
    day.slotRequestsPerSecond.reserveCapacity(slots)
    // every slot's rates side by side, one row a slot
    let surfaces = demand.surfaces.count
    var slotMajor = Array(repeating: 0.0, count: slots * surfaces)
    for (s, surface) in demand.surfaces.enumerated() {
      for slot in 0..<slots {
        slotMajor[slot * surfaces + s] = surface.requestsPerSecond(slot: slot)
      }
    }
    var rates = Array(repeating: 0.0, count: surfaces)
    var split = coefficients.emptySplit
    var up = fleet.serving.map(\.replicas)
    var parts = FacilityBreakdown(itKW: 0)
    for slot in 0..<slots {
      rates.replaceSubrange(0..<surfaces, with: slotMajor[slot * surfaces..<(slot + 1) * surfaces])
      coefficients.split(rates, into: &split)
      if scalesDown { power.replicasUp(serving: split, into: &up) }
      let running = scalesDown ? up : nil
      let it = power.of(split, up: running)
      let total = it.total
      if components { day.slotComponents.append(it) }
      day.slotIT.append(total)
      day.slotFacility.append(facility.facility(it: total, using: &parts))
      day.slotOutputTokensPerSecond.append(split.outputTokensPerSecond)
      day.slotRequestsPerSecond.append(rates.reduce(0, +))
      if detail {
        let inlet = scenario.site.inlet.powerFactor
        let draws = power.draws(split, up: running)
        day.slotDeployments.append(
          split.deployments.indices.map { i in
            let w = split.deployments[i]
            return DeploymentSlot(
              requestsPerSecond: w.requestsPerSecond,
              outputTokensPerSecond: w.requestsPerSecond * w.outputTokens,
              kilowatts: draws[i].wall.kilowatts * inlet,
              replicas: running?[i] ?? fleet.serving[i].replicas)
          })
        day.slotCPUPoolKW.append(it.cpuPool.kilowatts)
      }
    }
    return day
  }

  /// Energy over the day of per-slot powers, in kWh (each slot lasts 1/12 h).
  public static func kilowattHours(_ slots: [Power]) -> Double {
    slots.map(\.kilowatts).reduce(0, +) / 12
  }
}
