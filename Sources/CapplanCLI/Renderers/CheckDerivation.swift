import PlannerCore

/// Derivations of the checks: where the load comes from, the limit and the scenario key that
/// sets it, the headroom, and the status under the policy. Every value is the report's.
enum CheckDerivation {
  typealias Step = FigureExplanation.Step

  static func explain(_ index: Int, _ report: Report) -> FigureExplanation {
    let check = report.checks[index]
    let name = check.name
    var steps = load(check, report)
    steps.append(
      Step(
        op: "=", label: "load", value: check.load, unit: check.unit,
        source: "checks[\(name)].load: \(check.detail)"))
    steps.append(
      Step(
        op: "", label: "limit", value: check.limit, unit: check.unit,
        source: "checks[\(name)].limit" + (check.source.map { ", set by \($0)" } ?? "")))
    steps.append(
      Step(
        op: "=", label: "headroom: 1 − load / limit", value: check.headroom, unit: "fraction",
        source: "checks[\(name)].headroom"))
    let policy = report.policy.map {
      "policy: warn below \(Format.percent($0.warnBelowHeadroom, 0)) headroom, fail below \(Format.percent($0.failBelowHeadroom, 0))"
    }
    let objective = name.hasPrefix("tpot[") || name.hasPrefix("ttft-")
    let rule =
      objective ? "a latency objective holds or it does not (no warning band)" : policy ?? ""
    return FigureExplanation(
      figure: "checks.\(name)", meaning: check.detail, steps: steps,
      status: "status \(check.status.rawValue.uppercased()): \(rule)")
  }

  /// The steps before the load, by the kind of check.
  private static func load(_ check: Check, _ report: Report) -> [Step] {
    let name = check.name
    if let pool = argument(name, "rack-power") ?? argument(name, "pdu-feed")
      ?? argument(name, "rack-air"), let rack = report.racks.first(where: { $0.pool == pool })
    {
      return [
        Step(
          op: "", label: "\(pool) nodes in the fullest rack", value: Double(rack.nodesPerRack),
          unit: "nodes", source: "racks[\(pool)].nodesPerRack (limited by \(rack.limitedBy))"),
        Step(
          op: "×", label: "each charged (\(rack.provisionBy))", value: rack.nodeProvisionKW,
          unit: "kW/node", source: "racks[\(pool)].nodeProvisionKW (fleet.provisionBy)"),
        Step(
          op: "+", label: "rack network and equipment, planned fullest rack",
          value: rack.fullestRackKW, unit: "kW", source: "racks[\(pool)].fullestRackKW"),
      ]
    }
    switch name {
    case "ups":
      return SummaryDerivation.stack(report, throughFacility: false)
        + SummaryDerivation.planned(report, facility: false)
    case "cooling-plant":
      return SummaryDerivation.stack(report, throughFacility: false)
        + SummaryDerivation.planned(report, facility: false) + heat(report)
    case "utility":
      return SummaryDerivation.stack(report, throughFacility: true)
        + SummaryDerivation.planned(report, facility: true)
    case "generator":
      return SummaryDerivation.stack(report, throughFacility: true)
        + SummaryDerivation.planned(report, facility: true)
        + (report.facility?.generator.map {
          [
            Step(
              op: "+", label: "UPS recharge", value: $0.upsRechargeKW, unit: "kW",
              source: "facility.generator.upsRechargeKW (site.ups.rechargeFraction × firm UPS)")
          ]
        } ?? [])
    default:
      break
    }
    if let deployment = argument(name, "tpot").flatMap({ d in
      report.deployments.first { $0.name == d }
    }) {
      return [
        Step(
          op: "", label: "\(deployment.name) at batch \(deployment.batch)",
          value: deployment.tpotMs,
          unit: "ms",
          source:
            "deployments[\(deployment.name)].tpotMs: one decode step of the batch (batch limited by \(deployment.batchLimit))"
        )
      ]
    }
    for percentile in ["p95", "p99"] {
      guard
        let d = argument(name, "ttft-\(percentile)").flatMap({ d in
          report.deployments.first { $0.name == d }
        })
      else { continue }
      let wait = percentile == "p95" ? d.queueWaitP95Ms : d.queueWaitP99Ms
      return [
        Step(
          op: "", label: "\(d.name): prefill and the first step", value: d.firstTokenMs,
          unit: "ms",
          source: "deployments[\(d.name)].firstTokenMs (prefill \(Format.fixed(d.prefillMs, 1)) ms)"
        ),
        Step(
          op: "+", label: "queueing for a batch slot, \(percentile)", value: wait, unit: "ms",
          source:
            "deployments[\(d.name)].queueWait\(percentile.uppercased())Ms: Erlang C over \(d.replicas) replicas × batch \(d.batch), offered load \(Format.fixed(d.offeredLoad, 1))"
        ),
      ]
    }
    if let event = argument(name, "event").flatMap({ e in report.events.first { $0.name == e } }) {
      return [
        Step(
          op: "", label: "facility right after: \(event.perturbation)",
          value: event.struck.facilityPlannedKW, unit: "kW",
          source:
            "events[\(event.name)].struck.facilityPlannedKW; failing: \(event.struck.failing.joined(separator: ", "))"
        )
      ]
        + event.steps.map { step in
          Step(
            op: "", label: "after \(step.step): \(step.detail)",
            value: step.after.facilityPlannedKW,
            unit: "kW", source: "events[\(event.name)].steps[\(step.step)].after.facilityPlannedKW")
        }
    }
    return []
  }

  /// What the chillers carry beyond the planned IT: losses in the cooled space, the fans and
  /// CDU pumps, lighting and people.
  private static func heat(_ report: Report) -> [Step] {
    guard let heat = report.facility?.heat else { return [] }
    return [
      Step(
        op: "+", label: "losses in the cooled space", value: heat.lossesInCooledSpaceKW,
        unit: "kW", source: "facility.heat.lossesInCooledSpaceKW (facility.losses[])"),
      Step(
        op: "+", label: "air handler fans and CDU pumps", value: heat.fansAndCDUPumpsKW,
        unit: "kW", source: "facility.heat.fansAndCDUPumpsKW (site.cooling.auxiliaries)"),
      Step(
        op: "+", label: "lighting and people", value: heat.lightingKW + heat.peopleKW, unit: "kW",
        source: "facility.heat.lightingKW + peopleKW (site.lightingKW, site.occupants)"),
    ]
  }

  /// `NAME` of `kind[NAME]`.
  private static func argument(_ name: String, _ kind: String) -> String? {
    guard name.hasPrefix(kind + "["), name.hasSuffix("]") else { return nil }
    return String(name.dropFirst(kind.count + 1).dropLast())
  }
}
