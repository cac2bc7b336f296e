/// The horizon: the same chain as the planning peak, run for each month with that month's
/// traffic (the scenario's times its growth) at that month's design ambient, on the fleet
/// installed by then; each month's day gives its energy, cost and carbon.
public struct Forecast: Sendable {
  /// One month of the horizon.
  public struct Month: Sendable {
    /// Months after the start month.
    public var index: Int
    /// `YYYY-MM`, or `+index` without a start month.
    public var label: String
    /// The chain at the month's peak, on the fleet installed by then.
    public var chain: PlanChain
    /// The month's energy, cost and carbon.
    public var energy: MonthlyEnergy
  }

  /// The months forecast and the scenario's growth.
  public var horizon: Horizon
  /// Every month, the start month first.
  public var months: [Month]
  /// Every limit's first warning and failing month, in the order the checks first appear.
  public var runway: [Runway.Entry]

  /// Plans every month of `scenario`'s horizon. The months are sized, and then completed on
  /// the fleet installed by then, on all cores: each depends only on the scenario and the
  /// installed fleet, which is worked out in month order in between. A month that cannot be
  /// planned fails the forecast with the first such month's problems, as a loop would.
  public static func run(_ scenario: Scenario) throws(DiagnosticError) -> Forecast {
    let horizon = scenario.horizon
    // a month changes only rates and the ambient, not the split's coefficients
    let coefficients = SplitCoefficients(scenario)
    let sizings = try inParallel(horizon.months) { index in
      Result { () throws(DiagnosticError) in
        try PlanChain.size(monthScenario(scenario, index: index), coefficients: coefficients)
      }
    }.map { result throws(DiagnosticError) in try result.get() }
    var installed = PlanChain.Installed(
      replicas: Array(repeating: 0, count: scenario.deployments.count), cpuSecondsPerSecond: 0)
    if scenario.fleet.install == .upFront {
      for sizing in sizings { installed = installed.including(sizing) }
    }
    let fleets = sizings.map { sizing in
      installed = installed.including(sizing)
      return installed
    }
    let months = try inParallel(horizon.months) { index in
      Result { () throws(DiagnosticError) in
        let chain = try PlanChain.complete(sizings[index], installed: fleets[index])
        return Month(
          index: index, label: horizon.label(index), chain: chain,
          energy: MonthlyEnergy.compute(chain, horizon: horizon, index: index))
      }
    }.map { result throws(DiagnosticError) in try result.get() }
    return Forecast(
      horizon: horizon, months: months,
      runway: Runway.entries(months.map(\.chain.checks), leadTimes: scenario.site.leadTimes))
  }

  /// The scenario of month `index`: each surface's traffic times its growth factor, the site
  /// at the month's design ambient (its hottest afternoon) when the scenario gives one per
  /// month and the horizon has a calendar.
  public static func monthScenario(_ scenario: Scenario, index: Int) -> Scenario {
    var month = scenario
    for i in month.traffic.surfaces.indices {
      let growth = month.traffic.surfaces[i].growth ?? scenario.horizon.growth
      month.traffic.surfaces[i].meanRequestsPerSecond *= growth.factor(atMonth: index)
    }
    if let moy = scenario.horizon.monthOfYear(index),
      let ambients = scenario.site.designAmbientByMonthC
    {
      month.site.designAmbientC = ambients[moy]
    }
    return month
  }
}

extension PlanChain.Installed {
  /// At least what `sizing` needs as well.
  func including(_ sizing: PlanChain.Sizing) -> PlanChain.Installed {
    PlanChain.Installed(
      replicas: zip(replicas, sizing.replicas).map { max($0, $1) },
      cpuSecondsPerSecond: max(cpuSecondsPerSecond, sizing.peak.cpuSecondsPerSecond))
  }
}
