/// The chain of computation, scenario to report: demand → serving → fleet → power →
/// facility → limits. Pure: no I/O, no clock, no randomness; the same scenario gives the same
/// report.
public enum Planner {
  /// Plans `scenario` at its planning peak, over its representative day and over its
  /// horizon; with `slotSeries` the report also carries the day slot by slot. The peak and
  /// the horizon are planned at the same time; a problem at the peak is reported before one
  /// in the horizon, as when they ran one after the other.
  public static func plan(_ scenario: Scenario, slotSeries: Bool = false)
    throws(DiagnosticError) -> Report
  {
    // the horizon, the longer, starts at once on this thread; the peak on another
    let (horizon, peak) = concurrently(
      { Result { () throws(DiagnosticError) in try Forecast.run(scenario) } },
      { Result { () throws(DiagnosticError) in try atPeak(scenario, slotSeries: slotSeries) } })
    let planned = try peak.get()
    let forecast = try horizon.get()
    return ReportBuilder(
      chain: planned.chain, daily: planned.daily, spreadDaily: planned.spread,
      annual: planned.annual, forecast: forecast, requestEnergy: planned.requestEnergy
    ).report
  }

  /// What the report reads of the planning peak.
  private struct Peak: Sendable {
    var chain: PlanChain
    /// The representative day.
    var daily: DailyEnergy
    /// The day with deferrable work spread evenly, when some surface fills valleys instead.
    var spread: DailyEnergy?
    /// The day at each month's temperatures, over a year.
    var annual: AnnualEnergy
    var requestEnergy: RequestEnergy
  }

  /// The chain at the planning peak, its representative day over a year, and the energy of
  /// a request; with batch surfaces that fill the valleys, the day with them spread evenly
  /// as well.
  private static func atPeak(_ scenario: Scenario, slotSeries: Bool) throws(DiagnosticError)
    -> Peak
  {
    let chain = try PlanChain.complete(try PlanChain.size(scenario))
    let daily = DailyEnergy.compute(
      scenario, demand: chain.demand, fleet: chain.fleet, facility: chain.facility,
      detail: slotSeries, coefficients: chain.sizing.coefficients)
    let spread =
      scenario.traffic.surfaces.contains { $0.deadlineHours != nil }
      ? DailyEnergy.compute(
        scenario, demand: Demand.compute(scenario, fillValleys: false), fleet: chain.fleet,
        facility: chain.facility, coefficients: chain.sizing.coefficients)
      : nil
    return Peak(
      chain: chain, daily: daily, spread: spread,
      annual: AnnualEnergy.compute(
        daily, site: scenario.site, liquidShare: chain.facility.liquidShare),
      requestEnergy: RequestEnergy.compute(
        scenario, demand: chain.demand, fleet: chain.fleet, it: chain.it))
  }

  /// Sizes every deployment and its spare replicas, collecting every deployment's problem
  /// before failing.
  static func sizeDeployments(_ scenario: Scenario, workloads: [Workload]) throws(DiagnosticError)
    -> [ServingPlan]
  {
    var plans: [ServingPlan] = []
    var problems: [Diagnostic] = []
    for (index, deployment) in scenario.deployments.enumerated() {
      let path = JSONPath.root.appending("deployments").appending(index: index)
      do {
        var plan = try ServingPlanner.plan(deployment, workload: workloads[index], path: path)
        plan.spareReplicas = ServingPlanner.spares(
          plan.deployment, replicas: plan.replicas, maintenance: scenario.margins.maintenance)
        plans.append(plan)
      } catch {
        problems.append(contentsOf: error.diagnostics)
      }
    }
    guard problems.isEmpty else { throw DiagnosticError(problems) }
    return plans
  }
}
