/// One pass of the chain at a planning peak: demand → serving → fleet → power → facility →
/// limits. The plan at the scenario's peak and every month of the forecast are this same pass.
public struct PlanChain: Sendable {
  /// Demand at the peak and the deployments sized for it, before any installed fleet.
  public struct Sizing: Sendable {
    public var scenario: Scenario
    public var demand: Demand
    public var peak: WorkloadSplit
    /// Each deployment sized for the peak alone.
    public var serving: [ServingPlan]

    /// Replicas the peak needs, per deployment.
    public var replicas: [Int] { serving.map(\.replicas) }
  }

  /// What is installed beyond what the peak needs: at least these replicas per deployment and
  /// CPU servers for at least this many CPU-seconds per second.
  public struct Installed: Sendable, Equatable {
    public var replicas: [Int]
    public var cpuSecondsPerSecond: Double

    public init(replicas: [Int], cpuSecondsPerSecond: Double) {
      self.replicas = replicas
      self.cpuSecondsPerSecond = cpuSecondsPerSecond
    }
  }

  public var sizing: Sizing
  public var fleet: FleetPlan
  public var it: ITPower
  public var facility: FacilityModel
  /// IT and facility power with the margins, what the limits are checked against.
  public var plannedIT: Power
  public var plannedFacility: Power
  public var events: [EventOutcome]
  /// The site's limits, the latency objectives, then one check per event.
  public var checks: [Check]

  public var scenario: Scenario { sizing.scenario }
  public var demand: Demand { sizing.demand }
  public var peak: WorkloadSplit { sizing.peak }

  /// Demand at the peak and the deployments sized for it.
  public static func size(_ scenario: Scenario) throws(DiagnosticError) -> Sizing {
    let demand = Demand.compute(scenario)
    let peak = WorkloadSplit.split(scenario, rates: demand.surfaces.map(\.peakRequestsPerSecond))
    let serving = try Planner.sizeDeployments(scenario, workloads: peak.deployments)
    return Sizing(scenario: scenario, demand: demand, peak: peak, serving: serving)
  }

  /// The rest of the chain on `sizing`, with `installed` replicas where more are installed
  /// than the peak needs (the deployment then runs them all, pinned as if the scenario said so).
  public static func complete(_ sizing: Sizing, installed: Installed? = nil)
    throws(DiagnosticError) -> PlanChain
  {
    let scenario = sizing.scenario
    var serving = sizing.serving
    if let installed {
      for i in serving.indices where installed.replicas[i] > serving[i].replicas {
        var deployment = serving[i].deployment
        deployment.pinnedReplicas = installed.replicas[i]
        let path = JSONPath.root.appending("deployments").appending(index: i)
        serving[i] = try ServingPlanner.plan(
          deployment, workload: sizing.peak.deployments[i], path: path)
      }
    }
    let cpu = max(sizing.peak.cpuSecondsPerSecond, installed?.cpuSecondsPerSecond ?? 0)
    let fleet = FleetPlan.build(scenario, serving: serving, peakCPUSecondsPerSecond: cpu)
    let it = ITPower.of(fleet, scenario: scenario, split: sizing.peak)
    let facility = FacilityModel(
      site: scenario.site, liquidShare: FacilityModel.liquidShare(fleet, it: it))
    let plannedIT = it.total * scenario.margins.factor
    let plannedFacility = facility.facility(it: plannedIT)
    let events = scenario.events.map {
      EventOutcome.evaluate($0, scenario: scenario, fleet: fleet, ladder: scenario.degradation)
    }
    let checks =
      Limits.checks(
        scenario, fleet: fleet, plannedIT: plannedIT, plannedFacility: plannedFacility,
        facility: facility)
      + events.enumerated().map { Limits.eventCheck($1, index: $0, policy: scenario.policy) }
    return PlanChain(
      sizing: sizing, fleet: fleet, it: it, facility: facility, plannedIT: plannedIT,
      plannedFacility: plannedFacility, events: events, checks: checks)
  }
}
