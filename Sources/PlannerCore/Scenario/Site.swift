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
