/// The chain of computation, scenario to report: demand → serving → fleet → power →
/// facility → limits. Pure: no I/O, no clock, no randomness; the same scenario gives the same
/// report.
public enum Planner {
  /// Plans `scenario` at its planning peak and over its representative day.
  public static func plan(_ scenario: Scenario) throws(DiagnosticError) -> Report {
    let demand = Demand.compute(scenario)
    let peak = WorkloadSplit.split(scenario, rates: demand.surfaces.map(\.peakRequestsPerSecond))
    let serving = try sizeDeployments(scenario, workloads: peak.deployments)
    let fleet = FleetPlan.build(
      scenario, serving: serving, peakCPUSecondsPerSecond: peak.cpuSecondsPerSecond)
    let it = ITPower.of(fleet, scenario: scenario, split: peak)
    let facility = FacilityModel(
      site: scenario.site, liquidShare: FacilityModel.liquidShare(fleet, it: it))
    let plannedIT = it.total * scenario.margins.factor
    let events = scenario.events.map {
      EventOutcome.evaluate($0, scenario: scenario, fleet: fleet, ladder: scenario.degradation)
    }
    let checks =
      Limits.checks(
        scenario, fleet: fleet, plannedIT: plannedIT,
        plannedFacility: facility.facility(it: plannedIT),
        facility: facility) + events.enumerated().map { Limits.eventCheck($1, index: $0) }
    let daily = DailyEnergy.compute(scenario, demand: demand, fleet: fleet, facility: facility)
    return ReportBuilder(
      scenario: scenario, demand: demand, peak: peak, fleet: fleet, it: it, facility: facility,
      daily: daily, checks: checks, events: events,
      requestEnergy: RequestEnergy.compute(scenario, demand: demand, fleet: fleet, it: it)
    ).report
  }

  /// Sizes every deployment, collecting every deployment's problem before failing.
  static func sizeDeployments(_ scenario: Scenario, workloads: [Workload]) throws(DiagnosticError)
    -> [ServingPlan]
  {
    var plans: [ServingPlan] = []
    var problems: [Diagnostic] = []
    for (index, deployment) in scenario.deployments.enumerated() {
      let path = JSONPath.root.appending("deployments").appending(index: index)
      do {
        plans.append(try ServingPlanner.plan(deployment, workload: workloads[index], path: path))
      } catch {
        problems.append(contentsOf: error.diagnostics)
      }
    }
    guard problems.isEmpty else { throw DiagnosticError(problems) }
    return plans
  }
}
