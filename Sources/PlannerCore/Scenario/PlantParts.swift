/// The kind of chiller the cooling plant runs (JSON `site.cooling.kind`); each has its own
/// rated COP, curve against outdoor temperature and part-load curve (docs/model.md §7.3).
public enum ChillerKind: String, Sendable, Codable, CaseIterable {
  /// Air-cooled condenser: the York YCAL0033EE scroll record, COP 3.1 at 35 °C entering air.
  case airCooled = "air-cooled"
  /// Water-cooled condenser with a cooling tower: the DOE-2 centrifugal record, COP 5.5 at
  /// 29.4 °C entering condenser water.
  case waterCooled = "water-cooled"

  /// Rated COP when the scenario gives none.
  public var defaultCOP: Double { self == .airCooled ? 3.1 : 5.5 }

  /// Curve against outdoor temperature when the scenario gives none.
  public var defaultCurve: ChillerCurve { self == .airCooled ? .airCooled : .waterCooled }

  /// Electric input ratio against part-load ratio, EIR(PLR) = a + b·PLR + c·PLR², 1 at full
  /// load: the York YCAL record's is PLR itself (its COP does not change with part load), the
  /// DOE-2 centrifugal's is 0.222903 + 0.313387·PLR + 0.463710·PLR² (lbl-srg/modelica-buildings
  /// `Buildings/Fluid/Chillers/Data/ElectricEIR.mo`, EnergyPlus `Chiller:Electric:EIR`).
  public var partLoadEIR: (a: Double, b: Double, c: Double) {
    self == .airCooled ? (0, 1, 0) : (0.222903, 0.313387, 0.463710)
  }

  /// The part-load curve's name for the assumptions.
  public var partLoadName: String {
    self == .airCooled
      ? "York YCAL0033EE EIR(PLR) = PLR (flat COP)" : "DOE-2 centrifugal EIR(PLR) quadratic"
  }
}

/// The cooling plant's own fans and pumps, each in kW of electricity per kW of heat it moves
/// (JSON `site.cooling.auxiliaries`). Defaults are derived in docs/model.md §7.3 from the
/// AHRI 550/590 rating flows and Q = ṁ·c_p·ΔT with the stated heads, pressures and
/// efficiencies.
public struct PlantAuxiliaries: Sendable, Equatable {
  /// Air handler or CRAH fans, per kW of heat the air carries (JSON `airHandlerFanKWPerKW`).
  public var airHandlerFanKWPerKW: Double = 0.046
  /// Chilled-water pumps, per kW of heat on the chillers (JSON `chilledWaterPumpKWPerKW`).
  public var chilledWaterPumpKWPerKW: Double = 0.018
  /// Condenser-water pumps of a water-cooled plant, per kW of heat on the chillers (JSON
  /// `condenserPumpKWPerKW`).
  public var condenserPumpKWPerKW: Double = 0.015
  /// Cooling-tower fans of a water-cooled plant, per kW of heat rejected (chiller load plus
  /// compressor power) (JSON `towerFanKWPerKW`).
  public var towerFanKWPerKW: Double = 0.010
  /// CDU pumps of the liquid loop, per kW of liquid heat (JSON `cduPumpKWPerKW`).
  public var cduPumpKWPerKW: Double = 0.010

  public init() {}
}

/// Free cooling: below an outdoor temperature the chillers' compressors stop and the plant
/// rejects heat through its economiser (JSON `site.cooling.economiser`).
public struct Economiser: Sendable, Equatable {
  /// Outdoor temperature at or below which the compressors are off, in °C (JSON `belowC`).
  public var belowC: Double
  /// Swing of outdoor temperature over a day, coldest to warmest hour, in K (JSON
  /// `diurnalSwingK`, default 10).
  public var diurnalSwingK: Double

  public init(belowC: Double, diurnalSwingK: Double = 10) {
    self.belowC = belowC
    self.diurnalSwingK = diurnalSwingK
  }
}

/// Heat released in the cooled space besides IT and electrical losses (JSON `site.lightingKW`,
/// `site.occupants`).
public struct HeatGains: Sendable, Equatable {
  /// Sensible heat of one person at moderately active office work, in W (ASHRAE Handbook —
  /// Fundamentals, ch. 18, Table 1: 75 W sensible).
  public static let wattsPerOccupant = 75.0

  public var lightingKW: Double = 0
  public var occupants: Int = 0

  public init(lightingKW: Double = 0, occupants: Int = 0) {
    self.lightingKW = lightingKW
    self.occupants = occupants
  }

  /// Lighting and people, in kW.
  public var kilowatts: Double { lightingKW + Double(occupants) * Self.wattsPerOccupant / 1000 }
}
