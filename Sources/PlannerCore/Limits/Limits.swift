/// Every limit of the site and every latency objective, each as load against limit with its
/// headroom and status under the scenario's policy.
public enum Limits {
  /// A check of `load` against `limit` under `policy`. A latency objective has no warning
  /// band: the batch is chosen to run close to its TPOT objective on purpose, so it either
  /// holds or it does not.
  public static func check(
    _ name: String, load: Double, limit: Double, unit: String, detail: String, policy: Policy,
    objective: Bool = false
  ) -> Check {
    let headroom = limit > 0 ? 1 - load / limit : -1
    let status: CheckStatus =
      objective
      ? (load <= limit * (1 + 1e-9) ? .pass : .fail)
      : headroom < policy.failBelowHeadroom
        ? .fail : headroom < policy.warnBelowHeadroom ? .warn : .pass
    return Check(
      name: name, load: load, limit: limit, unit: unit, headroom: headroom, status: status,
      detail: detail)
  }

  /// The checks of a plan: racks and feeds per pool, cooling plant, UPS, utility, then each
  /// deployment's latency objectives.
  public static func checks(
    _ scenario: Scenario, fleet: FleetPlan, plannedIT: Power, plannedFacility: Power,
    facility: FacilityModel
  ) -> [Check] {
    let site = scenario.site
    let policy = scenario.policy
    var checks: [Check] = []
    for pool in fleet.pools where pool.nodes > 0 {
      let rack = pool.packing.fullestRackKW
      let how =
        scenario.fleet.provisionBy == .nameplate ? "nameplate" : "modelled peak with margins"
      checks.append(
        check(
          "rack-power[\(pool.system.id)]", load: rack, limit: site.rackLimitKW, unit: "kW",
          detail:
            "fullest rack: \(min(pool.packing.nodesPerRack, pool.nodes)) × \(Format.fixed(pool.nodeProvisionKW, 2)) kW (\(how)) + rack equipment",
          policy: policy))
      checks.append(
        check(
          "pdu-feed[\(pool.system.id)]", load: rack, limit: FeedCapacity.rackBudgetKW(site.feed),
          unit: "kW",
          detail: FeedCapacity.summary(site.feed), policy: policy))
    }
    let units = site.cooling.units
    checks.append(
      check(
        "cooling-plant", load: plannedIT.kilowatts, limit: facility.firmCoolingKW, unit: "kW",
        detail:
          "\(units.count) × \(Format.plain(units.unitKW)) kW \(units.redundancy.rawValue.uppercased()), \(units.spares) out, at \(Format.plain(site.designAmbientC)) °C (\(site.cooling.curve.name) curve)",
        policy: policy))
    if let ups = site.ups {
      checks.append(
        check(
          "ups", load: plannedIT.kilowatts, limit: ups.firmKW, unit: "kW",
          detail:
            "\(ups.count) × \(Format.plain(ups.unitKW)) kW \(ups.redundancy.rawValue.uppercased()), \(ups.spares) out",
          policy: policy))
    }
    checks.append(
      check(
        "utility", load: plannedFacility.kilowatts, limit: site.utilityKW, unit: "kW",
        detail: "facility power with margins against the contracted interconnect", policy: policy))
    for plan in fleet.serving where plan.replicas > 0 {
      checks.append(contentsOf: latencyChecks(plan, policy: policy))
    }
    return checks
  }

  private static func latencyChecks(_ plan: ServingPlan, policy: Policy) -> [Check] {
    let name = plan.deployment.name
    let slo = plan.deployment.slo
    var checks: [Check] = []
    if let tpot = slo.tpotMs, plan.batchLimit != .prefillOnly {
      checks.append(
        check(
          "tpot[\(name)]", load: plan.tpotSeconds * 1000, limit: tpot, unit: "ms",
          detail: "time per output token at batch \(plan.batch)", policy: policy, objective: true))
    }
    if let p95 = slo.ttftP95Ms {
      checks.append(
        check(
          "ttft-p95[\(name)]", load: plan.ttftP95Seconds * 1000, limit: p95, unit: "ms",
          detail: "prefill + first step + p95 queueing over \(plan.replicas) replicas",
          policy: policy,
          objective: true))
    }
    if let p99 = slo.ttftP99Ms {
      checks.append(
        check(
          "ttft-p99[\(name)]", load: plan.ttftP99Seconds * 1000, limit: p99, unit: "ms",
          detail: "prefill + first step + p99 queueing over \(plan.replicas) replicas",
          policy: policy,
          objective: true))
    }
    return checks
  }
}
