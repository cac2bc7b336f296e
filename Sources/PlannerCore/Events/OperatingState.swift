/// How the installed fleet runs during an event: the traffic and site it meets, what has
/// failed, and the degradation steps taken so far. The fleet itself does not change: nobody
/// installs GPUs during a chiller trip.
public struct OperatingState: Sendable, Equatable {
  /// The scenario as the event left it, before any step: service retained is measured
  /// against its arrivals and routes.
  public var struck: Scenario
  /// The scenario after the steps so far (traffic deferred or shed, cache, routes).
  public var scenario: Scenario
  public var failures: Failures
  public var firmware: FirmwareRegression?
  public var gpuCap: GPUCap?
  /// Batch of every generative deployment, as a fraction of its planned batch.
  public var batchFraction: Double

  init(struck: Scenario, failures: Failures, firmware: FirmwareRegression?) {
    self.struck = struck
    self.scenario = struck
    self.failures = failures
    self.firmware = firmware
    self.gpuCap = nil
    self.batchFraction = 1
  }
}

/// What the installed fleet draws in one operating state, which of the site's limits hold,
/// and the service it gives.
public struct Operation: Sendable, Equatable {
  public var it: ITPower
  /// IT and facility power with margins, what the limits are checked against.
  public var plannedIT: Power
  public var facility: Power
  public var plannedFacility: Power
  public var checks: [Check]
  public var service: ServiceRetained
  /// Nodes braked because a feed was lost, one entry per braked system.
  public var brakes: [NodeBrake]

  /// The checks that fail.
  public var failing: [Check] { checks.filter { $0.status == .fail } }

  /// Runs `fleet` in `state` at the planning peak.
  static func run(_ state: OperatingState, fleet: FleetPlan) -> Operation {
    let scenario = state.scenario
    let demand = Demand.compute(scenario)
    let split = WorkloadSplit.split(scenario, rates: demand.surfaces.map(\.peakRequestsPerSecond))
    var operated = fleet
    var served: [Double] = []
    var kept = true
    var speeds: [Double] = []
    for i in fleet.serving.indices {
      let run = DeploymentOperation(fleet.serving[i], workload: split.deployments[i], state: state)
      operated.serving[i] = run.plan
      served.append(run.served)
      speeds.append(run.brakeSpeed)
      kept = kept && run.objectivesMet
    }
    let power = ITPower.Model(operated, scenario: scenario)
    let it = power.of(split)
    let margins = scenario.margins.factor
    let facility = FacilityModel(
      site: scenario.site, liquidShare: FacilityModel.liquidShare(fleet, it: it),
      coolingUnitsLost: state.failures.coolingUnits)
    let plannedIT = it.total * margins
    let plannedFacility = facility.facility(it: plannedIT)
    let draws = power.draws(split)
    let inlet = scenario.site.inlet.powerFactor
    let pools = fleet.pools.filter { $0.nodes > 0 }
    let nodeKW = pools.map { pool in
      fleet.deployments(in: pool).map { draws[$0].wall }.sum().kilowatts / Double(pool.nodes)
        * inlet * margins
    }
    let racks = zip(pools, nodeKW).map { pool, kw in
      RackLoad(
        pool: pool.system.id, racks: pool.packing.racks,
        nodes: min(pool.packing.nodesPerRack, pool.nodes), nodeKW: kw,
        overheadKW: scenario.fleet.networkKWPerRack + pool.system.rackOverheadKW,
        liquidFraction: pool.system.liquidCooledFraction, charged: "modelled draw with margins")
    }
    let liquid = zip(pools, nodeKW).map { pool, kw in
      Power(kilowatts: Double(pool.nodes) * kw * pool.system.liquidCooledFraction)
    }.sum()
    let checks = Limits.siteChecks(
      scenario.site,
      load: SiteLoad(
        racks: racks, plannedIT: plannedIT, plannedFacility: plannedFacility, liquidHeat: liquid),
      facility: facility, failures: state.failures, policy: scenario.policy)
    return Operation(
      it: it, plannedIT: plannedIT, facility: facility.facility(it: it.total),
      plannedFacility: plannedFacility, checks: checks,
      service: ServiceRetained(state, now: demand, served: served, objectivesMet: kept),
      brakes: brakes(fleet, state: state, speeds: speeds))
  }
}

extension Operation {
  /// One entry per pool whose system is braked, with the lowest throughput kept by its
  /// deployments.
  static func brakes(_ fleet: FleetPlan, state: OperatingState, speeds: [Double]) -> [NodeBrake] {
    fleet.pools.filter { $0.nodes > 0 && NodeBrake.applies(to: $0.system, in: state) }.map {
      pool in
      let deployments = fleet.deployments(in: pool)
      let gpu = fleet.serving[deployments[0]].deployment.gpu
      let psu = pool.system.powerSupplies
      return NodeBrake(
        system: pool.system.id, survivingSupplies: psu.survivingOneFeed,
        requiredSupplies: psu.required, nodeLimitKW: NodeBrake.nodeLimitKW(pool.system),
        gpuCapWatts: NodeBrake.gpuCapWatts(pool.system, gpu: gpu),
        throughput: deployments.map { speeds[$0] }.min() ?? 1)
    }
  }
}

/// One deployment's installed replicas serving an event's workload: its batch lowered, its
/// GPUs slowed by a firmware regression or a power cap.
struct DeploymentOperation {
  /// The plan as operated: batch, times and power cap changed; `replicas` are those kept busy,
  /// the rest of the installed replicas idle.
  var plan: ServingPlan
  /// Share of the workload the replicas carry: 1 unless the slots are over-full.
  var served: Double
  /// Whether its latency objectives hold.
  var objectivesMet: Bool
  /// Share of throughput a feed-loss brake alone leaves (1 when not braked).
  var brakeSpeed: Double

  init(_ planned: ServingPlan, workload: Workload, state: OperatingState) {
    var plan = planned
    let generative = planned.deployment.model.role == .generative
    if generative && state.batchFraction < 1 {
      let batch = max(1, Int((Double(planned.batch) * state.batchFraction).rounded(.down)))
      plan.batch = batch
      plan.tpotSeconds = StepModel(planned.deployment).tpotSeconds(
        batch: batch, promptTokens: planned.workload.promptTokens,
        outputTokens: planned.workload.outputTokens)
      plan.serviceSeconds = StepModel.serviceSeconds(
        outputTokens: planned.workload.outputTokens, tpot: plan.tpotSeconds)
    }
    if let firmware = state.firmware {
      plan.deployment.gpu.idleWatts *= 1 + firmware.gpuWattsIncrease
      plan.deployment.gpu.tdpWatts *= 1 + firmware.gpuWattsIncrease
      plan = plan.slowed(by: 1 - firmware.throughputLoss)
    }
    let system = planned.deployment.system
    let brake =
      NodeBrake.applies(to: system, in: state)
      ? NodeBrake.gpuCapWatts(system, gpu: planned.deployment.gpu) : nil
    let ladder = state.gpuCap.map { $0.watts(on: planned.deployment.gpu) }
    brakeSpeed = 1
    if let watts = [ladder, brake].compactMap({ $0 }).min() {
      var spread = plan
      spread.replicas = Self.busyReplicas(plan, planned: planned, workload: workload)
      let uncapped = spread.gpuWatts(serving: workload)
      let speed = PowerCap.speed(capWatts: watts, uncappedWatts: uncapped)
      if let brake { brakeSpeed = PowerCap.speed(capWatts: brake, uncappedWatts: uncapped) }
      plan = plan.slowed(by: speed)
      plan.gpuPowerCapWatts = watts
    }

    plan.replicas = Self.busyReplicas(plan, planned: planned, workload: workload)
    plan.workload = workload
    plan = plan.queued(arrivalsPerSecond: workload.requestsPerSecond)
    self.plan = plan
    guard workload.requestsPerSecond > 0 else {
      (served, objectivesMet) = (1, true)
      return
    }
    guard plan.replicas > 0 else {
      (served, objectivesMet) = (0, false)
      return
    }
    // an overloaded queue keeps every replica busy and carries slots / load of the work
    served = plan.isUnstable ? 1 / plan.slotUtilization : 1
    objectivesMet =
      !plan.isUnstable
      && Limits.latencyChecks(plan, policy: state.scenario.policy).allSatisfy {
        $0.status != .fail
      }
  }

  /// Replicas kept busy: the scheduler packs the load onto as many replicas as the plan used
  /// for the same slot load, replicas × load now / planned load (all of them at or above the
  /// planned load), and lets the rest idle.
  static func busyReplicas(_ plan: ServingPlan, planned: ServingPlan, workload: Workload) -> Int {
    let now = workload.requestsPerSecond * plan.serviceSeconds / Double(plan.batch)
    let then =
      planned.workload.requestsPerSecond * planned.serviceSeconds / Double(planned.batch)
    guard then > 0, now < then else { return planned.replicas }
    guard now > 0 else { return 0 }
    return min(planned.replicas, Capacity.units(covering: Double(planned.replicas) * now / then))
  }
}

extension ServingPlan {
  /// The same plan on GPUs running at `speed` (0…1] of their normal rate: every time stretches.
  func slowed(by speed: Double) -> ServingPlan {
    guard speed < 1, speed > 0 else { return self }
    var plan = self
    plan.tpotSeconds /= speed
    plan.prefillSeconds /= speed
    plan.serviceSeconds /= speed
    return plan
  }
}

/// The service an event leaves, at the planning peak (shares of the requests arriving once
/// the event struck).
public struct ServiceRetained: Sendable, Equatable, Codable {
  /// Share of arriving requests served now.
  public var requestsServed: Double
  /// Share deferred to later (the batch tier).
  public var deferred: Double
  /// Share refused: interactive requests shed, or beyond what the replicas can carry.
  public var shed: Double
  /// Share of generated requests served by the deployment their route prefers.
  public var preferredModel: Double
  /// Whether every deployment still meets its latency objectives.
  public var latencySLOsKept: Bool

  /// `now` is the demand of `state.scenario`, as the operation computed it.
  init(_ state: OperatingState, now demand: Demand, served: [Double], objectivesMet: Bool) {
    let index = Dictionary(
      uniqueKeysWithValues: state.scenario.deployments.enumerated().map { ($1.name, $0) })
    func carried(_ name: String) -> Double { index[name].map { served[$0] } ?? 1 }
    let before = Demand.compute(state.struck).surfaces
    let now = demand.surfaces
    var arriving = 0.0
    var servedRate = 0.0
    var deferredRate = 0.0
    var generated = 0.0
    var preferred = 0.0
    for (b, n) in zip(before, now) {
      let surface = n.surface
      let rate = n.peakRequestsPerSecond
      arriving += b.peakRequestsPerSecond
      if surface.tier == .batch { deferredRate += b.peakRequestsPerSecond - rate }
      let targets = state.scenario.targets(ofRoute: surface.route)
      var carriedShare = 1.0
      for stage in state.scenario.pipeline(named: surface.pipeline)?.stages ?? [] {
        switch stage.placement {
        case .cpu: break
        case .model(let deployment, _): carriedShare *= carried(deployment)
        case .generation:
          let hit = surface.cacheHitRate
          carriedShare *=
            hit + (1 - hit) * targets.map { $0.share * carried($0.deployment) }.reduce(0, +)
        }
      }
      servedRate += rate * carriedShare
      let planned = state.struck.targets(ofRoute: surface.route)
      let kept = targets.map { target in
        min(target.share, planned.first { $0.deployment == target.deployment }?.share ?? 0)
      }.reduce(0, +)
      generated += surface.generated(at: rate)
      preferred += surface.generated(at: rate) * kept
    }
    requestsServed = arriving > 0 ? servedRate / arriving : 1
    deferred = arriving > 0 ? deferredRate / arriving : 0
    shed = max(0, 1 - requestsServed - deferred)
    preferredModel = generated > 0 ? preferred / generated : 1
    latencySLOsKept = objectivesMet
  }
}
