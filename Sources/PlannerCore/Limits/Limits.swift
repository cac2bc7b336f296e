/// Every limit of the site and every latency objective, each as load against limit with its
/// headroom and status under the scenario's policy.
public enum Limits {
  /// A check of `load` against `limit` under `policy`. A latency objective has no warning
  /// band: the batch is chosen to run close to its TPOT objective on purpose, so it either
  /// holds or it does not. `source` is the JSON path of the scenario key that sets the limit.
  public static func check(
    _ name: String, load: Double, limit: Double, unit: String, detail: String, policy: Policy,
    objective: Bool = false, source: String? = nil
  ) -> Check {
    let headroom = limit > 0 ? 1 - load / limit : -1
    let status: CheckStatus =
      objective
      ? (load <= limit * (1 + 1e-9) ? .pass : .fail)
      : headroom < policy.failBelowHeadroom
        ? .fail : headroom < policy.warnBelowHeadroom ? .warn : .pass
    return Check(
      name: name, load: load, limit: limit, unit: unit, headroom: headroom, status: status,
      detail: detail, source: source)
  }

  /// The checks of a plan in the normal state: the site's limits against the planned load
  /// (racks charged as provisioned), then each deployment's latency objectives.
  public static func checks(
    _ scenario: Scenario, fleet: FleetPlan, plannedIT: Power, plannedFacility: Power,
    facility: FacilityModel
  ) -> [Check] {
    let how = scenario.fleet.provisionBy == .nameplate ? "nameplate" : "modelled peak with margins"
    let racks = fleet.pools.filter { $0.nodes > 0 }.map { pool in
      RackLoad(
        pool: pool.system.id, racks: pool.packing.racks,
        nodes: min(pool.packing.nodesPerRack, pool.nodes), nodeKW: pool.nodeProvisionKW,
        overheadKW: scenario.fleet.networkKWPerRack + pool.system.rackOverheadKW,
        liquidFraction: pool.system.liquidCooledFraction, charged: how)
    }
    let load = SiteLoad(
      racks: racks, plannedIT: plannedIT, plannedFacility: plannedFacility,
      liquidHeat: liquidHeat(fleet, nodeKW: { $0.nodePeakKW * scenario.margins.factor }))
    var checks = siteChecks(
      scenario.site, load: load, facility: facility, failures: nil, policy: scenario.policy)
    if let positions = scenario.site.rackPositions {
      checks.append(
        check(
          "rack-positions", load: Double(fleet.racks), limit: Double(positions.total),
          unit: "racks", detail: "racks of GPU nodes and CPU servers on \(positions.summary)",
          policy: scenario.policy))
    }
    for plan in fleet.serving where plan.replicas > 0 {
      let index = scenario.deployments.firstIndex { $0.name == plan.deployment.name }
      let path = index.map { JSONPath.root.appending("deployments").appending(index: $0) }
      checks.append(contentsOf: latencyChecks(plan, policy: scenario.policy, path: path))
      checks.append(contentsOf: servingChecks(plan, path: path))
    }
    return checks
  }

  /// Heat the liquid loop takes: each pool's nodes at `nodeKW` times its platform's liquid
  /// fraction.
  static func liquidHeat(_ fleet: FleetPlan, nodeKW: (FleetPlan.Pool) -> Double) -> Power {
    fleet.pools.map {
      Power(kilowatts: Double($0.nodes) * nodeKW($0) * $0.system.liquidCooledFraction)
    }.sum()
  }

  /// The site's limits against `load`: per pool the fullest rack against the rack limit, its
  /// feeds and the air it may reject; the busway of the fullest row; the cooling plant, the
  /// liquid loop, UPS, generator and utility. In the normal state (`failures` nil) redundant
  /// units are held back; in an event's failed state every unit not lost runs.
  public static func siteChecks(
    _ site: Site, load: SiteLoad, facility: FacilityModel, failures: Failures?, policy: Policy
  ) -> [Check] {
    var checks: [Check] = []
    let feedBudget = FeedCapacity.rackBudgetKW(site.feed, feedsLost: failures?.feeds ?? 0)
    for rack in load.racks {
      checks.append(
        check(
          "rack-power[\(rack.pool)]", load: rack.fullestKW, limit: site.rackLimitKW, unit: "kW",
          detail:
            "fullest rack: \(rack.nodes) × \(Format.fixed(rack.nodeKW, 2)) kW (\(rack.charged)) + rack equipment",
          policy: policy, source: "site.rackLimitKW"))
      checks.append(
        check(
          "pdu-feed[\(rack.pool)]", load: rack.fullestKW, limit: feedBudget, unit: "kW",
          detail: FeedCapacity.summary(site.feed, feedsLost: failures?.feeds ?? 0), policy: policy,
          source: "site.pdu"))
      if let air = site.rackAirLimitKW {
        checks.append(
          check(
            "rack-air[\(rack.pool)]", load: rack.airKW, limit: air, unit: "kW",
            detail:
              "fullest rack's heat to air: \(Format.percent(1 - rack.liquidFraction, 0)) of its nodes + rack equipment",
            policy: policy, source: "site.rackAirLimitKW"))
      }
    }
    if let row = site.row, !load.racks.isEmpty {
      let heaviest = load.racks.flatMap { Array(repeating: $0.fullestKW, count: $0.racks) }
        .sorted(by: >).prefix(row.racks)
      checks.append(
        check(
          "row", load: heaviest.reduce(0, +), limit: row.limitKW, unit: "kW",
          detail: "the \(heaviest.count) heaviest racks on one busway of \(row.racks)",
          policy: policy, source: "site.row.limitKW"))
    }
    checks.append(
      contentsOf: plantChecks(
        site, load: load, facility: facility, failures: failures, policy: policy))
    return checks
  }

  /// The densest air-cooled rack among the cited designs: NVIDIA's DGX SuperPOD H100 design
  /// guide puts 4 DGX H100 (4 × 10.2 kW) in one air-cooled rack (facility-reference §2.1,
  /// §3.1; most operators run below 20–30 kW).
  public static let densestAirRackKW = 40.8

  /// `4 × 500 kW N+1, 1 out` in the normal state, `…, 1 lost, 3 running` in a failed one.
  static func unitsSummary(_ units: RedundantUnits, lost: Int?) -> String {
    let what = lost.map { "\($0) lost, \(units.count - $0) running" } ?? "\(units.spares) out"
    return
      "\(units.count) × \(Format.plain(units.unitKW)) kW \(units.redundancy.rawValue.uppercased()), \(what)"
  }

  /// An event as a check: passes when the site holds without a step and serves as planned,
  /// warns when the ladder contains it or service suffers, fails when no ladder contains it.
  /// The load is the worst limit's use (load over limit, in %) at the end of the ladder.
  /// `index` is the event's place in the scenario's `events`.
  public static func eventCheck(
    _ outcome: EventOutcome, index: Int? = nil, policy: Policy = Policy()
  ) -> Check {
    let final = outcome.final
    let worst = final.checks.max { $0.load / max($0.limit, 1e-9) < $1.load / max($1.limit, 1e-9) }
    let use = worst.map { $0.limit > 0 ? $0.load / $0.limit : 1 } ?? 0
    let steps = outcome.steps.map(\.step.summary).joined(separator: ", ")
    let status: CheckStatus
    let detail: String
    if !outcome.contained {
      status = .fail
      detail =
        "not contained: \(final.failing.map(\.name).joined(separator: ", ")) still over after \(outcome.steps.isEmpty ? "no step" : steps)"
    } else if outcome.steps.isEmpty {
      let service = final.service
      let intact = service.requestsServed >= 1 - 1e-9 && service.latencySLOsKept
      status = intact ? .pass : .warn
      detail =
        "\(outcome.event.summary): every limit holds"
        + (intact
          ? ""
          : "; \(Format.percent(service.requestsServed, 1)) of requests served, latency objectives \(service.latencySLOsKept ? "kept" : "missed")")
    } else {
      status = .warn
      detail =
        "contained by \(steps); \(Format.percent(final.service.requestsServed, 1)) of requests served"
    }
    let served = final.service.requestsServed
    let outage = outcome.contained && served < policy.failBelowServed
    return Check(
      name: "event[\(outcome.event.name)]", load: use * 100, limit: 100, unit: "%",
      headroom: 1 - use, status: outage ? .fail : status,
      detail: outage
        ? detail
          + "; under the \(Format.percent(policy.failBelowServed, 0)) of requests policy.failBelowServed accepts"
        : detail,
      source: index.map { JSONPath.root.appending("events").appending(index: $0).description })
  }

  /// A deployment's latency objectives. When its slots cannot carry the load the queue has no
  /// steady state: its TTFT figures (the wait after the planning peak,
  /// `ServingPlan.overloadSeconds`) fail however small they are, and without a TTFT objective a
  /// `queue[name]` check of offered load against slots fails instead.
  /// `path` is the deployment's place in the scenario (`deployments[1]`), the objectives'
  /// keys under its `slo`.
  static func latencyChecks(_ plan: ServingPlan, policy: Policy, path: JSONPath? = nil) -> [Check] {
    func source(_ key: String?) -> String? {
      guard let path else { return nil }
      return (key.map { path.appending("slo").appending($0) } ?? path).description
    }
    let name = plan.deployment.name
    let slo = plan.deployment.slo
    let unstable = plan.isUnstable ? unstableDetail(plan) : nil
    func ttft(_ quantile: String, load: Double, limit: Double) -> Check {
      var check = check(
        "ttft-\(quantile)[\(name)]", load: load * 1000, limit: limit, unit: "ms",
        detail: "prefill + first step + \(quantile) queueing over \(plan.replicas) replicas",
        policy: policy, objective: true, source: source("ttft\(quantile.uppercased())Ms"))
      if let unstable { (check.status, check.detail) = (.fail, unstable) }
      return check
    }
    var checks: [Check] = []
    if let tpot = slo.tpotMs, plan.batchLimit != .prefillOnly {
      checks.append(
        check(
          "tpot[\(name)]", load: plan.tpotSeconds * 1000, limit: tpot, unit: "ms",
          detail: "time per output token at batch \(plan.batch)", policy: policy, objective: true,
          source: source("tpotMs")))
    }
    if let p95 = slo.ttftP95Ms { checks.append(ttft("p95", load: plan.ttftP95Seconds, limit: p95)) }
    if let p99 = slo.ttftP99Ms { checks.append(ttft("p99", load: plan.ttftP99Seconds, limit: p99)) }
    if let unstable, slo.ttftP95Ms == nil && slo.ttftP99Ms == nil {
      let slots = Double(plan.replicas * plan.batch)
      var queue = check(
        "queue[\(name)]", load: plan.slotUtilization * slots, limit: slots, unit: "slots",
        detail: unstable, policy: policy, objective: true, source: source(nil))
      queue.status = .fail
      checks.append(queue)
    }
    return checks
  }

  /// `unstable: 1.55 × the slots' capacity (10 replicas × batch 10); …`
  private static func unstableDetail(_ plan: ServingPlan) -> String {
    "unstable: \(Format.fixed(plan.slotUtilization, 2)) × the slots' capacity (\(plan.replicas) replicas × batch \(plan.batch)); the queue grows while the peak lasts, after \(Format.plain(ServingPlan.overloadSeconds / 60)) minutes a request waits \(Format.grouped(plan.queueWaitP95Seconds, 1)) s"
  }
}

/// What the site's limits are checked against.
public struct SiteLoad: Sendable, Equatable {
  public var racks: [RackLoad]
  /// IT power with margins (boundary: IT).
  public var plannedIT: Power
  /// Facility power with margins (boundary: facility).
  public var plannedFacility: Power
  /// Heat taken by the liquid loop, with margins.
  public var liquidHeat: Power
}

/// The fullest rack of one pool.
public struct RackLoad: Sendable, Equatable {
  public var pool: String
  /// Racks of the pool.
  public var racks: Int
  /// Nodes in its fullest rack.
  public var nodes: Int
  /// kW each node is charged.
  public var nodeKW: Double
  /// Network and rack-level equipment, in kW.
  public var overheadKW: Double
  /// Share of node heat the liquid loop takes.
  public var liquidFraction: Double
  /// How nodes are charged, in words.
  public var charged: String

  public var fullestKW: Double { Double(nodes) * nodeKW + overheadKW }
  /// Heat the fullest rack rejects to air.
  public var airKW: Double { Double(nodes) * nodeKW * (1 - liquidFraction) + overheadKW }
}

/// Units out of service during an event, beyond the normal state.
public struct Failures: Sendable, Equatable {
  public var coolingUnits: Int
  /// PDU feeds lost per rack.
  public var feeds: Int
  public var upsModules: Int
  public var generatorUnits: Int

  public init(coolingUnits: Int = 0, feeds: Int = 0, upsModules: Int = 0, generatorUnits: Int = 0) {
    self.coolingUnits = coolingUnits
    self.feeds = feeds
    self.upsModules = upsModules
    self.generatorUnits = generatorUnits
  }
}
