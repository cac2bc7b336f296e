/// How a UPS converts (JSON `site.ups.mode`): its losses against load follow the no-load +
/// proportional + square-law shape of Schneider Electric's "Definitions of Losses"
/// (facility-reference §1.5), with coefficients per mode (docs/model.md §7.2).
public enum UPSMode: String, Sendable, Codable, CaseIterable {
  /// Double conversion (VFI): 94.0 % at full load, 89.2 % at a quarter.
  case doubleConversion = "double-conversion"
  /// Eco mode: the load on the bypass, the inverter standing by: 99.0 % at full load.
  case eco

  /// Losses as fractions of the rating: no-load, proportional (of the load) and square-law
  /// (at rated load).
  public var defaultLosses: LossCoefficients {
    switch self {
    case .doubleConversion:
      return LossCoefficients(noLoad: 0.024, proportional: 0.021, squareLaw: 0.015)
    case .eco:
      return LossCoefficients(noLoad: 0.004, proportional: 0.004, squareLaw: 0.002)
    }
  }
}

/// An electrical component's losses: `noLoad × rating + proportional × load + squareLaw ×
/// load² / rating`.
public struct LossCoefficients: Sendable, Equatable {
  public var noLoad: Double
  public var proportional: Double
  public var squareLaw: Double

  public init(noLoad: Double, proportional: Double, squareLaw: Double) {
    self.noLoad = noLoad
    self.proportional = proportional
    self.squareLaw = squareLaw
  }

  /// Losses at `loadKW` of a component rated `ratingKW`, in kW. Beyond the rating (a failed
  /// check already) the square-law term grows in proportion, so that an element loaded far
  /// past its rating does not swamp the plan with losses no real one would reach.
  public func lossKW(loadKW: Double, ratingKW: Double) -> Double {
    guard ratingKW > 0 else { return 0 }
    return noLoad * ratingKW + proportional * loadKW
      + squareLaw * loadKW * min(loadKW, ratingKW) / ratingKW
  }
}

/// What the UPS adds to its kW rating (JSON `site.ups`): kVA and power factor, its conversion
/// mode and losses, where its heat goes, and the battery recharge it asks of the generator.
public struct UPSDetail: Sendable, Equatable {
  /// Apparent power of one module, in kVA (JSON `unitKVA`); nil when rated in kW.
  public var unitKVA: Double?
  /// Output power factor of the rating: kW = kVA × PF (JSON `powerFactor`, default 0.9 with
  /// `unitKVA`, 1 otherwise).
  public var powerFactor: Double
  /// Conversion mode; nil: its losses are inside the site's `overhead` loss model.
  public var mode: UPSMode?
  /// Losses when `mode` is given (JSON `noLoadLoss`, `proportionalLoss`, `squareLawLoss`).
  public var losses: LossCoefficients?
  /// Whether its losses are heat the cooling plant removes (JSON `inCooledSpace`, default true).
  public var inCooledSpace: Bool = true
  /// Battery recharge after an outage, as a fraction of the UPS's firm kW (JSON
  /// `rechargeFraction`, default 0.1).
  public var rechargeFraction: Double = 0.1

  public init(unitKVA: Double? = nil, powerFactor: Double = 1, mode: UPSMode? = nil) {
    self.unitKVA = unitKVA
    self.powerFactor = powerFactor
    self.mode = mode
    self.losses = mode?.defaultLosses
  }
}

/// What a generator set adds to its kW rating (JSON `site.generator`): step loading and its
/// derates for altitude and heat.
public struct GeneratorDetail: Sendable, Equatable {
  /// Largest load step a running set accepts at once, as a fraction of its rating (JSON
  /// `stepAcceptance`, default 0.5).
  public var stepAcceptance: Double = 0.5
  /// The largest block of load switched onto the sets at once, in kW (JSON `largestStepKW`);
  /// nil: the cooling plant restarting (the UPS carries IT and walks its rectifiers in).
  public var largestStepKW: Double?
  /// Altitude up to which the rating holds, in m (JSON `ratedAltitudeM`, default 1000).
  public var ratedAltitudeM: Double = 1000
  /// Rating lost per 100 m above it, as a fraction (JSON `deratePer100M`, default 0.01).
  public var deratePer100M: Double = 0.01
  /// Outdoor temperature up to which the rating holds, in °C (JSON `ratedAmbientC`,
  /// default 40).
  public var ratedAmbientC: Double = 40
  /// Rating lost per K above it, as a fraction (JSON `deratePerK`, default 0.01).
  public var deratePerK: Double = 0.01

  public init() {}

  /// Share of the rating available at `altitudeM` and `ambientC`:
  /// 1 − per 100 m × max(0, altitude − rated)/100 − per K × max(0, T − rated), at least 0.
  public func derate(altitudeM: Double, ambientC: Double) -> Double {
    let altitude = deratePer100M * max(0, altitudeM - ratedAltitudeM) / 100
    let heat = deratePerK * max(0, ambientC - ratedAmbientC)
    return max(0, 1 - altitude - heat)
  }
}

/// One element of the power path between the utility and the UPS or after it (JSON
/// `site.powerPath.transformer`, `switchboard`, `floorPDU`).
public struct PathElement: Sendable, Equatable {
  /// Units, each rated in kW (kVA × power factor when given in kVA).
  public var units: RedundantUnits
  /// Apparent power of one unit, in kVA, when rated in kVA (JSON `unitKVA`).
  public var unitKVA: Double?
  /// Losses of the element (JSON `noLoadLoss`, `proportionalLoss`, `squareLawLoss`); nil:
  /// inside the site's `overhead` loss model.
  public var losses: LossCoefficients?
  /// Whether its losses are heat the cooling plant removes (JSON `inCooledSpace`).
  public var inCooledSpace: Bool

  public init(
    units: RedundantUnits, unitKVA: Double? = nil, losses: LossCoefficients? = nil,
    inCooledSpace: Bool
  ) {
    self.units = units
    self.unitKVA = unitKVA
    self.losses = losses
    self.inCooledSpace = inCooledSpace
  }
}

/// The power path's elements beyond the utility, UPS, busway and rack feeds the site already
/// names (JSON `site.powerPath`): utility → transformer → switchboard → UPS → floor PDU →
/// busway → rack PDU.
public struct PowerPath: Sendable, Equatable {
  /// Medium- to low-voltage transformers (default outside the cooled space).
  public var transformer: PathElement?
  /// Main switchboard.
  public var switchboard: PathElement?
  /// Floor PDUs or RPPs after the UPS (default inside the cooled space).
  public var floorPDU: PathElement?

  public init(
    transformer: PathElement? = nil, switchboard: PathElement? = nil,
    floorPDU: PathElement? = nil
  ) {
    self.transformer = transformer
    self.switchboard = switchboard
    self.floorPDU = floorPDU
  }
}
