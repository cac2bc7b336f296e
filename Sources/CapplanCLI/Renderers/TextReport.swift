import PlannerCore

/// The plan as text for a terminal, at most 100 columns: demand, deployments, racks, the
/// power stack from GPU boards to the meter, the day, and the limits. Reads only the Report.
enum TextReport {
  static func render(_ report: Report) -> String {
    // each section reads the report alone: they are written on all cores, each with the
    // task-local table form of this thread (text, or HTML for the HTML report)
    let html = TextTable.asHTML
    return inParallel(sections.count) { index in
      TextTable.$asHTML.withValue(html) { sections[index](report) }
    }.compactMap { $0 }.joined(separator: "\n")
  }

  /// The sections, in the order they are printed; nil where a section has nothing to show.
  private static let sections: [@Sendable (Report) -> String?] = [
    header, demand, deployments, racks, power, facility, energyPerRequest, day, events, limits,
    forecast, runway,
  ]

  static func header(_ report: Report) -> String {
    var text = "capplan plan: \(report.scenario.name)\n"
    if !report.scenario.description.isEmpty {
      text += wrap(report.scenario.description, width: 100) + "\n"
    }
    let s = report.summary
    text +=
      "\nPlanning peak: the worst five minutes of the busiest slot ('\(report.scenario.profile)' profile), "
    text += "\(Format.plain(report.scenario.designAmbientC)) °C outdoors\n"
    text += "  \(count(s.gpus, "GPU")) in \(count(s.nodes, "node")), \(count(s.racks, "rack"))\n"
    text +=
      "  IT \(kw(s.itPeakKW)), facility \(kw(s.facilityPeakKW)) (PUE \(Format.fixed(s.pue, 2))); "
    text += "\(Format.fixed(s.tokensPerJoule, 2)) tokens/J of IT energy\n"
    return text
  }

  static func demand(_ report: Report) -> String {
    var table = TextTable([
      ("surface", .left), ("tier", .left), ("mean/s", .right), ("peak/s", .right),
      ("to model/s", .right), ("prompt", .right), ("output", .right),
      ("output tok/s", .right),
    ])
    for s in report.demand {
      table.add([
        s.name, s.tier, Format.grouped(s.meanRequestsPerSecond, 1),
        Format.grouped(s.peakRequestsPerSecond, 1),
        Format.grouped(s.generatedRequestsPerSecond, 1), Format.grouped(s.promptTokens, 0),
        Format.grouped(s.outputTokens, 0), Format.grouped(s.outputTokensPerSecond, 0),
      ])
    }
    return
      "Demand at the peak: requests per second (retries in; cache hits skip the model), tokens per request\n"
      + table.rendered
  }

  static func deployments(_ report: Report) -> String {
    var sizing = TextTable([
      ("deployment", .left), ("model", .left), ("GPU", .left), ("prec", .left), ("TP", .right),
      ("batch", .right), ("limited by", .left), ("replicas", .right), ("GPUs", .right),
      ("nodes", .right),
    ])
    var latency = TextTable([
      ("deployment", .left), ("req/s", .right), ("TPOT", .right), ("prefill", .right),
      ("queue95", .right), ("TTFT95", .right), ("TTFT99", .right), ("tok/s/GPU", .right),
      ("GPU W", .right), ("tok/J", .right),
    ])
    for d in report.deployments {
      sizing.add([
        d.name, d.model, d.gpu, d.precision, parallelism(d), "\(d.batch)", d.batchLimit,
        Format.grouped(Double(d.replicas), 0), Format.grouped(Double(d.gpus), 0),
        Format.grouped(Double(d.nodes), 0),
      ])
      // prefill-only models (embedders, rerankers, guards) generate no tokens
      let generates = d.batchLimit != "prefill-only"
      latency.add([
        d.name, Format.grouped(d.requestsPerSecond, 1),
        generates ? Format.fixed(d.tpotMs, 1) : "-",
        Format.fixed(d.prefillMs, 1), Format.fixed(d.queueWaitP95Ms, 1),
        Format.fixed(d.ttftP95Ms, 1),
        Format.fixed(d.ttftP99Ms, 1),
        generates ? Format.grouped(d.outputTokensPerSecondPerGPU, 0) : "-",
        Format.fixed(d.gpuWatts, 0),
        generates ? Format.fixed(d.tokensPerJouleGPU, 2) : "-",
      ])
    }
    return "Deployments (modelled: roofline and GPU power curve)\n" + sizing.rendered
      + pinsAndOverloads(report)
      + "\n  at the peak: latency in ms, output tokens per second per GPU and per joule of board energy\n"
      + latency.rendered + measuredMark(report)
  }

  static func racks(_ report: Report) -> String {
    var table = TextTable([
      ("pool", .left), ("nodes", .right), ("per rack", .right), ("racks", .right),
      ("limited by", .left),
      ("peak kW", .right), ("charged kW", .right), ("plate kW", .right),
      ("rack kW", .right),
    ])
    for r in report.racks {
      table.add([
        r.pool, Format.grouped(Double(r.nodes), 0), "\(r.nodesPerRack)",
        Format.grouped(Double(r.racks), 0),
        r.limitedBy, Format.fixed(r.nodePeakKW, 2), Format.fixed(r.nodeProvisionKW, 2),
        Format.fixed(r.nodeNameplateKW, 2), Format.fixed(r.fullestRackKW, 1),
      ])
    }
    let provision = report.racks.first?.provisionBy ?? "nameplate"
    let budget = report.racks.first.map { Format.fixed($0.rackBudgetKW, 1) } ?? "-"
    return
      "Racks, node power in kW\n"
      + "  nodes charged at \(provision == "nameplate" ? "nameplate" : "modelled peak with margins"); "
      + "rack budget \(budget) kW (rack limit or surviving feeds)\n"
      + table.rendered
      + provisioning(report)
  }

  /// Nameplate against modelled-peak provisioning: what the nameplate strands, and the GPU
  /// cap that makes charging the modelled peak safe.
  static func provisioning(_ report: Report) -> String {
    let pools = report.racks.filter { $0.pool != "cpu" }
    guard !pools.isEmpty else { return "" }
    let stranded = kw(pools.map(\.strandedKWByNameplate).reduce(0, +))
    let caps = pools.map { r -> String in
      guard let cap = r.safeGPUCapWatts else { return "\(r.pool) no settable cap is low enough" }
      return cap >= r.gpuTDPWatts
        ? "\(r.pool) none needed" : "\(r.pool) at \(Format.fixed(cap, 0)) W"
    }.joined(separator: ", ")
    let text =
      pools[0].provisionBy == "nameplate"
      ? "charged at nameplate, the GPU nodes strand \(stranded) over their modelled peak; charged at "
        + "their modelled peak with margins they would be safe with GPUs capped: \(caps)"
      : "charged at their modelled peak with margins (\(kw(report.summary.strandedKW)) held for the "
        + "margins; nameplate would strand \(stranded)), the GPU nodes are safe with GPUs capped: \(caps)"
    return wrap(text, width: 100, indent: "  ") + "\n"
  }

  static func power(_ report: Report) -> String {
    let p = report.power
    let s = report.summary
    var table = TextTable([("at the planning peak", .left), ("kW", .right), ("boundary", .left)])
    let rows: [(String, Double, String)] = [
      ("GPU boards", p.gpuKW, "GPU board"),
      ("host: CPUs, memory, NICs, fans", p.hostKW, ""),
      ("power-supply losses", p.psuLossKW, ""),
      ("GPU nodes", p.nodesKW, "node wall"),
      ("network", p.networkKW, ""),
      ("rack equipment", p.rackEquipmentKW, ""),
      ("CPU pool", p.cpuPoolKW, "node wall"),
      ("storage", p.storageKW, ""),
    ]
    let uplift: [(String, Double, String)] =
      p.inletUpliftKW > 0 ? [("fans: inlet above 23 °C", p.inletUpliftKW, "")] : []
    let site: [(String, Double, String)] = [
      ("IT", p.itKW, "IT"),
      ("electrical losses, lighting", p.electricalLossKW, ""),
      ("cooling", p.coolingKW, ""),
      ("facility", p.facilityKW, "facility (utility meter)"),
    ]
    for (name, value, boundary) in rows + uplift + site {
      table.add([name, Format.grouped(value, 1), boundary])
    }
    return "Power stack\n" + table.rendered
      + "  PUE \(Format.fixed(s.pue, 3)); planned with margins ×\(Format.fixed(p.marginFactor, 3)): "
      + "IT \(kw(s.itPlannedKW)), facility \(kw(s.facilityPlannedKW))\n"
  }

  static func day(_ report: Report) -> String {
    let d = report.daily
    return "Representative day (288 five-minute slots, replicas kept up)\n"
      + "  IT \(Format.grouped(d.itEnergyKWh, 0)) kWh, facility \(Format.grouped(d.facilityEnergyKWh, 0)) kWh "
      + "(energy PUE \(Format.fixed(d.energyPUE, 3)))\n"
      + "  IT average \(kw(d.averageITKW)), minimum \(kw(d.minimumITKW)), busiest slot at \(d.peakSlot)\n"
      + "  \(Format.grouped(d.outputTokens / 1e6, 1)) M tokens generated, "
      + "\(Format.fixed(d.tokensPerJoule, 2)) tokens/J of IT energy\n"
      + wrap(
        "a year of such days at "
          + (d.annualClimate == "monthly"
            ? "each month's ambient" : "the design ambient (no monthly temperatures given)")
          + ": IT \(Format.grouped(d.annualITEnergyMWh, 0)) MWh, facility "
          + "\(Format.grouped(d.annualFacilityEnergyMWh, 0)) MWh, annual PUE "
          + Format.fixed(d.annualPUE, 3), width: 100, indent: "  ") + "\n" + valleyFill(d)
  }

  static func events(_ report: Report) -> String? {
    guard !report.events.isEmpty else { return nil }
    var text =
      "Events at the planning peak, on the installed fleet (site limits in the failed state)\n"
    for e in report.events {
      let verdict =
        !e.contained
        ? "NOT CONTAINED"
        : e.steps.isEmpty ? "every limit holds" : "contained after \(count(e.steps.count, "step"))"
      text += wrap("\(e.name): \(e.perturbation) — \(verdict)", width: 100, indent: "  ") + "\n"
      var table = TextTable([
        ("state", .left), ("IT kW", .right), ("facility kW", .right), ("served", .right),
        ("deferred", .right), ("failing", .left),
      ])
      func row(_ name: String, _ state: EventStateReport) {
        let failing =
          state.failing.count > 2
          ? state.failing.prefix(2).joined(separator: ", ") + " +\(state.failing.count - 2)"
          : state.failing.isEmpty ? "-" : state.failing.joined(separator: ", ")
        table.add([
          name, Format.grouped(state.itPlannedKW, 1), Format.grouped(state.facilityPlannedKW, 1),
          Format.percent(state.serviceRetained.requestsServed, 1),
          Format.percent(state.serviceRetained.deferred, 1), failing,
        ])
      }
      row("struck", e.struck)
      for (i, step) in e.steps.enumerated() { row("\(i + 1). \(step.detail)", step.after) }
      text += table.rendered.split(separator: "\n").map { "  " + $0 + "\n" }.joined()
      text += brakes(e)
      let r = e.serviceRetained
      text +=
        wrap(
          "service: \(Format.percent(r.requestsServed, 1)) of requests served now, "
            + "\(Format.percent(r.deferred, 1)) deferred, \(Format.percent(r.shed, 1)) shed; "
            + "\(Format.percent(r.preferredModel, 1)) on the preferred model; latency objectives "
            + (r.latencySLOsKept ? "kept" : "missed"), width: 100, indent: "    ") + "\n"
    }
    return text
      + "  (loads with margins; served and deferred are shares of the requests arriving)\n"
  }

  static func limits(_ report: Report) -> String {
    "Limits (planned loads: racks and feeds as charged, site loads with margins)\n"
      + CheckText.table(report.checks)
      + CheckText.verdict(report) + "\n"
  }

  /// Which deployments' figures come from a measured profile instead of the model, if any.
  static func measuredMark(_ report: Report) -> String {
    let measured = report.deployments.filter { $0.profile != nil }.map { d in
      d.name + (d.figures["gpuWatts"]?.provenance == "measured" ? " (TPOT, GPU W)" : " (TPOT)")
    }
    guard !measured.isEmpty else { return "" }
    let line = "measured, from the deployment's profile: " + measured.joined(separator: ", ")
    return wrap(line, width: 100, indent: "  ") + "\n"
  }

  static func count(_ n: Int, _ noun: String) -> String {
    "\(Format.grouped(Double(n), 0)) \(noun)\(n == 1 ? "" : "s")"
  }

  static func kw(_ value: Double) -> String { "\(Format.grouped(value, 1)) kW" }
}

/// The checks as a table and a verdict line, shared by `plan` and `check`.
enum CheckText {
  static func table(_ checks: [Check]) -> String {
    var table = TextTable([
      ("check", .left), ("load", .right), ("limit", .right), ("unit", .left), ("headroom", .right),
      ("status", .left),
    ])
    for c in checks {
      table.add([
        c.name, Format.grouped(c.load, 1), Format.grouped(c.limit, 1), c.unit,
        Format.percent(c.headroom, 1),
        c.status.rawValue.uppercased(),
      ])
    }
    return table.rendered
  }

  static func verdict(_ report: Report) -> String {
    let counts = [CheckStatus.pass, .warn, .fail].map { status in
      report.checks.filter { $0.status == status }.count
    }
    return
      "verdict: \(report.summary.status.rawValue.uppercased()) (\(report.checks.count) checks: "
      + "\(counts[0]) pass, \(counts[1]) warn, \(counts[2]) fail)"
  }
}
