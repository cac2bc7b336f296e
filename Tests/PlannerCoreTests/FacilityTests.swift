import TestSupport
import Testing

@testable import PlannerCore

@Suite struct FacilityTests {
  func feed(
    volts: Double, amps: Double, pf: Double = 0.95, derate: Double = 0.8, feeds: Int = 2,
    _ redundancy: PDUFeed.Redundancy = .twoN
  ) -> PDUFeed {
    PDUFeed(
      phases: 3, volts: volts, amps: amps, powerFactor: pf, continuousDerate: derate,
      feedsPerRack: feeds, redundancy: redundancy)
  }

  @Test func threePhaseFeedWithContinuousDerate() {
    // 415 V × 32 A × √3 × 0.95 PF × 0.8 continuous = 17.481 kW (facility-reference §1.3)
    #expect(FeedCapacity.usableKW(feed(volts: 415, amps: 32)).isClose(to: 17.481, tolerance: 0.001))
    // 208 V × 30 A × √3 × 1.0 × 0.8 = 8.646 kW, the datacentermd.com cross-check
    #expect(
      FeedCapacity.usableKW(feed(volts: 208, amps: 30, pf: 1)).isClose(to: 8.646, tolerance: 0.001))
    // An IEC site at the full rating: 415 × 63 × √3 × 0.95 × 1.0 = 43.020 kW
    #expect(
      FeedCapacity.usableKW(feed(volts: 415, amps: 63, derate: 1)).isClose(
        to: 43.020, tolerance: 0.001))
    // Single phase: 230 V × 32 A × 0.95 × 0.8 = 5.594 kW
    let single = PDUFeed(
      phases: 1, volts: 230, amps: 32, powerFactor: 0.95, continuousDerate: 0.8, feedsPerRack: 1,
      redundancy: .n)
    #expect(FeedCapacity.usableKW(single).isClose(to: 5.594, tolerance: 0.001))
  }

  @Test func underTwoNOneFeedCarriesTheRack() {
    // 415 V 63 A, PF 0.95, 0.8: 34.416 kW a feed. 2N with A and B: the rack counts on one feed;
    // the same two feeds sharing the load (N) give 68.83 kW.
    #expect(
      FeedCapacity.rackBudgetKW(feed(volts: 415, amps: 63)).isClose(to: 34.416, tolerance: 0.001))
    #expect(
      FeedCapacity.rackBudgetKW(feed(volts: 415, amps: 63, .n)).isClose(
        to: 68.832, tolerance: 0.001))
    // Four feeds 2N (A1, A2, B1, B2): the two of one side, 68.83 kW.
    #expect(
      FeedCapacity.rackBudgetKW(feed(volts: 415, amps: 63, feeds: 4)).isClose(
        to: 68.832, tolerance: 0.001))
  }

  @Test func twoNRackFitsBothFeedsButNotOne() {
    // Three DGX H100 at 10.2 kW nameplate + 1.5 kW network = 32.1 kW: fits one 34.4 kW feed.
    // Four (42.3 kW) fit the 68.8 kW of both feeds together but not the surviving one, so the
    // packer stops at three.
    let packing = RackPacking.pack(
      nodes: 10, nodeKW: 10.2, budgetKW: 34.416, overheadKW: 1.5, requested: 4, fixed: nil)
    #expect(packing.nodesPerRack == 3)
    #expect(packing.racks == 4)  // ⌈10 / 3⌉
    #expect(packing.limitedBy == "power")
    #expect(packing.fullestRackKW.isClose(to: 32.1, tolerance: 1e-9))  // 3 × 10.2 + 1.5
    let both = RackPacking.pack(
      nodes: 10, nodeKW: 10.2, budgetKW: 68.832, overheadKW: 1.5, requested: 4, fixed: nil)
    #expect(both.nodesPerRack == 4 && both.racks == 3 && both.limitedBy == "space")  // ⌈10 / 4⌉ = 3
  }

  @Test func rackScaleSystemsKeepTheirCount() {
    // GB200 NVL72: 18 trays a rack whatever the budget; 40 trays take ⌈40 / 18⌉ = 3 racks.
    let packing = RackPacking.pack(
      nodes: 40, nodeKW: 6.667, budgetKW: 100, overheadKW: 5.5, requested: 4, fixed: 18)
    #expect(packing.nodesPerRack == 18 && packing.racks == 3)
    #expect(packing.fullestRackKW.isClose(to: 125.506, tolerance: 1e-9))  // 18 × 6.667 + 5.5
  }

  func plant(
    units: Int = 4, unitKW: Double = 500, _ redundancy: RedundantUnits.Redundancy = .nPlus1
  ) -> CoolingPlant {
    CoolingPlant(
      units: RedundantUnits(count: units, unitKW: unitKW, redundancy: redundancy),
      ratedAmbientC: 35, ratedCOP: 3.1, curve: .airCooled)
  }

  @Test func nPlusOneCoolingWithTheLargestUnitOutAndDerated() {
    // 4 × 500 kW N+1: 3 in service = 1,500 kW at 35 °C; at 40 °C the York YCAL curve keeps
    // 0.9641 / 1.0492 = 0.919 of it: 1,378.5 kW.
    let at35 = FacilityModel(overhead: .constantPUE(1.2), cooling: plant(), ambientC: 35)
    #expect(at35.firmCoolingKW.isClose(to: 1500, tolerance: 1e-9))
    let at40 = FacilityModel(overhead: .constantPUE(1.2), cooling: plant(), ambientC: 40)
    #expect(at40.firmCoolingKW.isClose(to: 1378.5, tolerance: 0.01))
    // Between points the curve is linear: 37 °C is 2/3 of the way from 1.000 to 0.957 → 0.97133.
    #expect(
      ChillerCurve.airCooled.capacityFactor(at: 37, ratedAt: 35).isClose(
        to: 0.971333, tolerance: 1e-6))
    // 2N: half the units are spares.
    #expect(plant(units: 4, .twoN).units.firmKW == 1000)
  }

  @Test func pueModelAtThirtyAndNinetyPercentLoad() {
    // Losses 100 kW fixed + 5% proportional + 2% square-law at a rated 1,000 kW IT, all in the
    // cooled space (the default); cooling at COP 3.1 (35 °C, the rated point; the air-cooled
    // kind's COP does not change with part load), air handler fans 0.046 and chilled-water
    // pumps 0.018 kW per kW of heat.
    let model = FacilityModel(
      overhead: .model(fixedKW: 100, proportional: 0.05, squareLaw: 0.02, ratedITKW: 1000),
      cooling: plant(), ambientC: 35)
    // 300 kW: losses 100 + 15 + 0.02 × 300² / 1000 = 116.8 kW; air heat 416.8 kW, fans
    // 0.046 × 416.8 = 19.1728, heat 435.9728; compressors 435.9728 / 3.1 = 140.6364, pumps
    // 0.018 × 435.9728 = 7.8475; cooling 167.6567; facility 584.4567 kW; PUE 1.94819.
    #expect(
      model.facility(it: Power(kilowatts: 300)).kilowatts.isClose(to: 584.4567, tolerance: 0.001))
    #expect(model.heat(it: Power(kilowatts: 300)).kilowatts.isClose(to: 435.9728, tolerance: 1e-4))
    #expect(model.pue(it: Power(kilowatts: 300)).isClose(to: 1.94819, tolerance: 0.00001))
    // 900 kW: losses 100 + 45 + 16.2 = 161.2; heat 1,061.2 × 1.046 = 1,110.0152; compressors
    // 358.0694, pumps 19.9803, fans 48.8152; facility 1,488.0649; PUE 1.65341.
    #expect(model.pue(it: Power(kilowatts: 900)).isClose(to: 1.65341, tolerance: 0.00001))
    // PUE falls as the load rises: the fixed term spreads over more IT.
    #expect(model.pue(it: Power(kilowatts: 300)) > model.pue(it: Power(kilowatts: 900)))
    // At 40 °C the York curve keeps 0.872 of the rated COP (EIRFT 1.0208 at 35 °C over 1.1703
    // at 40 °C): 3.1 × 0.872 = 2.703, so cooling draws more.
    let hot = FacilityModel(overhead: model.overhead, cooling: plant(), ambientC: 40)
    #expect(hot.cop.isClose(to: 3.1 * 0.872, tolerance: 1e-9))
    #expect(
      FacilityModel(overhead: .constantPUE(1.3), cooling: plant(), ambientC: 35).pue(
        it: Power(kilowatts: 123)
      ).isClose(to: 1.3, tolerance: 1e-12))
  }
}
