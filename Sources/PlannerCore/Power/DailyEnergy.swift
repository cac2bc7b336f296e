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
  /// The split of each slot comes from coefficients prepared once; `detail` keeps the
  /// per-deployment series, `components` the IT power of each slot by component.
  public static func compute(
    _ scenario: Scenario, demand: Demand, fleet: FleetPlan, facility: FacilityModel,
    detail: Bool = false, components: Bool = true
  ) -> DailyEnergy {
    let coefficients = SplitCoefficients(scenario)
    let scalesDown = fleet.serving.contains { $0.deployment.warmReplicas != nil }
    var day = DailyEnergy(
      slotIT: [], slotFacility: [], slotOutputTokensPerSecond: [], slotRequestsPerSecond: [],
      slotDeployments: [], slotCPUPoolKW: [])
    let slotRates = demand.surfaces.map(\.slotRequestsPerSecond)
    var rates = Array(repeating: 0.0, count: slotRates.count)
    for slot in 0..<DiurnalProfile.slotsPerDay {
      for s in slotRates.indices { rates[s] = slotRates[s][slot] }
      let split = coefficients.split(rates)
      let up = scalesDown ? replicasUp(fleet, serving: split) : nil
      let it = ITPower.of(fleet, scenario: scenario, split: split, up: up)
      let power = it.total
      if components { day.slotComponents.append(it) }
      day.slotIT.append(power)
      day.slotFacility.append(facility.facility(it: power))
      day.slotOutputTokensPerSecond.append(split.outputTokensPerSecond)
      day.slotRequestsPerSecond.append(rates.reduce(0, +))
      if detail {
        let inlet = scenario.site.inlet.powerFactor
        let draws = ITPower.draws(fleet, split: split, up: up)
        day.slotDeployments.append(
          split.deployments.indices.map { i in
            let w = split.deployments[i]
            return DeploymentSlot(
              requestsPerSecond: w.requestsPerSecond,
              outputTokensPerSecond: w.requestsPerSecond * w.outputTokens,
              kilowatts: draws[i].wall.kilowatts * inlet,
              replicas: up?[i] ?? fleet.serving[i].replicas)
          })
        day.slotCPUPoolKW.append(it.cpuPool.kilowatts)
      }
    }
    return day
  }

  /// Replicas running in a slot serving `split` where a deployment powers idle ones down:
  /// max(warm, ⌈installed × slot rate / peak rate⌉), at most those installed.
  static func replicasUp(_ fleet: FleetPlan, serving split: WorkloadSplit) -> [Int] {
    fleet.serving.indices.map { i in
      let plan = fleet.serving[i]
      guard let warm = plan.deployment.warmReplicas, plan.replicas > 0 else { return plan.replicas }
      let peak = plan.workload.requestsPerSecond
      let share = peak > 0 ? split.deployments[i].requestsPerSecond / peak : 0
      let needed = Capacity.units(covering: Double(plan.replicas) * share)
      return min(plan.replicas, max(warm, needed))
    }
  }

  /// Energy over the day of per-slot powers, in kWh (each slot lasts 1/12 h).
  public static func kilowattHours(_ slots: [Power]) -> Double {
    slots.map(\.kilowatts).reduce(0, +) / 12
  }
}
