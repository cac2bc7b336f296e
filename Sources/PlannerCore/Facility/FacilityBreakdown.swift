/// Facility power at one IT load, part by part, in kW.
public struct FacilityBreakdown: Sendable, Equatable {
  public var itKW: Double
  /// Electrical losses by component, in the order of the power path.
  public var losses: [ComponentLoss] = []
  public var lightingKW = 0.0
  /// Sensible heat of the people in the cooled space (not electrical).
  public var peopleKW = 0.0
  /// Heat to room air: IT less its liquid share, losses in the cooled space, lighting, people.
  public var airHeatKW = 0.0
  /// Heat to the liquid loop.
  public var liquidHeatKW = 0.0
  /// Heat on the chillers: air and liquid heat, and the fans and CDU pumps that move them.
  public var heatKW = 0.0
  /// Chiller load over the capacity of the units in service.
  public var partLoad = 0.0
  /// COP at the ambient and part load.
  public var cop = 0.0
  public var compressorKW = 0.0
  public var airHandlerFanKW = 0.0
  public var chilledWaterPumpKW = 0.0
  public var condenserPumpKW = 0.0
  public var towerFanKW = 0.0
  public var cduPumpKW = 0.0

  public init(itKW: Double) { self.itKW = itKW }

  // The sums below fold in place, in the losses' order: they run twice for every slot of
  // every month's day, where the arrays of `filter` and `map` were most of a breakdown's cost.

  /// All electrical losses.
  public var lossKW: Double { losses.reduce(0) { $0 + $1.kilowatts } }
  /// Losses of the components after the transformer and switchboard.
  public var downstreamLossKW: Double {
    losses.reduce(0) { $1.isUpstream ? $0 : $0 + $1.kilowatts }
  }
  /// Losses whose heat lands in the cooled space.
  public var lossesInCooledSpaceKW: Double {
    losses.reduce(0) { $1.inCooledSpace ? $0 + $1.kilowatts : $0 }
  }
  /// The plant's power: compressors, fans, pumps, tower.
  public var coolingKW: Double {
    compressorKW + airHandlerFanKW + chilledWaterPumpKW + condenserPumpKW + towerFanKW
      + cduPumpKW
  }
  /// What the utility meter sees: IT, losses, cooling and lighting.
  public var facilityKW: Double { itKW + lossKW + coolingKW + lightingKW }
}

/// One electrical component's losses.
public struct ComponentLoss: Sendable, Equatable {
  /// `overhead`, `ups`, `floor-pdu`, `transformer`, `switchboard`.
  public var component: String
  public var kilowatts: Double
  /// Whether the heat lands in the cooled space.
  public var inCooledSpace: Bool

  /// Whether it is the transformer or the switchboard, which carry the cooling as well as IT.
  var isUpstream: Bool { component == "transformer" || component == "switchboard" }
}
