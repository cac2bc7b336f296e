/// Capacity and COP of a cooling unit as functions of outdoor temperature, relative to the
/// rated point (JSON `site.cooling.curve`: a preset name or points).
public struct ChillerCurve: Sendable, Equatable {
  /// One point: at `ambientC`, capacity and COP are these multiples of a reference.
  public struct Point: Sendable, Equatable {
    public var ambientC: Double
    public var capacityFactor: Double
    public var copFactor: Double

    public init(ambientC: Double, capacityFactor: Double, copFactor: Double) {
      self.ambientC = ambientC
      self.capacityFactor = capacityFactor
      self.copFactor = copFactor
    }
  }

  /// Name shown in reports (`air-cooled`, `flat`, `custom`).
  public var name: String
  /// Points in increasing temperature.
  public var points: [Point]

  public init(name: String, points: [Point]) {
    self.name = name
    self.points = points.sorted { $0.ambientC < $1.ambientC }
  }

  /// An air-cooled scroll chiller: York YCAL0033EE, EnergyPlus biquadratic CAPFT/EIRFT at
  /// 6.67 °C leaving chilled water, normalised to 35 °C entering air (lbl-srg/modelica-buildings
  /// `ElectricEIR.mo`; evaluated in facility-reference §4.3). Capacity falls 1.6 %/K from 35 to
  /// 40 °C and 2.5 %/K from 40 to 45 °C.
  public static let airCooled = ChillerCurve(
    name: "air-cooled",
    points: [
      Point(ambientC: 25, capacityFactor: 1.024, copFactor: 1.341),
      Point(ambientC: 30, capacityFactor: 1.035, copFactor: 1.154),
      Point(ambientC: 35, capacityFactor: 1.000, copFactor: 1.000),
      Point(ambientC: 38, capacityFactor: 0.957, copFactor: 0.921),
      Point(ambientC: 40, capacityFactor: 0.919, copFactor: 0.872),
      Point(ambientC: 42, capacityFactor: 0.874, copFactor: 0.827),
      Point(ambientC: 45, capacityFactor: 0.792, copFactor: 0.766),
      Point(ambientC: 50, capacityFactor: 0.619, copFactor: 0.677),
    ])

  /// A water-cooled centrifugal chiller with a cooling tower: the DOE-2 Centrifugal/5.50COP
  /// biquadratic CAPFT/EIRFT (lbl-srg/modelica-buildings `ElectricEIR.mo`, record
  /// `DOE_2_Centrifugal_5_50COP`; EnergyPlus `Chillers.idf`) at 6.67 °C leaving chilled water,
  /// with the condenser water entering at outdoor dry bulb − 9.4 K wet-bulb depression + 3.9 K
  /// tower approach (29.5 °C at 35 °C outside, the AHRI 550/590 rating point 29.4 °C), held
  /// within the record's 24–35 °C condenser range; factors relative to 35 °C outside
  /// (docs/model.md §7.3).
  public static let waterCooled = ChillerCurve(
    name: "water-cooled",
    points: [
      Point(ambientC: 29.5, capacityFactor: 1.032, copFactor: 1.126),
      Point(ambientC: 30, capacityFactor: 1.032, copFactor: 1.114),
      Point(ambientC: 35, capacityFactor: 1.000, copFactor: 1.000),
      Point(ambientC: 38, capacityFactor: 0.958, copFactor: 0.932),
      Point(ambientC: 40, capacityFactor: 0.921, copFactor: 0.887),
      Point(ambientC: 40.5, capacityFactor: 0.911, copFactor: 0.876),
    ])

  /// No change with temperature: for plant already rated at the design condition.
  public static let flat = ChillerCurve(
    name: "flat", points: [Point(ambientC: 0, capacityFactor: 1, copFactor: 1)])

  /// Presets by JSON name.
  public static let presets: [ChillerCurve] = [airCooled, waterCooled, flat]

  /// Capacity at `ambientC` as a multiple of capacity at `ratedC` (linear between points,
  /// held flat beyond the ends).
  public func capacityFactor(at ambientC: Double, ratedAt ratedC: Double) -> Double {
    interpolate(ambientC, \.capacityFactor) / interpolate(ratedC, \.capacityFactor)
  }

  /// COP at `ambientC` as a multiple of COP at `ratedC`.
  public func copFactor(at ambientC: Double, ratedAt ratedC: Double) -> Double {
    interpolate(ambientC, \.copFactor) / interpolate(ratedC, \.copFactor)
  }

  private func interpolate(_ t: Double, _ value: KeyPath<Point, Double>) -> Double {
    guard let first = points.first, let last = points.last else { return 1 }
    if t <= first.ambientC { return first[keyPath: value] }
    if t >= last.ambientC { return last[keyPath: value] }
    for (a, b) in zip(points, points.dropFirst()) where t <= b.ambientC {
      let w = (t - a.ambientC) / (b.ambientC - a.ambientC)
      return a[keyPath: value] + w * (b[keyPath: value] - a[keyPath: value])
    }
    return last[keyPath: value]
  }
}
