/// The building: rack and feed limits, cooling plant, facility overhead, UPS and utility
/// (JSON `site`).
public struct Site: Sendable, Equatable {
  /// Most power one rack may draw, in kW (JSON `rackLimitKW`).
  public var rackLimitKW: Double
  public var feed: PDUFeed
  public var cooling: CoolingPlant
  public var overhead: FacilityOverhead
  /// UPS capacity that carries the IT load; nil when not planned here (JSON `ups`).
  public var ups: RedundantUnits?
  /// Contracted utility interconnect, in kW (JSON `utilityKW`).
  public var utilityKW: Double
  /// Outdoor design temperature for the planning peak, in °C (JSON `designAmbientC`).
  public var designAmbientC: Double
  /// Standby generators that carry the whole site when the utility is lost; nil when not
  /// planned here (JSON `generator`).
  public var generator: RedundantUnits?
  /// A busway or row feed shared by several racks (JSON `row`).
  public var row: RowFeed?
  /// Liquid cooling: the loop (CDUs, facility water) that takes each platform's
  /// `liquidCooledFraction` of node heat, and the air heat a rack may reject (JSON
  /// `liquidCooling`, `rackAirLimitKW`).
  public var liquidLoop: RedundantUnits?
  public var rackAirLimitKW: Double?
  /// Server inlet temperature and how node power rises with it (JSON `serverInletC`,
  /// `fanPowerPerC`).
  public var inlet: ServerInlet = .init()
  /// Mean outdoor temperature of each month, January first, for the annual PUE
  /// (JSON `monthlyAmbientC`); nil: the design ambient all year.
  public var monthlyAmbientC: [Double]?
  /// Transformers, switchboard and floor PDUs of the power path (JSON `powerPath`).
  public var powerPath: PowerPath = .init()
  /// The UPS's kVA, power factor, mode and losses (JSON keys of `ups`).
  public var upsDetail: UPSDetail = .init()
  /// The generator's step loading and derates (JSON keys of `generator`).
  public var generatorDetail: GeneratorDetail = .init()
  /// Lighting and people in the cooled space (JSON `lightingKW`, `occupants`).
  public var heatGains: HeatGains = .init()
  /// Site altitude above sea level, in m (JSON `altitudeM`, default 0).
  public var altitudeM: Double = 0
  /// Whether the `overhead` loss model's losses are heat the cooling plant removes (JSON
  /// `overhead.inCooledSpace`, default true: UPS and PDU rooms on the same plant).
  public var overheadInCooledSpace: Bool = true
  /// Site keys a reviewer asks about that took their default, as JSON paths below `site`
  /// (`designAmbientC`, `pdu.powerFactor`), sorted.
  public var defaulted: [String] = []
  /// The hottest afternoon of each month, January first, at which the forecast plans that
  /// month (JSON `designAmbientByMonthC`); nil: the design ambient every month.
  public var designAmbientByMonthC: [Double]? = nil
  /// Rack positions on the floor (JSON `rackPositions`); nil: not a limit here.
  public var rackPositions: RackPositions? = nil
  /// Months to add capacity, by kind (JSON `leadTimeMonths`).
  public var leadTimes = LeadTimes()
  /// Energy price, demand charge and grid carbon (JSON `energyPricePerKWh`,
  /// `demandChargePerKWMonth`, `gridCarbonGPerKWh`).
  public var tariff = Tariff()

  public init(
    rackLimitKW: Double, feed: PDUFeed, cooling: CoolingPlant, overhead: FacilityOverhead,
    ups: RedundantUnits?, utilityKW: Double, designAmbientC: Double
  ) {
    self.rackLimitKW = rackLimitKW
    self.feed = feed
    self.cooling = cooling
    self.overhead = overhead
    self.ups = ups
    self.utilityKW = utilityKW
    self.designAmbientC = designAmbientC
  }
}

/// The power feeds of one rack (JSON `site.pdu`).
public struct PDUFeed: Sendable, Equatable {
  /// How the rack's feeds back each other up.
  public enum Redundancy: String, Sendable, Codable, CaseIterable {
    /// The feeds share the load; losing one loses capacity.
    case n = "n"
    /// A and B feeds: either one alone must carry the whole rack.
    case twoN = "2n"
  }

  /// 1 or 3 (JSON `phases`).
  public var phases: Int
  /// Line-to-line volts for three-phase, line-to-neutral for single-phase (JSON `volts`).
  public var volts: Double
  /// Breaker rating, in amperes (JSON `amps`).
  public var amps: Double
  /// Power factor of the load, 0…1 (JSON `powerFactor`).
  public var powerFactor: Double
  /// Continuous-load derate: 0.8 under NEC/UL practice, 1.0 for IEC sites or 100%-rated
  /// assemblies (JSON `continuousDerate`).
  public var continuousDerate: Double
  /// Feeds per rack (JSON `feedsPerRack`).
  public var feedsPerRack: Int
  public var redundancy: Redundancy

  public init(
    phases: Int, volts: Double, amps: Double, powerFactor: Double, continuousDerate: Double,
    feedsPerRack: Int, redundancy: Redundancy
  ) {
    self.phases = phases
    self.volts = volts
    self.amps = amps
    self.powerFactor = powerFactor
    self.continuousDerate = continuousDerate
    self.feedsPerRack = feedsPerRack
    self.redundancy = redundancy
  }
}

/// The chillers or cooling units that reject the site's heat (JSON `site.cooling`).
public struct CoolingPlant: Sendable, Equatable {
  public var units: RedundantUnits
  /// Ambient temperature at which `unitKW` is rated, in °C (JSON `ratedAmbientC`).
  public var ratedAmbientC: Double
  /// Coefficient of performance at the rated ambient: kW of heat moved per kW of electricity
  /// (JSON `cop`).
  public var ratedCOP: Double
  /// How capacity and COP change with ambient temperature (JSON `curve`).
  public var curve: ChillerCurve
  /// Air- or water-cooled chillers (JSON `kind`): the part-load curve and the defaults of
  /// `cop` and `curve`.
  public var kind: ChillerKind = .airCooled
  /// Fans and pumps of the plant (JSON `auxiliaries`).
  public var auxiliaries: PlantAuxiliaries = .init()
  /// Free cooling below an outdoor temperature; nil: none (JSON `economiser`).
  public var economiser: Economiser?

  public init(units: RedundantUnits, ratedAmbientC: Double, ratedCOP: Double, curve: ChillerCurve) {
    self.units = units
    self.ratedAmbientC = ratedAmbientC
    self.ratedCOP = ratedCOP
    self.curve = curve
  }
}

/// A group of identical units with spares: chillers, UPS modules (JSON `units`, `unitKW`,
/// `redundancy`).
public struct RedundantUnits: Sendable, Equatable {
  /// How many units are spares.
  public enum Redundancy: String, Sendable, Codable, CaseIterable {
    case n = "n"
    case nPlus1 = "n+1"
    case nPlus2 = "n+2"
    case twoN = "2n"
  }

  public var count: Int
  /// Capacity of one unit, in kW (JSON `unitKW`).
  public var unitKW: Double
  public var redundancy: Redundancy

  public init(count: Int, unitKW: Double, redundancy: Redundancy) {
    self.count = count
    self.unitKW = unitKW
    self.redundancy = redundancy
  }
}

/// What the facility spends beyond IT (JSON `site.overhead`): either a constant PUE or a
/// loss model `fixed + proportional × IT + squareLaw × IT² / rated`, plus cooling power from
/// the plant's COP at the ambient temperature.
public enum FacilityOverhead: Sendable, Equatable {
  /// Facility = IT × PUE (JSON `{ "pue": 1.3 }`).
  case constantPUE(Double)
  /// The loss model (JSON `fixedKW`, `proportional`, `squareLaw`, `ratedITKW`); cooling power
  /// comes from the plant's COP.
  case model(fixedKW: Double, proportional: Double, squareLaw: Double, ratedITKW: Double)
}

/// A busway or row PDU feeding a row of racks (JSON `site.row`).
public struct RowFeed: Sendable, Equatable {
  /// Racks on one busway (JSON `racks`).
  public var racks: Int
  /// Usable kW of the busway (JSON `limitKW`).
  public var limitKW: Double

  public init(racks: Int, limitKW: Double) {
    self.racks = racks
    self.limitKW = limitKW
  }
}

/// Server inlet air temperature and fan power: between 23 and 30 °C server power rises
/// 0.35–0.5 %/°C (Coroamă, "Temperature Optimisation in Data Centres", arXiv:2509.26163,
/// 2025); below the reference, fans idle at their floor.
public struct ServerInlet: Sendable, Equatable {
  /// Inlet temperature at which fans start to speed up, in °C (most vendors: about 23 °C).
  public static let referenceC = 23.0

  /// Inlet air temperature, in °C (JSON `serverInletC`, default 23: no uplift).
  public var celsius: Double
  /// Rise of node power per °C above the reference, as a fraction (JSON `fanPowerPerC`,
  /// default 0.004, the middle of Coroamă's 0.35–0.5 %/°C).
  public var powerPerC: Double

  public init(celsius: Double = ServerInlet.referenceC, powerPerC: Double = 0.004) {
    self.celsius = celsius
    self.powerPerC = powerPerC
  }

  /// Node power at this inlet temperature as a multiple of node power at the reference.
  public var powerFactor: Double { 1 + powerPerC * max(0, celsius - Self.referenceC) }
}
