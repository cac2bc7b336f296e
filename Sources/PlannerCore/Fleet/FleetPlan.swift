/// The installed fleet: nodes per deployment, CPU servers, and racks per system.
public struct FleetPlan: Sendable, Equatable {
  /// One system's nodes and their racks.
  public struct Pool: Sendable, Equatable {
    public var system: SystemSpec
    public var nodes: Int
    /// Modelled peak wall power of one node (the pool's nodes averaged, at the site's inlet
    /// temperature), in kW.
    public var nodePeakKW: Double
    /// kW each node is charged in the rack budget.
    public var nodeProvisionKW: Double
    public var packing: RackPacking
  }

  public var serving: [ServingPlan]
  /// Nodes per deployment, in scenario order.
  public var nodes: [Int]
  /// What each deployment's nodes draw at the peak, in scenario order.
  public var peakDraw: [NodeDraw]
  public var pools: [Pool]
  public var cpuServers: Int
  /// CPU servers in racks, charged at their peak power.
  public var cpuPacking: RackPacking
  public var cpuCoresBusy: Double
  /// The kW a rack can count on: the rack limit or its surviving feeds, whichever is less.
  public var rackBudgetKW: Double

  public var racks: Int { pools.map(\.packing.racks).reduce(0, +) + cpuPacking.racks }

  /// Indices of the deployments whose nodes make up `pool`.
  public func deployments(in pool: Pool) -> [Int] {
    serving.indices.filter { serving[$0].deployment.system.id == pool.system.id }
  }

  /// Sizes nodes, CPU servers and racks for the peak.
  public static func build(
    _ scenario: Scenario, serving: [ServingPlan], peakCPUSecondsPerSecond: Double
  ) -> FleetPlan {
    let nodes = serving.map { NodeDraw.nodes($0) }
    let peakDraw = serving.indices.map { i in
      NodeDraw(
        serving[i], nodes: nodes[i], activity: serving[i].activity(serving: serving[i].workload))
    }
    let fleet = scenario.fleet
    let site = scenario.site
    let budget = min(site.rackLimitKW, FeedCapacity.rackBudgetKW(site.feed))
    var order: [String] = []
    for plan in serving where !order.contains(plan.deployment.system.id) {
      order.append(plan.deployment.system.id)
    }
    let pools = order.map { id -> Pool in
      let members = serving.indices.filter { serving[$0].deployment.system.id == id }
      let system = serving[members[0]].deployment.system
      let count = members.map { nodes[$0] }.reduce(0, +)
      let peak = members.map { peakDraw[$0].wall }.sum()
      let nodePeakKW =
        count > 0 ? peak.kilowatts / Double(count) * site.inlet.powerFactor : 0
      let provision =
        fleet.provisionBy == .nameplate ? system.nameplateKW : nodePeakKW * scenario.margins.factor
      let packing = RackPacking.pack(
        nodes: count, nodeKW: provision, budgetKW: budget,
        overheadKW: fleet.networkKWPerRack + system.rackOverheadKW,
        requested: fleet.nodesPerRack ?? system.defaultNodesPerRack, fixed: system.fixedNodesPerRack
      )
      return Pool(
        system: system, nodes: count, nodePeakKW: nodePeakKW, nodeProvisionKW: provision,
        packing: packing)
    }
    let server = fleet.cpuServer
    let servers = Capacity.units(
      covering: peakCPUSecondsPerSecond / (Double(server.cores) * server.targetUtilization))
    let cpuPacking = RackPacking.pack(
      nodes: servers, nodeKW: server.peakWatts / 1000, budgetKW: budget,
      overheadKW: fleet.networkKWPerRack, requested: server.serversPerRack, fixed: nil)
    return FleetPlan(
      serving: serving, nodes: nodes, peakDraw: peakDraw, pools: pools, cpuServers: servers,
      cpuPacking: cpuPacking, cpuCoresBusy: peakCPUSecondsPerSecond, rackBudgetKW: budget)
  }
}
