/// IT power of the fleet serving a given split of work, by component.
public struct ITPower: Sendable, Equatable {
  public var gpu: Power
  public var host: Power
  public var psuLoss: Power
  public var network: Power
  public var rackEquipment: Power
  public var cpuPool: Power
  public var storage: Power
  /// What the GPU nodes draw beyond `nodes` because their inlet air is above the fans'
  /// reference temperature.
  public var inletUplift: Power

  /// GPU nodes at the wall, at the reference inlet temperature.
  public var nodes: Power { gpu + host + psuLoss }
  /// Everything IT.
  public var total: Power { nodes + inletUplift + network + rackEquipment + cpuPool + storage }

  /// What each deployment's nodes draw when the deployments serve `split`; with `up`, the
  /// replicas running per deployment (the others' nodes powered down).
  public static func draws(_ fleet: FleetPlan, split: WorkloadSplit, up: [Int]? = nil)
    -> [NodeDraw]
  {
    fleet.serving.indices.map { i in
      let plan = fleet.serving[i]
      guard let running = up?[i], running < plan.replicas else {
        return NodeDraw(
          plan, nodes: fleet.nodes[i], activity: plan.activity(serving: split.deployments[i]))
      }
      return NodeDraw(
        plan, nodes: NodeDraw.nodes(plan, up: running),
        activity: plan.activity(serving: split.deployments[i], up: running), up: running)
    }
  }

  /// The fleet's IT power when deployments serve `split` (the same mixes at any rates), with
  /// `up` replicas running per deployment when some are powered down.
  public static func of(
    _ fleet: FleetPlan, scenario: Scenario, split: WorkloadSplit, up: [Int]? = nil
  ) -> ITPower {
    // one pass, no intermediate arrays: this runs for every slot of every month
    var gpu = Power.zero
    var host = Power.zero
    var wall = Power.zero
    for draw in Self.draws(fleet, split: split, up: up) {
      gpu = gpu + draw.boards
      host = host + draw.host
      wall = wall + draw.wall
    }
    let server = scenario.fleet.cpuServer
    let coreCapacity = Double(fleet.cpuServers * server.cores)
    let cpuUtilization = coreCapacity > 0 ? min(1, split.cpuSecondsPerSecond / coreCapacity) : 0
    let cpu = Power(
      watts: Double(fleet.cpuServers)
        * (server.idleWatts + (server.peakWatts - server.idleWatts) * cpuUtilization))
    var rackEquipment = Power.zero
    for pool in fleet.pools {
      rackEquipment =
        rackEquipment + Power(kilowatts: Double(pool.packing.racks) * pool.system.rackOverheadKW)
    }
    return ITPower(
      gpu: gpu, host: host, psuLoss: wall - gpu - host,
      network: Power(kilowatts: Double(fleet.racks) * scenario.fleet.networkKWPerRack),
      rackEquipment: rackEquipment, cpuPool: cpu,
      storage: Power(kilowatts: scenario.fleet.storageKW),
      inletUplift: wall * (scenario.site.inlet.powerFactor - 1))
  }
}
