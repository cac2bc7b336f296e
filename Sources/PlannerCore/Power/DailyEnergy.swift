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
    // each surface's rates, slot by slot, one surface after the other
    let surfaces = demand.surfaces.count
    var rates: [Double] = []
    rates.reserveCapacity(slots * surfaces)
    for surface in demand.surfaces {
      for slot in 0..<slots { rates.append(surface.requestsPerSecond(slot: slot)) }
    }
    let split = coefficients.split(slots: slots, rates: rates)
    // deployment by deployment, every slot: each slot's sums add the deployments in scenario
    // order, as `ITPower.Model.of` and `WorkloadSplit.outputTokensPerSecond` add them
    var gpu = Array(repeating: 0.0, count: slots)
    var host = gpu
    var wall = gpu
    var tokens = gpu
    // with `detail`, each deployment's wall watts and replicas up, slot by slot
    var deploymentWall: [[Double]] = []
    var deploymentReplicas: [[Int]] = []
    for (d, draw) in power.deployments.enumerated() {
      let workloads = split.deployments[d]
      let plannedNodes = power.plannedNodes[d]
      var walls: [Double] = []
      var replicas: [Int] = []
      for k in 0..<slots {
        let w = workloads[k]
        // replicas up where idle ones are powered down; all planned otherwise
        let up = scalesDown ? draw.replicasUp(serving: w) : nil
        let node = draw.draw(serving: w, plannedNodes: plannedNodes, up: up)
        gpu[k] += node.boards.watts
        host[k] += node.host.watts
        wall[k] += node.wall.watts
        tokens[k] += w.outputTokensPerSecond
        if detail {
          walls.append(node.wall.watts)
          replicas.append(up ?? draw.replicas)
        }
      }
      deploymentWall.append(walls)
      deploymentReplicas.append(replicas)
    }
    var day = DailyEnergy(
      slotIT: [], slotFacility: [], slotOutputTokensPerSecond: tokens, slotRequestsPerSecond: [],
      slotDeployments: [], slotCPUPoolKW: [])
    day.slotIT.reserveCapacity(slots)
    day.slotFacility.reserveCapacity(slots)
    day.slotRequestsPerSecond.reserveCapacity(slots)
    var parts = FacilityBreakdown(itKW: 0)
    let inlet = scenario.site.inlet.powerFactor
    for k in 0..<slots {
      let it = power.of(
        gpu: Power(watts: gpu[k]), host: Power(watts: host[k]), wall: Power(watts: wall[k]),
        cpuSecondsPerSecond: split.cpuSecondsPerSecond[k])
      let total = it.total
      if components { day.slotComponents.append(it) }
      day.slotIT.append(total)
      day.slotFacility.append(facility.facility(it: total, using: &parts))
      var requests = 0.0
      for s in 0..<surfaces { requests += rates[s * slots + k] }
      day.slotRequestsPerSecond.append(requests)
      if detail {
        day.slotDeployments.append(
          split.deployments.indices.map { d in
            let w = split.deployments[d][k]
            return DeploymentSlot(
              requestsPerSecond: w.requestsPerSecond,
              outputTokensPerSecond: w.outputTokensPerSecond,
              kilowatts: Power(watts: deploymentWall[d][k]).kilowatts * inlet,
              replicas: deploymentReplicas[d][k])
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
