import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// The facility as a design basis, worked by hand: heat with the losses in the cooled space,
/// chiller COP by kind, temperature and part load, economiser hours, UPS kVA, generator
/// recharge and step, the binding element of the power path, and a node braked on one feed.
@Suite struct FacilityPlantTests {
  /// 4 × 500 kW air-cooled chillers N+1, 415 V 63 A 2N feeds at PF 0.95, no losses, no fans
  /// or pumps unless a test turns them on.
  func site() -> Site {
    var site = Site(
      rackLimitKW: 60,
      feed: PDUFeed(
        phases: 3, volts: 415, amps: 63, powerFactor: 0.95, continuousDerate: 0.8,
        feedsPerRack: 2, redundancy: .twoN),
      cooling: CoolingPlant(
        units: RedundantUnits(count: 4, unitKW: 500, redundancy: .nPlus1), ratedAmbientC: 35,
        ratedCOP: 3.1, curve: .airCooled),
      overhead: .model(fixedKW: 0, proportional: 0, squareLaw: 0, ratedITKW: 1), ups: nil,
      utilityKW: 10_000, designAmbientC: 35)
    site.cooling.auxiliaries.airHandlerFanKWPerKW = 0
    site.cooling.auxiliaries.chilledWaterPumpKWPerKW = 0
    site.cooling.auxiliaries.cduPumpKWPerKW = 0
    return site
  }

  func checks(_ site: Site, it: Double, facility: Double, failures: Failures? = nil)
    -> [String: Check]
  {
    let load = SiteLoad(
      racks: [], plannedIT: Power(kilowatts: it), plannedFacility: Power(kilowatts: facility),
      liquidHeat: .zero)
    let list = Limits.siteChecks(
      site, load: load, facility: FacilityModel(site: site), failures: failures, policy: Policy())
    return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
  }

  @Test func coolingLoadCountsTheUPSLossesInTheHallAndNotTheTransformerOutside() throws {
    var site = site()
    // 3 × 500 kW double-conversion UPS, N+1, all running: losses 0.024 × 1,500 + 0.021 × IT +
    // 0.015 × IT² / 1,500; at 1,000 kW: 36 + 21 + 10 = 67 kW, in the cooled space.
    site.ups = RedundantUnits(count: 3, unitKW: 500, redundancy: .nPlus1)
    site.upsDetail = UPSDetail(mode: .doubleConversion)
    // A 2,000 kW transformer outside: 0.2 % no-load and 1 % at rated load (square law).
    site.powerPath.transformer = PathElement(
      units: RedundantUnits(count: 1, unitKW: 2000, redundancy: .n),
      losses: LossCoefficients(noLoad: 0.002, proportional: 0, squareLaw: 0.01),
      inCooledSpace: false)
    let model = FacilityModel(site: site)
    let parts = model.breakdown(it: Power(kilowatts: 1000))
    // Heat: 1,000 + 67 = 1,067 kW (the transformer's losses stay outside).
    #expect(parts.heatKW.isClose(to: 1067, tolerance: 1e-9))
    // Compressors: 1,067 / 3.1 = 344.1935 kW. The transformer carries IT, the UPS losses and
    // the cooling: 1,411.1935 kW; its losses 0.002 × 2,000 + 0.01 × 1,411.1935² / 2,000 =
    // 4 + 9.9573 = 13.9573 kW. Facility 1,000 + 67 + 13.9573 + 344.1935 = 1,425.1508 kW.
    #expect(parts.compressorKW.isClose(to: 344.1935, tolerance: 1e-4))
    let transformer = try #require(parts.losses.first { $0.component == "transformer" })
    #expect(transformer.kilowatts.isClose(to: 13.9573, tolerance: 1e-4))
    #expect(parts.facilityKW.isClose(to: 1425.1508, tolerance: 1e-4))
    // The cooling-plant check is against the heat, not the IT: 1,067 of 3 × 500 = 1,500 kW.
    let cooling = try #require(checks(site, it: 1000, facility: 1425)["cooling-plant"])
    #expect(cooling.load.isClose(to: 1067, tolerance: 1e-9) && cooling.limit == 1500)
    // With the transformer in the hall its 13.9573 kW is heat too: 1,080.9573 kW.
    site.powerPath.transformer?.inCooledSpace = true
    #expect(
      FacilityModel(site: site).heat(it: Power(kilowatts: 1000)).kilowatts.isClose(
        to: 1080.9573, tolerance: 1e-4))
  }

  @Test func fansAndPumpsAreHeatAndPower() {
    var site = site()
    site.cooling.auxiliaries = PlantAuxiliaries()
    // 1,000 kW IT: air handler fans 0.046 × 1,000 = 46 kW, heat 1,046 kW; compressors
    // 1,046 / 3.1 = 337.4194, chilled-water pumps 0.018 × 1,046 = 18.828; cooling 402.2474.
    let parts = FacilityModel(site: site).breakdown(it: Power(kilowatts: 1000))
    #expect(parts.heatKW.isClose(to: 1046, tolerance: 1e-9))
    #expect(parts.coolingKW.isClose(to: 402.2474, tolerance: 1e-4))
    // Water-cooled: condenser pumps 0.015 × heat and tower fans 0.010 × (heat + compressors).
    site.cooling.kind = .waterCooled
    site.cooling.ratedCOP = 5.5
    site.cooling.curve = .waterCooled
    // Part load 1,046 / 1,500 = 0.697333: EIR = 0.222903 + 0.313387 × 0.697333 + 0.463710 ×
    // 0.486274 = 0.666928; COP = 5.5 × 0.697333 / 0.666928 = 5.75074; compressors 181.8892;
    // tower 0.010 × 1,227.8892 = 12.2789; condenser 15.69; chilled water 18.828; fans 46.
    let water = FacilityModel(site: site).breakdown(it: Power(kilowatts: 1000))
    #expect(water.cop.isClose(to: 5.75074, tolerance: 1e-5))
    #expect(water.coolingKW.isClose(to: 46 + 18.828 + 15.69 + 181.8892 + 12.2789, tolerance: 1e-3))
  }

  @Test func chillerCOPAtTwoTemperaturesAndTwoPartLoads() {
    var site = site()
    site.cooling.kind = .waterCooled
    site.cooling.ratedCOP = 5.5
    site.cooling.curve = .waterCooled
    let at35 = FacilityModel(site: site)
    // Full load at 35 °C: the rated 5.5. Half load: EIR(0.5) = 0.222903 + 0.313387 × 0.5 +
    // 0.463710 × 0.25 = 0.495524, COP = 5.5 × 0.5 / 0.495524 = 5.54968. A quarter: EIR =
    // 0.222903 + 0.078347 + 0.028982 = 0.330232, COP = 5.5 × 0.25 / 0.330232 = 4.16374.
    #expect(at35.cop(partLoad: 1) == 5.5)
    #expect(at35.cop(partLoad: 0.5).isClose(to: 5.54968, tolerance: 1e-5))
    #expect(at35.cop(partLoad: 0.25).isClose(to: 4.16374, tolerance: 1e-5))
    // 40 °C outside: condenser water 34.5 °C, the DOE-2 EIRFT gives 0.887 of the rated COP:
    // 5.5 × 0.887 = 4.8785 at full load, × 0.5 / 0.495524 = 4.92257 at half load.
    site.designAmbientC = 40
    let at40 = FacilityModel(site: site)
    #expect(at40.cop(partLoad: 1).isClose(to: 4.8785, tolerance: 1e-9))
    #expect(at40.cop(partLoad: 0.5).isClose(to: 4.92257, tolerance: 1e-5))
    // The air-cooled York record has EIR(PLR) = PLR: 3.1 × 0.872 = 2.7032 at 40 °C, any load.
    var air = self.site()
    air.designAmbientC = 40
    #expect(FacilityModel(site: air).cop(partLoad: 0.3).isClose(to: 2.7032, tolerance: 1e-9))
    // And each kind derates its own capacity: at 40 °C 0.921 (water) against 0.919 (air).
    #expect(at40.firmCoolingKW.isClose(to: 1500 * 0.921, tolerance: 1e-9))
    #expect(FacilityModel(site: air).firmCoolingKW.isClose(to: 1378.5, tolerance: 0.01))
  }

  @Test func economiserHoursFromMonthlyTemperatures() {
    // Compressors off at or below 10 °C, a day swinging 10 K (±5 K around the mean, warmest at
    // 15:00). Mean 0 °C: every hour (≤ 5 °C). Mean 10 °C: the hours whose cosine is negative,
    // 21:00–09:00, 12 of 24. Mean 12 °C: T ≤ 10 when cos ≤ −0.4, hours more than 7.57 h from
    // 15:00: the midpoints 23:30 and 00:30–06:30, 8 of 24. Mean 20 °C: never (≥ 15 °C).
    let economiser = Economiser(belowC: 10, diurnalSwingK: 10)
    #expect(Economiser.share(economiser, meanC: 0) == 1)
    #expect(Economiser.share(economiser, meanC: 10) == 0.5)
    #expect(Economiser.share(economiser, meanC: 12) == 8.0 / 24)
    #expect(Economiser.share(economiser, meanC: 20) == 0)
    // A year: January 31 × 24 = 744 h, February 28 × 24 = 672, March 31 × 12 = 372, April
    // 30 × 8 = 240, the rest 0: 2,028 hours.
    let months = [0.0, 0, 10, 12] + Array(repeating: 20.0, count: 8)
    #expect(Economiser.hoursPerYear(economiser, monthlyMeansC: months) == 2028)
  }

  @Test func upsLoadingInKVAAtAPowerFactor() throws {
    var site = site()
    // 3 × 500 kVA at PF 0.9 = 450 kW each, N+1; the IT load runs at PF 0.95.
    site.ups = RedundantUnits(count: 3, unitKW: 450, redundancy: .nPlus1)
    site.upsDetail = UPSDetail(unitKVA: 500, powerFactor: 0.9)
    let normal = checks(site, it: 800, facility: 1000)
    // kW: 800 of 2 × 450 = 900 kW firm. kVA: 800 / 0.95 = 842.105 kVA of 2 × 500 = 1,000 kVA.
    let kw = try #require(normal["ups"])
    #expect(kw.limit == 900 && kw.load == 800)
    let kva = try #require(normal["ups-kva"])
    #expect(kva.load.isClose(to: 842.105, tolerance: 1e-3) && kva.limit == 1000)
    #expect(kva.headroom.isClose(to: 0.157895, tolerance: 1e-6))
    // Per module: 800 / 3 = 266.7 kW (59 % of 450) in normal operation; with one lost the two
    // left carry 400 kW each (89 %), and all their kW is the limit.
    #expect(kw.detail.contains("each running module carries 266.7 kW (59%)"))
    let failed = try #require(
      checks(site, it: 800, facility: 1000, failures: Failures(upsModules: 1))["ups"])
    #expect(failed.limit == 900 && failed.detail.contains("carries 400.0 kW (89%)"))
  }

  @Test func generatorCarriesTheRechargeDeratedAndTakesTheCoolingAsOneStep() throws {
    var site = site()
    site.overhead = .constantPUE(1.3)
    site.ups = RedundantUnits(count: 3, unitKW: 500, redundancy: .nPlus1)
    site.generator = RedundantUnits(count: 3, unitKW: 1000, redundancy: .nPlus1)
    site.altitudeM = 1500
    site.designAmbientC = 45
    let result = checks(site, it: 1000, facility: 1300)
    // Derate: 1 % per 100 m above 1,000 m (5 %) and 1 % per K above 40 °C (5 %): 0.90 of
    // 2 × 1,000 kW = 1,800 kW. Load: the facility 1,300 kW + recharge 0.1 × 1,000 kW firm UPS.
    let generator = try #require(result["generator"])
    #expect(generator.limit.isClose(to: 1800, tolerance: 1e-9))
    #expect(generator.load.isClose(to: 1400, tolerance: 1e-9))
    // The largest step is the cooling plant restarting: 1,000 × (1.3 − 1) = 300 kW against half
    // of the 1,800 kW running: 900 kW.
    let step = try #require(result["generator-step"])
    #expect(
      step.load.isClose(to: 300, tolerance: 1e-9) && step.limit.isClose(to: 900, tolerance: 1e-9))
    // A given step of 1,000 kW fails: headroom 1 − 1,000 / 900 < 0.
    site.generatorDetail.largestStepKW = 1000
    #expect(checks(site, it: 1000, facility: 1300)["generator-step"]?.status == .fail)
  }

  @Test func theBindingElementOfAFiveElementPowerPath() throws {
    var site = site()
    site.utilityKW = 2000
    // Transformer 2,500 kVA at PF 0.95 = 2,375 kW; switchboard 1,800 kW; UPS 3 × 500 kW N+1
    // (1,000 firm); floor PDUs 4 × 300 kW N+1 (900 firm).
    site.powerPath.transformer = PathElement(
      units: RedundantUnits(count: 1, unitKW: 2375, redundancy: .n), unitKVA: 2500,
      inCooledSpace: false)
    site.powerPath.switchboard = PathElement(
      units: RedundantUnits(count: 1, unitKW: 1800, redundancy: .n), inCooledSpace: false)
    site.ups = RedundantUnits(count: 3, unitKW: 500, redundancy: .nPlus1)
    site.powerPath.floorPDU = PathElement(
      units: RedundantUnits(count: 4, unitKW: 300, redundancy: .nPlus1), inCooledSpace: true)
    let all = checks(site, it: 850, facility: 1400)
    let path = PowerPathOrder.elements(Array(all.values)).map {
      PathElementReport(
        element: $0.name, load: $0.load, limit: $0.limit, unit: $0.unit, headroom: $0.headroom)
    }
    // Utility 1,400 / 2,000 → 30 %; transformer 1,400 / 2,375 → 41.1 %; switchboard
    // 1,400 / 1,800 → 22.2 %; UPS 850 / 1,000 → 15 %; floor PDUs 850 / 900 → 5.6 %: they bind.
    #expect(path.map(\.element) == ["utility", "transformer", "switchboard", "ups", "floor-pdu"])
    #expect(path.map { ($0.headroom * 1000).rounded() / 1000 } == [0.3, 0.411, 0.222, 0.15, 0.056])
    #expect(PowerPathOrder.binding(path) == "floor-pdu")
  }

  @Test func aDGXH100OnOneFeedIsBrakedAndKeepsItsThroughput() throws {
    let dgx = try #require(Catalog.builtIn.system("dgx-h100"))
    let h100 = try #require(Catalog.builtIn.gpu("h100-sxm"))
    // One feed lost: 3 of its 6 supplies survive, fewer than the 4 of its 4+2: braked to
    // 3 × 3.3 = 9.9 kW. GPU budget (9,900 × 0.94 − 1,800 host peak) / 8 = 938.25 W, above the
    // 700 W TDP: the GPUs keep their limit and their throughput, (700 / 700)^0.64 = 1.
    #expect(NodeBrake.nodeLimitKW(dgx).isClose(to: 9.9, tolerance: 1e-12))
    #expect(NodeBrake.gpuCapWatts(dgx, gpu: h100) == 700)
    #expect(PowerCap.speed(capWatts: 700, uncappedWatts: 700) == 1)
    // A DGX B200 (6 × 3.3 kW in 5+1) on one side: (9,900 × 0.94 − 2,400) / 8 = 863.25 W a GPU;
    // a B200 that would draw its 1,000 W keeps (863.25 / 1,000)^0.64 = 0.91018.
    let b200 = try #require(Catalog.builtIn.system("dgx-b200"))
    let gpu = try #require(Catalog.builtIn.gpu("b200"))
    #expect(NodeBrake.gpuCapWatts(b200, gpu: gpu).isClose(to: 863.25, tolerance: 1e-9))
    #expect(
      PowerCap.speed(capWatts: 863.25, uncappedWatts: 1000).isClose(to: 0.91018, tolerance: 1e-5))
    // End to end: the chiller-trip example's feed loss reports the brake on its DGX H100 pool.
    let scenario = try ScenarioLoader.load(
      Array(
        try Data(
          contentsOf: Repository.root.appendingPathComponent("Examples/chiller-trip.json")))
    ).scenario
    let report = try Planner.plan(scenario)
    let feed = try #require(report.events.first { $0.name == "A feed lost" })
    let brake = try #require(feed.brakes?.first)
    #expect(brake.system == "dgx-h100" && brake.survivingSupplies == 3)
    #expect(brake.requiredSupplies == 4 && brake.nodeLimitKW.isClose(to: 9.9, tolerance: 1e-12))
    #expect(brake.gpuCapWatts == 700 && brake.throughput == 1)
  }
}
