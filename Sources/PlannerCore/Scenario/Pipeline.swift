/// The stages one request passes through, in order (JSON `pipelines[]`).
public struct Pipeline: Sendable, Equatable {
  public var name: String
  public var stages: [Stage]

  public init(name: String, stages: [Stage]) {
    self.name = name
    self.stages = stages
  }
}

/// One step of a pipeline and where it runs (JSON `pipelines[].stages[]`).
public struct Stage: Sendable, Equatable {
  /// What the step does.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case tokenize, embed, retrieve, rerank, generate, moderate, log
  }

  /// Where the step's work lands.
  public enum Placement: Sendable, Equatable {
    /// On the CPU pool, costing this many CPU-milliseconds per request (JSON `cpuMs`).
    case cpu(milliseconds: Double)
    /// On a prefill-only model deployment, reading this many tokens per request
    /// (JSON `deployment` and `tokens`).
    case model(deployment: String, tokens: Double)
    /// Generation through the surface's route.
    case generation
  }

  public var kind: Kind
  public var placement: Placement

  public init(kind: Kind, placement: Placement) {
    self.kind = kind
    self.placement = placement
  }
}
