/// Requests reaching one deployment and their mean shape.
public struct Workload: Sendable, Equatable {
  public var requestsPerSecond: Double
  /// Mean tokens read per request (the prompt, or the stage's tokens).
  public var promptTokens: Double
  /// Mean tokens generated per request; 0 for prefill-only models.
  public var outputTokens: Double

  public static let none = Workload(requestsPerSecond: 0, promptTokens: 0, outputTokens: 0)

  public init(requestsPerSecond: Double, promptTokens: Double, outputTokens: Double) {
    self.requestsPerSecond = requestsPerSecond
    self.promptTokens = promptTokens
    self.outputTokens = outputTokens
  }

  /// Both streams together, token means weighted by request rate.
  public static func + (a: Workload, b: Workload) -> Workload {
    let rate = a.requestsPerSecond + b.requestsPerSecond
    guard rate > 0 else { return .none }
    let wa = a.requestsPerSecond / rate
    let wb = b.requestsPerSecond / rate
    return Workload(
      requestsPerSecond: rate, promptTokens: wa * a.promptTokens + wb * b.promptTokens,
      outputTokens: wa * a.outputTokens + wb * b.outputTokens)
  }

  /// The same mix at another rate.
  public func at(rate: Double) -> Workload {
    Workload(requestsPerSecond: rate, promptTokens: promptTokens, outputTokens: outputTokens)
  }
}

/// What a set of surface arrival rates asks of each deployment and of the CPU pool.
public struct WorkloadSplit: Sendable, Equatable {
  /// Workload per deployment, in scenario order.
  public var deployments: [Workload]
  /// CPU-seconds per second asked of the CPU pool.
  public var cpuSecondsPerSecond: Double
  /// Output tokens per second generated, over all deployments.
  public var outputTokensPerSecond: Double {
    deployments.map { $0.requestsPerSecond * $0.outputTokens }.reduce(0, +)
  }

  /// Splits each surface's arrivals (`rates`, one per surface in scenario order) through its
  /// pipeline: CPU stages to the pool, model stages to their deployment, generation over the
  /// route's shares after cache hits.
  public static func split(_ scenario: Scenario, rates: [Double]) -> WorkloadSplit {
    var loads = Array(repeating: Workload.none, count: scenario.deployments.count)
    var cpu = 0.0
    let index = Dictionary(
      uniqueKeysWithValues: scenario.deployments.enumerated().map { ($1.name, $0) })
    for (surface, rate) in zip(scenario.traffic.surfaces, rates) {
      guard let pipeline = scenario.pipeline(named: surface.pipeline) else { continue }
      for stage in pipeline.stages {
        switch stage.placement {
        case .cpu(let ms):
          cpu += rate * ms / 1000
        case .model(let name, let tokens):
          guard let i = index[name] else { continue }
          loads[i] =
            loads[i] + Workload(requestsPerSecond: rate, promptTokens: tokens, outputTokens: 0)
        case .generation:
          let generated = surface.generated(at: rate)
          for target in scenario.targets(ofRoute: surface.route) {
            guard let i = index[target.deployment] else { continue }
            loads[i] =
              loads[i]
              + Workload(
                requestsPerSecond: generated * target.share, promptTokens: surface.promptTokens,
                outputTokens: surface.outputTokens)
          }
        }
      }
    }
    return WorkloadSplit(deployments: loads, cpuSecondsPerSecond: cpu)
  }
}
