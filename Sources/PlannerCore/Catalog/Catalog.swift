/// The GPUs, systems and models a scenario can name by id.
///
/// `Catalog.builtIn` holds the published figures; a scenario's `catalog` section and inline
/// overrides produce a copy with some entries changed or added.
public struct Catalog: Sendable, Equatable {
  public var gpus: [GPUSpec]
  public var systems: [SystemSpec]
  public var models: [ModelSpec]

  public init(gpus: [GPUSpec], systems: [SystemSpec], models: [ModelSpec]) {
    self.gpus = gpus
    self.systems = systems
    self.models = models
  }

  /// The built-in catalog: every figure with its public source.
  public static let builtIn = Catalog(
    gpus: (BuiltInGPUs.all + BuiltInGPUs2025.all).sorted { $0.id < $1.id },
    systems: (BuiltInSystems.all + BuiltInSystems2025.all).sorted { $0.id < $1.id },
    models: (BuiltInModels.all + BuiltInMoEModels.all).sorted { $0.id < $1.id })

  public func gpu(_ id: String) -> GPUSpec? { gpus.first { $0.id == id } }
  public func system(_ id: String) -> SystemSpec? { systems.first { $0.id == id } }
  public func model(_ id: String) -> ModelSpec? { models.first { $0.id == id } }

  /// The system a deployment gets when it names only a GPU: the first system carrying it.
  public func defaultSystem(forGPU id: String) -> SystemSpec? {
    systems.first { $0.gpu == id }
  }
}
