/// The facility as a design basis: what the report assumed, the heat the plant removes, the
/// plant's own power, the power path and its binding element, UPS module loading, generator
/// and the per-feed loads of the racks (docs/model.md §7).
public struct FacilityReport: Sendable, Equatable, Codable {
  /// The assumptions a reviewer asks about, each marked when it is a default.
  public var assumptions: [AssumptionReport]
  /// Heat on the chillers at the planning peak with margins, by source.
  public var heat: HeatReport
  /// The cooling plant's power at the planning peak with margins.
  public var plant: PlantReport
  /// Electrical losses by component at the planning peak with margins.
  public var losses: [LossReport]
  /// Every element of the power path that the site names, utility first.
  public var powerPath: [PathElementReport]
  /// The element of the power path with the least headroom.
  public var bindingElement: String?
  /// UPS module loading in the normal state and with one module lost.
  public var ups: UPSReport?
  /// Generator load, recharge, derate and step.
  public var generator: GeneratorReport?
  /// Each pool's fullest rack on its A and B feeds in normal operation (2N feeds).
  public var feeds: [FeedLoadReport]
  /// Warnings that are not limits of the site: an air-cooled rack denser than any cited
  /// air-cooled design on a site that gives no rack air limit.
  public var warnings: [String]
}

/// One assumption: `name` (`design ambient`), its `value` in words, whether the scenario left
/// it to its default, and the scenario key that sets it.
public struct AssumptionReport: Sendable, Equatable, Codable {
  public var name: String
  public var value: String
  public var defaulted: Bool
  /// JSON path of the scenario key (`site.designAmbientC`).
  public var source: String
}

/// Heat on the chillers, in kW.
public struct HeatReport: Sendable, Equatable, Codable {
  public var itKW: Double
  /// Losses of the electrical components in the cooled space.
  public var lossesInCooledSpaceKW: Double
  /// Losses rejected outside it (not on the chillers).
  public var lossesOutsideKW: Double
  public var lightingKW: Double
  public var peopleKW: Double
  /// Air handler fans and CDU pumps, whose power ends as heat in the loop they drive.
  public var fansAndCDUPumpsKW: Double
  /// The share of IT heat the liquid loop takes.
  public var liquidKW: Double
  public var totalKW: Double
}

/// The cooling plant's power, in kW, and how hard its chillers work.
public struct PlantReport: Sendable, Equatable, Codable {
  public var chillerKind: String
  /// Chiller load over the capacity of the units in service.
  public var partLoad: Double
  /// COP at the design ambient and that part load.
  public var cop: Double
  public var compressorKW: Double
  public var airHandlerFanKW: Double
  public var chilledWaterPumpKW: Double
  public var condenserPumpKW: Double
  public var towerFanKW: Double
  public var cduPumpKW: Double
  public var totalKW: Double
  /// Hours a year with the compressors off (economiser), from the monthly temperatures.
  public var economiserHoursPerYear: Double
}

/// One component's losses, in kW.
public struct LossReport: Sendable, Equatable, Codable {
  public var component: String
  public var kilowatts: Double
  public var inCooledSpace: Bool
}

/// One element of the power path: its check's load and limit.
public struct PathElementReport: Sendable, Equatable, Codable {
  /// `utility`, `transformer`, `switchboard`, `ups`, `ups-kva`, `floor-pdu`, `row`,
  /// `pdu-feed[pool]`.
  public var element: String
  public var load: Double
  public var limit: Double
  /// `kW` or `kVA`.
  public var unit: String
  public var headroom: Double
}

/// UPS modules: rating and the load each carries.
public struct UPSReport: Sendable, Equatable, Codable {
  public var modules: Int
  public var unitKW: Double
  public var unitKVA: Double?
  public var powerFactor: Double
  /// `double-conversion`, `eco`, or `overhead` (losses inside the overhead loss model).
  public var mode: String
  /// Load of each module as a fraction of its kW rating, all modules running.
  public var moduleLoadNormal: Double
  /// The same with one module lost.
  public var moduleLoadOneLost: Double
  /// Efficiency at the normal load (absent when its losses are in the overhead model).
  public var efficiency: Double?
}

/// Generators against the facility with the UPS recharge, derated, and their step loading.
public struct GeneratorReport: Sendable, Equatable, Codable {
  public var loadKW: Double
  public var upsRechargeKW: Double
  /// Share of the rating left by altitude and heat.
  public var derate: Double
  public var capacityKW: Double
  public var largestStepKW: Double
  public var stepLimitKW: Double
}

/// A pool's fullest rack on each side of its 2N feeds in normal operation.
public struct FeedLoadReport: Sendable, Equatable, Codable {
  public var pool: String
  public var feedAKW: Double
  public var feedBKW: Double
  /// What one side's feeds carry.
  public var sideUsableKW: Double
}
