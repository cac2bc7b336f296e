/// One pass of the chain at a planning peak: demand → serving → fleet → power → facility →
/// limits. The plan at the scenario's peak and every month of the forecast are this same pass.
public struct PlanChain: Sendable {
  /// Demand at the peak and the deployments sized for it, before any installed fleet.
  public struct Sizing: Sendable {
    /// The scenario planned (a month's, for the forecast).
    public var scenario: Scenario
    /// Arrivals per surface, at the peak and per slot.
    public var demand: Demand
    /// The peak's work per deployment and for the CPU pool.
    public var peak: WorkloadSplit
    /// Each deployment sized for the peak alone.
    public var serving: [ServingPlan]
    /// The split of any rates through the scenario's pipelines and routes, for its days.
    public var coefficients: SplitCoefficients

    /// Replicas the peak needs, per deployment.
    public var replicas: [Int] { serving.map(\.replicas) }
  }

  /// What is installed beyond what the peak needs: at least these replicas per deployment and
  /// CPU servers for at least this many CPU-seconds per second.
  public struct Installed: Sendable, Equatable {
    /// Replicas installed per deployment, in scenario order.
    public var replicas: [Int]
    /// CPU-seconds per second the CPU servers are sized for.
    public var cpuSecondsPerSecond: Double

    /// At least `replicas` per deployment and CPU servers for `cpuSecondsPerSecond`.
    public init(replicas: [Int], cpuSecondsPerSecond: Double) {
      self.replicas = replicas
      self.cpuSecondsPerSecond = cpuSecondsPerSecond
    }
  }

  /// Demand and the deployments sized for the peak alone.
  public var sizing: Sizing
  /// The installed fleet: nodes, racks, CPU servers.
  public var fleet: FleetPlan
  /// IT power at the peak, by component.
  public var it: ITPower
  /// The facility model at the scenario's design ambient.
  public var facility: FacilityModel
  /// IT and facility power with the margins, what the limits are checked against.
  public var plannedIT: Power
  /// Facility power with the margins.
  public var plannedFacility: Power
  /// Each what-if event on this fleet.
  public var events: [EventOutcome]
  /// The site's limits, the latency objectives, then one check per event.
  public var checks: [Check]

  /// The scenario planned.
  public var scenario: Scenario { sizing.scenario }
  /// Arrivals per surface.
  public var demand: Demand { sizing.demand }
  /// The peak's split.
  public var peak: WorkloadSplit { sizing.peak }

  /// Demand at the peak and the deployments sized for it. The split's coefficients depend on
  /// the pipelines and routes, not the rates, so every month of a forecast can pass the same.
  public static func size(_ scenario: Scenario, coefficients: SplitCoefficients? = nil)
    throws(DiagnosticError) -> Sizing
  {
    let demand = Demand.compute(scenario)
    let coefficients = coefficients ?? SplitCoefficients(scenario)
    let peak = coefficients.split(demand.surfaces.map(\.peakRequestsPerSecond))
    let serving = try Planner.sizeDeployments(scenario, workloads: peak.deployments)
    return Sizing(
      scenario: scenario, demand: demand, peak: peak, serving: serving,
      coefficients: coefficients)
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
