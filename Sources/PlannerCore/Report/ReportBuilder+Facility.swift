/// The facility part of the report: built from the facility model at the planned peak and the
/// checks already made; nothing here is a second computation of a check.
extension ReportBuilder {
  var facilityReport: FacilityReport {
    let parts = facility.breakdown(it: plannedIT)
    let inSpace = parts.lossesInCooledSpaceKW
    let site = scenario.site
    return FacilityReport(
      assumptions: FacilityAssumptions.list(site),
      heat: HeatReport(
        itKW: parts.itKW, lossesInCooledSpaceKW: inSpace,
        lossesOutsideKW: parts.lossKW - inSpace, lightingKW: parts.lightingKW,
        peopleKW: parts.peopleKW, fansAndCDUPumpsKW: parts.airHandlerFanKW + parts.cduPumpKW,
        liquidKW: parts.liquidHeatKW, totalKW: parts.heatKW),
      plant: PlantReport(
        chillerKind: site.cooling.kind.rawValue, partLoad: parts.partLoad, cop: parts.cop,
        compressorKW: parts.compressorKW, airHandlerFanKW: parts.airHandlerFanKW,
        chilledWaterPumpKW: parts.chilledWaterPumpKW, condenserPumpKW: parts.condenserPumpKW,
        towerFanKW: parts.towerFanKW, cduPumpKW: parts.cduPumpKW, totalKW: parts.coolingKW,
        economiserHoursPerYear: Economiser.hoursPerYear(
          site.cooling.economiser,
          monthlyMeansC: site.monthlyAmbientC
            ?? Array(repeating: site.designAmbientC, count: 12))),
      losses: parts.losses.map {
        LossReport(
          component: $0.component, kilowatts: $0.kilowatts, inCooledSpace: $0.inCooledSpace)
      },
      powerPath: pathElements, bindingElement: PowerPathOrder.binding(pathElements),
      ups: upsReport(parts), generator: generatorReport, feeds: feedLoads,
      warnings: airWarnings)
  }

  /// Without `site.rackAirLimitKW`, each air-cooled pool whose fullest rack's nodes reject
  /// more than the densest cited air-cooled rack (`Limits.densestAirRackKW`).
  private var airWarnings: [String] {
    guard scenario.site.rackAirLimitKW == nil else { return [] }
    return fleet.pools.filter { $0.nodes > 0 && $0.system.cooling == .air }.compactMap { pool in
      let nodes = min(pool.packing.nodesPerRack, pool.nodes)
      let kw = Double(nodes) * pool.nodeProvisionKW
      guard kw > Limits.densestAirRackKW * (1 + 1e-9) else { return nil }
      return
        "air-cooled rack of '\(pool.system.id)': \(nodes) × \(Format.fixed(pool.nodeProvisionKW, 2)) kW = \(Format.fixed(kw, 1)) kW of node heat to air, above the \(Format.plain(Limits.densestAirRackKW)) kW of the densest air-cooled design cited (4 × DGX H100); give site.rackAirLimitKW to check it"
    }
  }

  /// The power path's checks in path order.
  private var pathElements: [PathElementReport] {
    PowerPathOrder.elements(checks).map {
      PathElementReport(
        element: $0.name, load: $0.load, limit: $0.limit, unit: $0.unit, headroom: $0.headroom)
    }
  }

  private func upsReport(_ parts: FacilityBreakdown) -> UPSReport? {
    guard let ups = scenario.site.ups else { return nil }
    let detail = scenario.site.upsDetail
    let it = plannedIT.kilowatts
    let loss = parts.losses.first { $0.component == "ups" }?.kilowatts
    return UPSReport(
      modules: ups.count, unitKW: ups.unitKW, unitKVA: detail.unitKVA,
      powerFactor: detail.powerFactor, mode: detail.mode?.rawValue ?? "overhead",
      moduleLoadNormal: it / Double(ups.count) / ups.unitKW,
      moduleLoadOneLost: it / Double(max(ups.count - 1, 1)) / ups.unitKW,
      efficiency: loss.map { it > 0 ? it / (it + $0) : 1 })
  }

  private var generatorReport: GeneratorReport? {
    guard scenario.site.generator != nil,
      let load = checks.first(where: { $0.name == "generator" }),
      let step = checks.first(where: { $0.name == "generator-step" })
    else { return nil }
    let site = scenario.site
    let recharge = site.ups.map { site.upsDetail.rechargeFraction * $0.firmKW } ?? 0
    return GeneratorReport(
      loadKW: load.load, upsRechargeKW: recharge,
      derate: site.generatorDetail.derate(altitudeM: site.altitudeM, ambientC: facility.ambientC),
      capacityKW: load.limit, largestStepKW: step.load, stepLimitKW: step.limit)
  }

  /// Each pool's fullest rack split over its A and B feeds by its supplies (2N feeds only).
  private var feedLoads: [FeedLoadReport] {
    let feed = scenario.site.feed
    guard feed.redundancy == .twoN else { return [] }
    let side = FeedCapacity.rackBudgetKW(feed)
    return checks.filter { $0.name.hasPrefix("pdu-feed[") }.compactMap { check in
      let pool = String(check.name.dropFirst("pdu-feed[".count).dropLast())
      guard let system = fleet.pools.first(where: { $0.system.id == pool })?.system else {
        return nil
      }
      let psu = system.powerSupplies
      let a = check.load * Double(psu.onFeedA) / Double(psu.count)
      return FeedLoadReport(
        pool: pool, feedAKW: a, feedBKW: check.load - a, sideUsableKW: side)
    }
  }
}
