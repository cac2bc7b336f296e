import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// The limits beyond racks, feeds and the plant: busway, liquid loop and rack air, generator,
/// fans against inlet temperature, and the annual PUE.
@Suite struct SiteLimitTests {
  func site(_ overhead: FacilityOverhead = .constantPUE(1.3), curve: ChillerCurve = .airCooled)
    -> Site
  {
    Site(
      rackLimitKW: 60,
      feed: PDUFeed(
        phases: 3, volts: 415, amps: 63, powerFactor: 0.95, continuousDerate: 0.8,
        feedsPerRack: 2, redundancy: .twoN),
      cooling: CoolingPlant(
        units: RedundantUnits(count: 4, unitKW: 500, redundancy: .nPlus1), ratedAmbientC: 35,
        ratedCOP: 3.1, curve: curve),
      overhead: overhead, ups: nil, utilityKW: 10_000, designAmbientC: 35)
  }

  func checks(_ site: Site, racks: [RackLoad], liquidKW: Double = 0) -> [String: Check] {
    let load = SiteLoad(
      racks: racks, plannedIT: Power(kilowatts: 400), plannedFacility: Power(kilowatts: 520),
      liquidHeat: Power(kilowatts: liquidKW))
    let list = Limits.siteChecks(
      site, load: load, facility: FacilityModel(site: site), failures: nil, policy: Policy())
    return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
  }

  @Test func theBuswayCarriesItsHeaviestRacks() throws {
    var busway = site()
    busway.row = RowFeed(racks: 2, limitKW: 50)
    // Three racks of 2 × 12 kW nodes + 1.5 kW network = 25.5 kW; the busway feeds two of them:
    // 51 kW against 50 kW.
    let racks = [
      RackLoad(
        pool: "p", racks: 3, nodes: 2, nodeKW: 12, overheadKW: 1.5, liquidFraction: 0,
        charged: "test")
    ]
    let row = try #require(checks(busway, racks: racks)["row"])
    #expect(row.load == 51 && row.status == .fail)
  }

  @Test func liquidCoolingTakesItsShareAndTheAirTheRest() throws {
    var liquid = site()
    liquid.liquidLoop = RedundantUnits(count: 3, unitKW: 40, redundancy: .nPlus1)
    liquid.rackAirLimitKW = 10
    // Four 10 kW nodes at 85% to liquid: the rack rejects 4 × 10 × 0.15 + 1.5 = 7.5 kW to air.
    let racks = [
      RackLoad(
        pool: "nvl", racks: 2, nodes: 4, nodeKW: 10, overheadKW: 1.5, liquidFraction: 0.85,
        charged: "test")
    ]
    // Eight nodes × 10 kW × 0.85 = 68 kW to the loop, whose N+1 firm capacity is 2 × 40 kW.
    let all = checks(liquid, racks: racks, liquidKW: 68)
    let air = try #require(all["rack-air[nvl]"])
    #expect(air.load.isClose(to: 7.5, tolerance: 1e-12) && air.status == .pass)
    let loop = try #require(all["liquid-loop"])
    #expect(loop.load == 68 && loop.limit == 80 && loop.status == .pass)
  }

  @Test func theGeneratorCarriesTheWholeFacility() throws {
    var backed = site()
    backed.generator = RedundantUnits(count: 2, unitKW: 500, redundancy: .nPlus1)
    // One 500 kW genset in service against the 520 kW facility load.
    let generator = try #require(checks(backed, racks: [])["generator"])
    #expect(generator.limit == 500 && generator.status == .fail)
  }

  @Test func nodesDrawMoreAsInletAirWarms() {
    // 0.4 %/°C above 23 °C (Coroamă 2025: 0.35–0.5 %/°C): 30 °C inlet is 1 + 0.004 × 7 = 1.028.
    #expect(ServerInlet(celsius: 30).powerFactor.isClose(to: 1.028, tolerance: 1e-12))
    #expect(ServerInlet(celsius: 20).powerFactor == 1)
  }

  @Test func annualPUEWeighsEachMonthsAmbient() {
    let day = DailyEnergy(
      slotIT: Array(repeating: Power(kilowatts: 1000), count: 288),
      slotFacility: Array(repeating: Power(kilowatts: 1300), count: 288),
      slotOutputTokensPerSecond: Array(repeating: 0, count: 288))
    // A constant PUE stays that number all year.
    let constant = AnnualEnergy.compute(day, site: site())
    #expect(constant.pue.isClose(to: 1.3, tolerance: 1e-12) && constant.climate == "design")
    // Cooling only, COP 3.1 at 35 °C: at 25 °C the air-cooled curve's COP factor is 1.341, so
    // PUE = 1 + 1 / (3.1 × 1.341) = 1.2406 every month; 1 MW for 8,760 hours is 8,760 MWh of IT.
    // (fans and pumps off here: their power is tested with the plant).
    var cool = site(.model(fixedKW: 0, proportional: 0, squareLaw: 0, ratedITKW: 1))
    cool.cooling.auxiliaries.airHandlerFanKWPerKW = 0
    cool.cooling.auxiliaries.chilledWaterPumpKWPerKW = 0
    cool.monthlyAmbientC = Array(repeating: 25, count: 12)
    let year = AnnualEnergy.compute(day, site: cool)
    #expect(year.pue.isClose(to: 1 + 1 / (3.1 * 1.341), tolerance: 1e-9))
    #expect(year.itMWh.isClose(to: 8760, tolerance: 1e-9) && year.climate == "monthly")
    // Six months at 25 °C and six at 35 °C weigh by days: 181 + 184 days (Jan–Jun, Jul–Dec).
    cool.monthlyAmbientC = Array(repeating: 25, count: 6) + Array(repeating: 35, count: 6)
    let mixed = AnnualEnergy.compute(day, site: cool)
    let expected = (181 * (1 + 1 / (3.1 * 1.341)) + 184 * (1 + 1 / 3.1)) / 365
    #expect(mixed.pue.isClose(to: expected, tolerance: 1e-9))
  }
}
