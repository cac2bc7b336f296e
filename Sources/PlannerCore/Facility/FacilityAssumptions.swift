/// The assumptions behind the facility figures that a reviewer asks about, each with the
/// scenario key that sets it and whether the scenario left it to its default.
public enum FacilityAssumptions {
  /// The list, in a fixed order.
  public static func list(_ site: Site) -> [AssumptionReport] {
    func item(_ name: String, _ value: String, _ keys: [String], source: String)
      -> AssumptionReport
    {
      AssumptionReport(
        name: name, value: value, defaulted: keys.contains { site.defaulted.contains($0) },
        source: "site." + source)
    }
    let cooling = site.cooling
    var items = [
      item(
        "design ambient", "\(Format.plain(site.designAmbientC)) °C outdoors at the planning peak",
        ["designAmbientC"], source: "designAmbientC"),
      item(
        "power factor", "\(Format.plain(site.feed.powerFactor)) (IT load, feeds and kVA ratings)",
        ["pdu.powerFactor"], source: "pdu.powerFactor"),
      item(
        "chillers",
        "\(cooling.kind.rawValue), COP \(Format.plain(cooling.ratedCOP)) at \(Format.plain(cooling.ratedAmbientC)) °C, '\(cooling.curve.name)' curve, part load: \(cooling.kind.partLoadName)",
        ["cooling.kind", "cooling.cop", "cooling.curve"], source: "cooling"),
      item(
        "plant fans and pumps", auxiliaries(cooling), ["cooling.auxiliaries"],
        source: "cooling.auxiliaries"),
      item(
        "losses in the cooled space", lossPlaces(site, inside: true), ["overhead.inCooledSpace"],
        source: "overhead.inCooledSpace"),
      item(
        "losses outside it", lossPlaces(site, inside: false), [], source: "powerPath"),
      item(
        "economiser",
        cooling.economiser.map {
          "compressors off at or below \(Format.plain($0.belowC)) °C outside (day swing \(Format.plain($0.diurnalSwingK)) K)"
        } ?? "none", [], source: "cooling.economiser"),
    ]
    if let ups = site.ups {
      let d = site.upsDetail
      let rating =
        d.unitKVA.map {
          "\(ups.count) × \(Format.plain($0)) kVA at PF \(Format.plain(d.powerFactor))"
        } ?? "\(ups.count) × \(Format.plain(ups.unitKW)) kW"
      items.append(
        item(
          "UPS",
          "\(rating); losses: \(d.mode.map { "\($0.rawValue) curve" } ?? "in the overhead loss model"); recharge \(Format.percent(d.rechargeFraction, 0)) of firm kW",
          ["ups.powerFactor", "ups.mode", "ups.rechargeFraction"], source: "ups"))
    }
    if site.generator != nil {
      let g = site.generatorDetail
      items.append(
        item(
          "generator",
          "step acceptance \(Format.percent(g.stepAcceptance, 0)); derate \(Format.percent(g.deratePer100M, 1))/100 m above \(Format.plain(g.ratedAltitudeM)) m, \(Format.percent(g.deratePerK, 1))/K above \(Format.plain(g.ratedAmbientC)) °C; site at \(Format.plain(site.altitudeM)) m",
          ["generator.stepAcceptance", "generator.deratePer100M", "generator.deratePerK"],
          source: "generator"))
    }
    return items
  }

  private static func auxiliaries(_ cooling: CoolingPlant) -> String {
    let a = cooling.auxiliaries
    var parts = [
      "air handlers \(Format.plain(a.airHandlerFanKWPerKW))",
      "chilled water \(Format.plain(a.chilledWaterPumpKWPerKW))",
    ]
    if cooling.kind == .waterCooled {
      parts += [
        "condenser \(Format.plain(a.condenserPumpKWPerKW))",
        "tower \(Format.plain(a.towerFanKWPerKW))",
      ]
    }
    parts.append("CDU \(Format.plain(a.cduPumpKWPerKW))")
    return parts.joined(separator: ", ") + " kW per kW of heat"
  }

  /// The components whose losses land inside (or outside) the cooled space, with lighting and
  /// people.
  private static func lossPlaces(_ site: Site, inside: Bool) -> String {
    var names: [String] = []
    if case .model = site.overhead, site.overheadInCooledSpace == inside {
      names.append("overhead loss model")
    }
    if site.ups != nil, site.upsDetail.mode != nil, site.upsDetail.inCooledSpace == inside {
      names.append("UPS")
    }
    let path = site.powerPath
    for (name, element) in [
      ("transformer", path.transformer), ("switchboard", path.switchboard),
      ("floor PDU", path.floorPDU),
    ] {
      if let element, element.losses != nil, element.inCooledSpace == inside { names.append(name) }
    }
    if inside {
      let gains = site.heatGains
      if gains.lightingKW > 0 { names.append("lighting \(Format.plain(gains.lightingKW)) kW") }
      if gains.occupants > 0 { names.append("\(gains.occupants) people × 75 W") }
    }
    return names.isEmpty ? "none" : names.joined(separator: ", ")
  }
}
