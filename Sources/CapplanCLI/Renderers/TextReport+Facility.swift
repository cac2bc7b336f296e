import PlannerCore

/// The facility as a design basis, in text: heat, plant, power path with its binding element,
/// UPS, generator, feeds, and the assumptions with the defaults marked. Reads only the Report.
extension TextReport {
  static func facility(_ report: Report) -> String? {
    guard let f = report.facility else { return nil }
    let h = f.heat
    let p = f.plant
    var text = "Facility design basis (planning peak with margins)\n"
    text +=
      wrap(
        "heat on the chillers \(kw(h.totalKW)) = IT \(Format.grouped(h.itKW, 1)) + losses in the cooled space \(Format.grouped(h.lossesInCooledSpaceKW, 1)) + air handler fans and CDU pumps \(Format.grouped(h.fansAndCDUPumpsKW, 1)) + lighting and people \(Format.grouped(h.lightingKW + h.peopleKW, 1)); losses outside it \(kw(h.lossesOutsideKW)); to liquid \(kw(h.liquidKW))",
        width: 100, indent: "  ") + "\n"
    text +=
      wrap(
        "plant: \(p.chillerKind) chillers at part load \(Format.fixed(p.partLoad, 2)), COP \(Format.fixed(p.cop, 2)): compressors \(Format.grouped(p.compressorKW, 1)), air handlers \(Format.grouped(p.airHandlerFanKW, 1)), chilled water \(Format.grouped(p.chilledWaterPumpKW, 1)), condenser \(Format.grouped(p.condenserPumpKW, 1)), tower \(Format.grouped(p.towerFanKW, 1)), CDU \(Format.grouped(p.cduPumpKW, 1)) = \(kw(p.totalKW)); economiser \(Format.grouped(p.economiserHoursPerYear, 0)) h a year",
        width: 100, indent: "  ") + "\n"
    if !f.losses.isEmpty {
      let parts = f.losses.map {
        "\($0.component) \(Format.grouped($0.kilowatts, 1))\($0.inCooledSpace ? "" : " (outside)")"
      }
      text += wrap("losses kW: " + parts.joined(separator: ", "), width: 100, indent: "  ") + "\n"
    }
    text += powerPath(f)
    if let u = f.ups {
      let rating = u.unitKVA.map { "\(Format.plain($0)) kVA at PF \(Format.plain(u.powerFactor))" }
      text +=
        wrap(
          "UPS: \(u.modules) × \(Format.grouped(u.unitKW, 1)) kW\(rating.map { " (\($0))" } ?? ""), \(u.mode); each module \(Format.percent(u.moduleLoadNormal, 1)) loaded, \(Format.percent(u.moduleLoadOneLost, 1)) with one lost\(u.efficiency.map { "; efficiency \(Format.percent($0, 1))" } ?? "")",
          width: 100, indent: "  ") + "\n"
    }
    if let g = f.generator {
      text +=
        wrap(
          "generator: \(kw(g.loadKW)) (facility + \(Format.grouped(g.upsRechargeKW, 1)) kW UPS recharge) of \(kw(g.capacityKW)) after a \(Format.fixed(g.derate, 3)) derate; largest step \(kw(g.largestStepKW)) of \(kw(g.stepLimitKW)) accepted",
          width: 100, indent: "  ") + "\n"
    }
    for feed in f.feeds {
      text +=
        "  feeds in normal operation, \(feed.pool): A \(kw(feed.feedAKW)), B \(kw(feed.feedBKW)) "
        + "of \(kw(feed.sideUsableKW)) a side\n"
    }
    for warning in f.warnings {
      text += wrap("warning: " + warning, width: 100, indent: "  ") + "\n"
    }
    return text + assumptions(f)
  }

  private static func powerPath(_ f: FacilityReport) -> String {
    guard !f.powerPath.isEmpty else { return "" }
    var table = TextTable([
      ("power path", .left), ("load", .right), ("limit", .right), ("unit", .left),
      ("headroom", .right), ("", .left),
    ])
    for e in f.powerPath {
      table.add([
        e.element, Format.grouped(e.load, 1), Format.grouped(e.limit, 1), e.unit,
        Format.percent(e.headroom, 1), e.element == f.bindingElement ? "binds" : "",
      ])
    }
    return table.rendered
  }

  private static func assumptions(_ f: FacilityReport) -> String {
    var text = "Assumptions (* = default, not given in the scenario)\n"
    for a in f.assumptions {
      text += wrap("\(a.name)\(a.defaulted ? "*" : ""): \(a.value)", width: 100, indent: "  ")
      text += "\n"
    }
    return text
  }
}

extension TextReport {
  /// `braked on one feed: dgx-h100 keeps 3 of 6 supplies (needs 4): 9.9 kW a node, …`.
  static func brakes(_ event: EventReport) -> String {
    (event.brakes ?? []).map { b in
      wrap(
        "braked: '\(b.system)' nodes keep \(b.survivingSupplies) supplies, fewer than the \(b.requiredSupplies) they need: at most \(Format.grouped(b.nodeLimitKW, 2)) kW a node, GPUs capped at \(Format.grouped(b.gpuCapWatts, 0)) W, \(Format.percent(b.throughput, 1)) of throughput kept",
        width: 100, indent: "    ") + "\n"
    }.joined()
  }
}
