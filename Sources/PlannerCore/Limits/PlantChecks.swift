/// The limits of the cooling plant and the power path above the racks: chillers against the
/// heat, the liquid loop, floor PDUs, UPS in kW and kVA, switchboard, transformer, utility and
/// the generators with their recharge, step loading and derates.
extension Limits {
  /// The plant's checks against `load`; in a failed state (`failures` set) every unit not lost
  /// runs.
  static func plantChecks(
    _ site: Site, load: SiteLoad, facility: FacilityModel, failures: Failures?, policy: Policy
  ) -> [Check] {
    let parts = facility.breakdown(it: load.plannedIT)
    let inSpace = parts.lossesInCooledSpaceKW
    var checks: [Check] = []
    checks.append(
      check(
        "cooling-plant", load: parts.heatKW,
        limit: facility.coolingCapacityKW(unitsLost: failures?.coolingUnits), unit: "kW",
        detail:
          "heat: IT + \(Format.fixed(inSpace, 1)) kW losses in the cooled space + \(Format.fixed(parts.airHandlerFanKW + parts.cduPumpKW + parts.lightingKW + parts.peopleKW, 1)) kW fans, pumps, lights, people; \(unitsSummary(site.cooling.units, lost: failures?.coolingUnits)), at \(Format.plain(facility.ambientC)) °C (\(site.cooling.curve.name) curve)",
        policy: policy, source: "site.cooling"))
    if let loop = site.liquidLoop {
      checks.append(
        check(
          "liquid-loop", load: load.liquidHeat.kilowatts,
          limit: loop.capacityKW(failures.map { _ in 0 }), unit: "kW",
          detail:
            "\(unitsSummary(loop, lost: failures.map { _ in 0 })); liquid-cooled share of node heat",
          policy: policy, source: "site.liquidCooling"))
    }
    checks.append(contentsOf: pathChecks(site, load: load, failures: failures, policy: policy))
    if let generator = site.generator {
      checks.append(
        contentsOf: generatorChecks(
          generator, site: site, load: load, coolingKW: parts.coolingKW + parts.lightingKW,
          ambientC: facility.ambientC, failures: failures, policy: policy))
    }
    checks.append(
      check(
        "utility", load: load.plannedFacility.kilowatts, limit: site.utilityKW, unit: "kW",
        detail: "facility power with margins against the contracted interconnect", policy: policy,
        source: "site.utilityKW"))
    return checks
  }

  /// Floor PDUs and UPS (IT load), switchboard and transformer (the whole facility: the
  /// mechanical plant hangs on the same switchboard).
  static func pathChecks(_ site: Site, load: SiteLoad, failures: Failures?, policy: Policy)
    -> [Check]
  {
    var checks: [Check] = []
    let it = load.plannedIT.kilowatts
    let facilityKW = load.plannedFacility.kilowatts
    let running = failures.map { _ in 0 }
    let path = site.powerPath
    for (name, element, key, kw, what) in [
      ("transformer", path.transformer, "transformer", facilityKW, "facility"),
      ("switchboard", path.switchboard, "switchboard", facilityKW, "facility"),
      ("floor-pdu", path.floorPDU, "floorPDU", it, "IT"),
    ] {
      guard let element else { continue }
      checks.append(
        check(
          name, load: kw, limit: element.units.capacityKW(running), unit: "kW",
          detail:
            "\(unitsSummary(element.units, lost: running))\(element.unitKVA.map { " (\(Format.plain($0)) kVA each)" } ?? ""); \(what) power with margins",
          policy: policy, source: "site.powerPath.\(key)"))
    }
    if let ups = site.ups {
      let lost = failures?.upsModules
      let perModule = it / Double(max(ups.count - (lost ?? 0), 1))
      checks.append(
        check(
          "ups", load: it, limit: ups.capacityKW(lost), unit: "kW",
          detail:
            "\(unitsSummary(ups, lost: lost)); each running module carries \(Format.fixed(perModule, 1)) kW (\(Format.percent(perModule / ups.unitKW, 0)))",
          policy: policy, source: "site.ups"))
      if let kva = site.upsDetail.unitKVA {
        let pf = site.feed.powerFactor
        let firmKVA = ups.capacityKW(lost) / ups.unitKW * kva
        checks.append(
          check(
            "ups-kva", load: it / pf, limit: firmKVA, unit: "kVA",
            detail:
              "IT at the load's power factor \(Format.plain(pf)): \(Format.fixed(it, 1)) kW / \(Format.plain(pf)); modules of \(Format.plain(kva)) kVA",
            policy: policy, source: "site.ups.unitKVA"))
      }
    }
    return checks
  }

  /// The generators against the facility and the UPS recharge, derated for altitude and heat,
  /// and their step loading.
  static func generatorChecks(
    _ generator: RedundantUnits, site: Site, load: SiteLoad, coolingKW: Double, ambientC: Double,
    failures: Failures?, policy: Policy
  ) -> [Check] {
    let detail = site.generatorDetail
    let derate = detail.derate(altitudeM: site.altitudeM, ambientC: ambientC)
    let capacity = generator.capacityKW(failures?.generatorUnits) * derate
    let recharge = site.ups.map { site.upsDetail.rechargeFraction * $0.firmKW } ?? 0
    let step = detail.largestStepKW ?? coolingKW
    return [
      check(
        "generator", load: load.plannedFacility.kilowatts + recharge, limit: capacity, unit: "kW",
        detail:
          "\(unitsSummary(generator, lost: failures?.generatorUnits)) × \(Format.fixed(derate, 3)) derate; the whole facility + \(Format.fixed(recharge, 1)) kW UPS recharge",
        policy: policy, source: "site.generator"),
      check(
        "generator-step", load: step, limit: capacity * detail.stepAcceptance, unit: "kW",
        detail:
          "largest step (\(detail.largestStepKW == nil ? "the cooling plant restarting" : "given")) against \(Format.percent(detail.stepAcceptance, 0)) of the running sets",
        policy: policy,
        source: detail.largestStepKW == nil
          ? "site.generator.stepAcceptance" : "site.generator.largestStepKW"),
    ]
  }
}
