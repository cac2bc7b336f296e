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

  /// The fleet's IT power when deployments serve `split` (the same mixes at any rates), with
  /// `up` replicas running per deployment when some are powered down.
  public static func of(
    _ fleet: FleetPlan, scenario: Scenario, split: WorkloadSplit, up: [Int]? = nil
  ) -> ITPower {
    Model(fleet, scenario: scenario).of(split, up: up)
  }

  /// The fleet's IT power as a function of the split it serves: every figure that does not
  /// move with the work (racks, network, storage, each deployment's draw figures) read once,
  /// so that each slot of a day costs a few multiply-adds per deployment.
  public struct Model: Sendable {
    /// Each deployment's draw figures, in scenario order.
    public let deployments: [DeploymentDraw]
    let plannedNodes: [Int]
    let cpuServers: Int
    let cpuServer: CPUServer
    let network: Power
    let rackEquipment: Power
    let storage: Power
    let inletFactor: Double

    /// The model of `fleet` on `scenario`'s site.
    public init(_ fleet: FleetPlan, scenario: Scenario) {
      deployments = fleet.serving.map(DeploymentDraw.init)
      plannedNodes = fleet.nodes
      cpuServers = fleet.cpuServers
      cpuServer = scenario.fleet.cpuServer
      network = Power(kilowatts: Double(fleet.racks) * scenario.fleet.networkKWPerRack)
      var rackEquipment = Power.zero
      for pool in fleet.pools {
        rackEquipment =
          rackEquipment + Power(kilowatts: Double(pool.packing.racks) * pool.system.rackOverheadKW)
      }
      self.rackEquipment = rackEquipment
      storage = Power(kilowatts: scenario.fleet.storageKW)
      inletFactor = scenario.site.inlet.powerFactor
    }

    /// What deployment `i`'s nodes draw serving `split`, `up` as in `of`.
    public func draw(_ i: Int, _ split: WorkloadSplit, up: [Int]?) -> NodeDraw {
      deployments[i].draw(serving: split.deployments[i], plannedNodes: plannedNodes[i], up: up?[i])
    }

    /// What each deployment's nodes draw serving `split`.
    public func draws(_ split: WorkloadSplit, up: [Int]? = nil) -> [NodeDraw] {
      deployments.indices.map { draw($0, split, up: up) }
    }

    /// The fleet's IT power serving `split`, with `up` replicas running per deployment when
    /// some are powered down.
    public func of(_ split: WorkloadSplit, up: [Int]? = nil) -> ITPower {
      // one pass, no intermediate arrays: this runs for every slot of every month
      var gpu = Power.zero
      var host = Power.zero
      var wall = Power.zero
      for i in deployments.indices {
        let draw = draw(i, split, up: up)
        gpu = gpu + draw.boards
        host = host + draw.host
        wall = wall + draw.wall
      }
      return of(gpu: gpu, host: host, wall: wall, cpuSecondsPerSecond: split.cpuSecondsPerSecond)
    }

    /// The fleet's IT power when the deployments' nodes draw `gpu` on their boards, `host` on
    /// their hosts and `wall` at the wall altogether, and the CPU pool serves
    /// `cpuSecondsPerSecond`.
    public func of(gpu: Power, host: Power, wall: Power, cpuSecondsPerSecond: Double) -> ITPower {
      let server = cpuServer
      let coreCapacity = Double(cpuServers * server.cores)
      let cpuUtilization = coreCapacity > 0 ? min(1, cpuSecondsPerSecond / coreCapacity) : 0
      let cpu = Power(
        watts: Double(cpuServers)
          * (server.idleWatts + (server.peakWatts - server.idleWatts) * cpuUtilization))
      return ITPower(
        gpu: gpu, host: host, psuLoss: wall - gpu - host, network: network,
        rackEquipment: rackEquipment, cpuPool: cpu, storage: storage,
        inletUplift: wall * (inletFactor - 1))
    }
  }
}
