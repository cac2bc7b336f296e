import PlannerCore

/// Derivations of the summary figures from the report's own values: demand, serving, the
/// power stack, the facility and the margins, each step as the chain computed it.
enum SummaryDerivation {
  typealias Step = FigureExplanation.Step

  /// The summary figures `explain` derives.
  static let figures = [
    "peakRequestsPerSecond", "outputTokensPerSecond", "gpus", "nodes", "racks", "itPeakKW",
    "facilityPeakKW", "pue", "tokensPerJoule", "itPlannedKW", "facilityPlannedKW", "strandedKW",
    "status",
  ]

  static func explain(_ name: String, _ report: Report) -> FigureExplanation? {
    let s = report.summary
    let steps: [Step]
    let meaning: String
    switch name {
    case "peakRequestsPerSecond":
      meaning = "requests per second arriving at the planning peak, retries included"
      steps = demand(report)
    case "outputTokensPerSecond":
      meaning = "generated tokens per second at the planning peak"
      steps =
        report.deployments.map { d in
          Step(
            op: "+",
            label:
              "\(d.name): \(Format.grouped(d.requestsPerSecond, 1)) req/s × \(Format.grouped(d.outputTokens, 0)) tokens",
            value: d.outputTokensPerSecond, unit: "tokens/s",
            source: "deployments[\(d.name)].outputTokensPerSecond")
        } + [total("output tokens per second", s.outputTokensPerSecond, "tokens/s", name)]
    case "gpus", "nodes":
      meaning = name == "gpus" ? "GPUs installed, in whole nodes" : "GPU nodes installed"
      steps =
        serving(report) + [
          total(
            name == "gpus" ? "GPUs in whole nodes" : "nodes",
            Double(name == "gpus" ? s.gpus : s.nodes), name, name)
        ]
    case "racks":
      meaning = "racks of GPU nodes and CPU servers"
      steps =
        report.racks.map { r in
          Step(
            op: "+",
            label: "\(r.pool): \(r.nodes) nodes, \(r.nodesPerRack) a rack (\(r.limitedBy))",
            value: Double(r.racks), unit: "racks", source: "racks[\(r.pool)].racks")
        } + [total("racks", Double(s.racks), "racks", name)]
    case "itPeakKW":
      meaning = "IT power at the planning peak, modelled (boundary: IT)"
      steps = serving(report) + stack(report, throughFacility: false)
    case "facilityPeakKW":
      meaning = "facility power at the planning peak, modelled (boundary: the utility meter)"
      steps = demand(report) + serving(report) + stack(report, throughFacility: true)
    case "pue":
      meaning = "facility over IT power at the planning peak"
      steps = [
        Step(
          op: "", label: "facility power", value: s.facilityPeakKW, unit: "kW",
          source: "summary.facilityPeakKW"),
        Step(op: "÷", label: "IT power", value: s.itPeakKW, unit: "kW", source: "summary.itPeakKW"),
        total("PUE", s.pue, "", name),
      ]
    case "tokensPerJoule":
      meaning = "generated tokens per joule of IT energy at the planning peak"
      steps = [
        Step(
          op: "", label: "output tokens per second", value: s.outputTokensPerSecond,
          unit: "tokens/s", source: "summary.outputTokensPerSecond"),
        Step(
          op: "÷", label: "IT power", value: s.itPeakKW, unit: "kW",
          source: "summary.itPeakKW (× 1,000 W/kW)"),
        total("tokens per joule", s.tokensPerJoule, "tokens/J", name),
      ]
    case "itPlannedKW", "facilityPlannedKW":
      let it = name == "itPlannedKW"
      meaning =
        "\(it ? "IT" : "facility") power with the safety margins, what the limits are checked against"
      steps = planned(report, facility: !it)
    case "strandedKW":
      meaning = "rack power provisioned but not drawn at the modelled peak"
      steps =
        report.racks.flatMap { r in
          [
            Step(
              op: "", label: "\(r.pool): \(r.nodes) nodes, each charged (\(r.provisionBy))",
              value: r.nodeProvisionKW, unit: "kW/node", source: "racks[\(r.pool)].nodeProvisionKW"),
            Step(
              op: "", label: "\(r.pool): each drawing at the modelled peak", value: r.nodePeakKW,
              unit: "kW/node", source: "racks[\(r.pool)].nodePeakKW"),
          ]
        } + [total("stranded", s.strandedKW, "kW", name)]
    case "status":
      meaning = "the worst check"
      steps = report.checks.map { c in
        Step(
          op: "", label: "\(c.name): \(c.status.rawValue)", value: c.headroom, unit: "fraction",
          source: "checks[\(c.name)].headroom")
      }
      return FigureExplanation(
        figure: "summary.status", meaning: meaning, steps: steps,
        status: "status \(s.status.rawValue): the worst of the \(report.checks.count) checks")
    default:
      return nil
    }
    return FigureExplanation(figure: "summary.\(name)", meaning: meaning, steps: steps, status: nil)
  }

  private static func total(_ label: String, _ value: Double, _ unit: String, _ name: String)
    -> Step
  {
    Step(op: "=", label: label, value: value, unit: unit, source: "summary.\(name)")
  }

  /// Each surface's peak arrivals, then their sum.
  static func demand(_ report: Report) -> [Step] {
    report.demand.enumerated().map { index, d in
      Step(
        op: index == 0 ? "" : "+", label: "\(d.name) peak arrivals (\(d.tier))",
        value: d.peakRequestsPerSecond, unit: "req/s",
        source:
          "demand[\(d.name)].peakRequestsPerSecond: traffic.surfaces[\(index)] at the '\(report.scenario.profile)' profile's busiest slot × its worst-five-minutes multiplier, retries in; \(Format.grouped(d.generatedRequestsPerSecond, 1)) req/s reach the model after cache hits"
      )
    } + [
      Step(
        op: "=", label: "peak requests", value: report.summary.peakRequestsPerSecond,
        unit: "req/s", source: "summary.peakRequestsPerSecond")
    ]
  }

  /// Each deployment's sizing at the peak: replicas, GPUs, board watts.
  static func serving(_ report: Report) -> [Step] {
    report.deployments.map { d in
      Step(
        op: "",
        label:
          "\(d.name): \(d.replicas) \(d.replicas == 1 ? "replica" : "replicas") × TP \(d.tensorParallel), batch \(d.batch)",
        value: Double(d.gpus), unit: "GPUs",
        source:
          "deployments[\(d.name)].gpus at \(Format.grouped(d.requestsPerSecond, 1)) req/s (batch limited by \(d.batchLimit), replicas by Erlang C against deployments[].slo); \(d.nodes) \(d.nodes == 1 ? "node" : "nodes") of \(d.system), \(Format.fixed(d.gpuWatts, 1)) W per active GPU board (\(d.figures["gpuWatts"]?.provenance ?? "modelled"))"
      )
    }
  }

  /// The power stack from GPU boards to IT, and on to the utility meter.
  static func stack(_ report: Report, throughFacility: Bool) -> [Step] {
    let p = report.power
    var steps = [
      Step(
        op: "", label: "GPU boards", value: p.gpuKW, unit: "kW",
        source:
          "power.gpuKW: every installed GPU at its board power at the peak (boundary: GPU board)"),
      Step(
        op: "+", label: "host: CPUs, memory, NICs, switches, fans", value: p.hostKW, unit: "kW",
        source:
          "power.hostKW: each node's host term (catalog systems[].hostIdleWatts…hostPeakWatts)"),
      Step(
        op: "+", label: "power-supply losses", value: p.psuLossKW, unit: "kW",
        source: "power.psuLossKW: (boards + host) × (1/psuEfficiency − 1)"),
      Step(
        op: "=", label: "GPU nodes at the wall", value: p.nodesKW, unit: "kW",
        source: "power.nodesKW (boundary: node wall)"),
    ]
    for (label, value, source) in [
      (
        "fans above the reference inlet", p.inletUpliftKW, "power.inletUpliftKW (site.serverInletC)"
      ),
      ("network", p.networkKW, "power.networkKW: racks × fleet.networkKWPerRack"),
      ("rack equipment", p.rackEquipmentKW, "power.rackEquipmentKW (systems[].rackOverheadKW)"),
      ("CPU pool", p.cpuPoolKW, "power.cpuPoolKW: cpuPool servers at their utilisation"),
      ("storage", p.storageKW, "power.storageKW (fleet.storageKW)"),
    ] where value != 0 {
      steps.append(Step(op: "+", label: label, value: value, unit: "kW", source: source))
    }
    steps.append(
      Step(
        op: "=", label: "IT", value: p.itKW, unit: "kW",
        source: "power.itKW = summary.itPeakKW (boundary: IT)"))
    guard throughFacility else { return steps }
    return steps + [
      Step(
        op: "+", label: "electrical losses: UPS, transformers, distribution",
        value: p.electricalLossKW, unit: "kW", source: "power.electricalLossKW (site.overhead)"),
      Step(
        op: "+", label: "cooling: chillers, pumps, fans", value: p.coolingKW, unit: "kW",
        source:
          "power.coolingKW (site.cooling at \(Format.plain(report.scenario.designAmbientC)) °C, site.overhead)"
      ),
      Step(
        op: "=", label: "facility", value: p.facilityKW, unit: "kW",
        source: "power.facilityKW = summary.facilityPeakKW (boundary: facility, the utility meter)"),
    ]
  }

  /// The modelled IT power with the margins, and the facility power of that IT.
  static func planned(_ report: Report, facility: Bool) -> [Step] {
    let s = report.summary
    var steps = [
      Step(
        op: "", label: "IT at the peak, modelled", value: s.itPeakKW, unit: "kW",
        source: "summary.itPeakKW"),
      Step(
        op: "×", label: "margin factor", value: report.power.marginFactor, unit: "×",
        source:
          "power.marginFactor = (1 + margins.burst) × (1 + margins.modelBloat) × (1 + margins.maintenance)"
      ),
      Step(
        op: "=", label: "IT planned", value: s.itPlannedKW, unit: "kW",
        source: "summary.itPlannedKW"),
    ]
    if facility {
      steps.append(
        Step(
          op: "=", label: "facility of the planned IT", value: s.facilityPlannedKW, unit: "kW",
          source:
            "summary.facilityPlannedKW: the planned IT through the facility model (site.overhead, site.cooling)"
        ))
    }
    return steps
  }
}
