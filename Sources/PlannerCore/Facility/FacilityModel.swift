/// Facility power from IT power: the electrical losses of each component (the `overhead` loss
/// model, a UPS with a mode, transformers, switchboard and floor PDUs with losses), the heat
/// the cooling plant removes (IT, the losses of components in the cooled space, lighting and
/// people, its own fans), and the plant's power (compressors at the chiller kind's COP for the
/// outdoor temperature and part load, fans, pumps, tower), or a constant PUE. Because of the
/// fixed terms PUE rises as IT load falls (shared/facility-reference.md §5.4).
public struct FacilityModel: Sendable, Equatable {
  public var overhead: FacilityOverhead
  public var cooling: CoolingPlant
  public var ambientC: Double
  /// The rest of the site: UPS, power path, heat gains (a bare site when built from parts).
  public var site: Site
  /// Share of IT heat carried by the liquid loop (cold plates).
  public var liquidShare: Double
  /// Cooling units lost in an event's failed state; nil in the normal state.
  public var coolingUnitsLost: Int?
  /// Share of the hours the economiser carries the heat with the compressors off (0…1).
  public var economiserShare: Double

  public init(overhead: FacilityOverhead, cooling: CoolingPlant, ambientC: Double) {
    var site = SiteDecoder.standIn
    site.overhead = overhead
    site.cooling = cooling
    site.designAmbientC = ambientC
    self.init(site: site)
  }

  public init(
    site: Site, liquidShare: Double = 0, coolingUnitsLost: Int? = nil,
    economiserShare: Double = 0
  ) {
    self.overhead = site.overhead
    self.cooling = site.cooling
    self.ambientC = site.designAmbientC
    self.site = site
    self.liquidShare = liquidShare
    self.coolingUnitsLost = coolingUnitsLost
    self.economiserShare = economiserShare
  }

  /// Share of IT heat the liquid loop takes: Σ pools nodes × modelled peak × liquid fraction
  /// over IT.
  public static func liquidShare(_ fleet: FleetPlan, it: ITPower) -> Double {
    let liquid = Limits.liquidHeat(fleet, nodeKW: \.nodePeakKW)
    return it.total.watts > 0 ? min(1, liquid / it.total) : 0
  }

  /// The plant's full-load COP at the ambient temperature.
  public var cop: Double {
    cooling.ratedCOP * cooling.curve.copFactor(at: ambientC, ratedAt: cooling.ratedAmbientC)
  }

  /// The COP at the ambient temperature and `partLoad` (0.1…1): COP(T) × PLR / EIR(PLR), the
  /// EnergyPlus electric-EIR chiller form with the chiller kind's part-load curve.
  public func cop(partLoad: Double) -> Double {
    Self.cop(cop, kind: cooling.kind, partLoad: partLoad)
  }

  /// The COP at `partLoad` of a `kind` chiller whose full-load COP is `fullLoad`.
  private static func cop(_ fullLoad: Double, kind: ChillerKind, partLoad: Double) -> Double {
    let plr = min(1, max(0.1, partLoad))
    let eir = kind.partLoadEIR
    return fullLoad * plr / (eir.a + eir.b * plr + eir.c * plr * plr)
  }

  /// Every part of facility power at `it`.
  public func breakdown(it: Power) -> FacilityBreakdown {
    var parts = FacilityBreakdown(itKW: 0)
    breakdown(it: it, into: &parts)
    return parts
  }

  /// Every part of facility power at `it`, written over `parts` and reusing its storage: the
  /// slots of a day go through one breakdown rather than allocating one each.
  public func breakdown(it: Power, into parts: inout FacilityBreakdown) {
    let kw = it.kilowatts
    var losses = parts.losses
    parts = FacilityBreakdown(itKW: kw)
    losses.removeAll(keepingCapacity: true)
    parts.lightingKW = site.heatGains.lightingKW
    parts.peopleKW = Double(site.heatGains.occupants) * HeatGains.wattsPerOccupant / 1000
    if case .constantPUE(let pue) = overhead {
      parts.heatKW = kw + parts.lightingKW + parts.peopleKW
      parts.compressorKW = kw * (pue - 1)
      parts.losses = losses
      return
    }
    addElectricalLosses(itKW: kw, to: &losses)
    parts.losses = losses
    let plant = (capacityKW: coolingCapacityKW(unitsLost: coolingUnitsLost), fullLoadCOP: cop)
    cool(&parts, plant)
    // the transformer and switchboard carry the cooling too: their losses once more
    addUpstreamLosses(
      parts.itKW + parts.downstreamLossKW + parts.coolingKW, to: &parts.losses)
    cool(&parts, plant)
  }

  /// Adds the losses of the components between the UPS and the racks, and of the `overhead`
  /// model.
  private func addElectricalLosses(itKW kw: Double, to losses: inout [ComponentLoss]) {
    losses.reserveCapacity(5)
    if case .model(let fixed, let proportional, let squareLaw, let rated) = overhead {
      losses.append(
        ComponentLoss(
          component: "overhead",
          kilowatts: LossCoefficients(noLoad: 0, proportional: proportional, squareLaw: squareLaw)
            .lossKW(loadKW: kw, ratingKW: rated) + fixed,
          inCooledSpace: site.overheadInCooledSpace))
    }
    if let pdu = site.powerPath.floorPDU, let coefficients = pdu.losses {
      losses.append(
        ComponentLoss(
          component: "floor-pdu",
          kilowatts: coefficients.lossKW(loadKW: kw, ratingKW: pdu.units.runningKW(lost: 0)),
          inCooledSpace: pdu.inCooledSpace))
    }
    if let ups = site.ups, let coefficients = site.upsDetail.losses {
      losses.append(
        ComponentLoss(
          component: "ups",
          kilowatts: coefficients.lossKW(loadKW: kw, ratingKW: ups.runningKW(lost: 0)),
          inCooledSpace: site.upsDetail.inCooledSpace))
    }
  }

  /// Adds the losses of the transformer and switchboard carrying `loadKW`.
  private func addUpstreamLosses(_ loadKW: Double, to losses: inout [ComponentLoss]) {
    func add(_ name: String, _ element: PathElement?) {
      guard let element, let coefficients = element.losses else { return }
      losses.append(
        ComponentLoss(
          component: name,
          kilowatts: coefficients.lossKW(
            loadKW: loadKW, ratingKW: element.units.runningKW(lost: 0)),
          inCooledSpace: element.inCooledSpace))
    }
    add("transformer", site.powerPath.transformer)
    add("switchboard", site.powerPath.switchboard)
  }

  /// Fills in the heat and the plant's power from the losses (upstream losses replaced), for
  /// the plant's capacity and full-load COP at the ambient.
  private func cool(
    _ parts: inout FacilityBreakdown, _ plant: (capacityKW: Double, fullLoadCOP: Double)
  ) {
    let aux = cooling.auxiliaries
    let inSpace = parts.lossesInCooledSpaceKW
    parts.liquidHeatKW = parts.itKW * liquidShare
    parts.airHeatKW =
      parts.itKW * (1 - liquidShare) + inSpace + parts.lightingKW + parts.peopleKW
    parts.airHandlerFanKW = aux.airHandlerFanKWPerKW * parts.airHeatKW
    parts.cduPumpKW = aux.cduPumpKWPerKW * parts.liquidHeatKW
    parts.heatKW = parts.airHeatKW + parts.liquidHeatKW + parts.airHandlerFanKW + parts.cduPumpKW
    let capacity = plant.capacityKW
    parts.partLoad = capacity > 0 ? parts.heatKW / capacity : 1
    parts.cop = Self.cop(plant.fullLoadCOP, kind: cooling.kind, partLoad: parts.partLoad)
    parts.compressorKW = (1 - economiserShare) * parts.heatKW / parts.cop
    parts.chilledWaterPumpKW = aux.chilledWaterPumpKWPerKW * parts.heatKW
    if cooling.kind == .waterCooled {
      parts.condenserPumpKW = aux.condenserPumpKWPerKW * parts.heatKW
      parts.towerFanKW = aux.towerFanKWPerKW * (parts.heatKW + parts.compressorKW)
    }
  }

  /// Electrical losses at `it`, in every component.
  public func electricalLoss(it: Power) -> Power {
    Power(kilowatts: breakdown(it: it).lossKW)
  }

  /// Everything beyond IT that is not the cooling plant: electrical losses and lighting.
  public func lossesAndLighting(it: Power) -> Power {
    let parts = breakdown(it: it)
    return Power(kilowatts: parts.lossKW + parts.lightingKW)
  }

  /// The cooling plant's power at `it`: compressors, fans and pumps; under a constant PUE the
  /// whole overhead.
  public func coolingPower(it: Power) -> Power { Power(kilowatts: breakdown(it: it).coolingKW) }

  /// Heat the chillers remove at `it`, in kW.
  public func heat(it: Power) -> Power { Power(kilowatts: breakdown(it: it).heatKW) }

  /// Facility power (what the utility meter sees) at `it`.
  public func facility(it: Power) -> Power { Power(kilowatts: breakdown(it: it).facilityKW) }

  /// Facility power at `it`, the breakdown written over `parts` (`breakdown(it:into:)`).
  public func facility(it: Power, using parts: inout FacilityBreakdown) -> Power {
    breakdown(it: it, into: &parts)
    return Power(kilowatts: parts.facilityKW)
  }

  /// Facility over IT at `it`.
  public func pue(it: Power) -> Double {
    it.watts > 0 ? facility(it: it) / it : 1
  }

  /// Cooling capacity with the spare units out, derated for the ambient, in kW.
  public var firmCoolingKW: Double { coolingCapacityKW(unitsLost: nil) }

  /// Cooling capacity derated for the ambient, in kW: in the normal state (nil) the units
  /// less the spares, in a failed state the units less those lost:
  /// units in service × unit kW × capacity factor(T).
  public func coolingCapacityKW(unitsLost: Int?) -> Double {
    cooling.units.capacityKW(unitsLost)
      * cooling.curve.capacityFactor(at: ambientC, ratedAt: cooling.ratedAmbientC)
  }
}
