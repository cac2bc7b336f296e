/// Requests reaching one deployment and their shape: mean token counts and their second
/// moments (E[X²]), which mix by request rate like the means and give the spread the KV cache
/// and the queue need (model.md §4.1, §4.8).
public struct Workload: Sendable, Equatable {
  public var requestsPerSecond: Double
  /// Mean tokens read per request (the prompt, or the stage's tokens).
  public var promptTokens: Double
  /// Mean tokens generated per request; 0 for prefill-only models.
  public var outputTokens: Double
  /// Mean of the squared prompt length, tokens².
  public var promptSquareMean: Double
  /// Mean of the squared output length, tokens².
  public var outputSquareMean: Double

  public static let none = Workload(requestsPerSecond: 0, promptTokens: 0, outputTokens: 0)

  /// A stream whose prompts and outputs spread as `promptSpread` and `outputSpread` (by default
  /// fixed prompts and geometric outputs).
  public init(
    requestsPerSecond: Double, promptTokens: Double, outputTokens: Double,
    promptSpread: LengthSpread = .fixed, outputSpread: LengthSpread = .exponential
  ) {
    self.requestsPerSecond = requestsPerSecond
    self.promptTokens = promptTokens
    self.outputTokens = outputTokens
    promptSquareMean = promptTokens * promptTokens * promptSpread.secondMomentFactor
    outputSquareMean = outputTokens * outputTokens * outputSpread.secondMomentFactor
  }

  /// Output tokens generated per second: requests per second × mean output tokens.
  public var outputTokensPerSecond: Double { requestsPerSecond * outputTokens }

  /// Squared coefficient of variation of the output length (variance / mean²).
  public var outputVariation: Double {
    guard outputTokens > 0 else { return 0 }
    return max(0, outputSquareMean / (outputTokens * outputTokens) - 1)
  }

  /// Variance of the prompt length, tokens².
  public var promptVariance: Double { max(0, promptSquareMean - promptTokens * promptTokens) }

  /// Both streams together, token means and second moments weighted by request rate.
  public static func + (a: Workload, b: Workload) -> Workload {
    let rate = a.requestsPerSecond + b.requestsPerSecond
    guard rate > 0 else { return .none }
    let wa = a.requestsPerSecond / rate
    let wb = b.requestsPerSecond / rate
    var mix = Workload(
      requestsPerSecond: rate, promptTokens: wa * a.promptTokens + wb * b.promptTokens,
      outputTokens: wa * a.outputTokens + wb * b.outputTokens)
    mix.promptSquareMean = wa * a.promptSquareMean + wb * b.promptSquareMean
    mix.outputSquareMean = wa * a.outputSquareMean + wb * b.outputSquareMean
    return mix
  }

  /// The same mix at another rate.
  public func at(rate: Double) -> Workload {
    var w = self
    w.requestsPerSecond = rate
    return w
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
    deployments.reduce(0) { $0 + $1.outputTokensPerSecond }
  }

  /// Splits each surface's arrivals (`rates`, one per surface in scenario order) through its
  /// pipeline: CPU stages to the pool, model stages to their deployment, generation over the
  /// route's legs after cache hits (a share each, or for a cascade every request to the first
  /// model and the escalated fraction again to the second).
  public static func split(_ scenario: Scenario, rates: [Double]) -> WorkloadSplit {
    SplitCoefficients(scenario).split(rates)
  }
}

/// What one stage of one surface's pipeline asks of the CPU pool or of one deployment; a
/// generate stage gives one stream per leg of its route.
public struct WorkStream: Sendable, Equatable {
  /// Where the work lands.
  public enum Place: Sendable, Equatable {
    /// CPU-seconds per second on the CPU pool.
    case cpu(secondsPerSecond: Double)
    /// Requests to the deployment at this index, in scenario order.
    case deployment(index: Int, workload: Workload)
  }

  /// Index of the surface in `traffic.surfaces`.
  public var surface: Int
  /// Index of the stage in the surface's pipeline.
  public var stage: Int
  /// For generation, which leg of the route; nil for other stages.
  public var leg: Route.Leg.Kind?
  public var place: Place

  /// Every stream of every surface at `rates` (one per surface, in scenario order), in surface
  /// then stage order. An escalated request reads the surface's prompt, plus the first model's
  /// output when the cascade includes the draft, and generates the surface's output again.
  public static func streams(_ scenario: Scenario, rates: [Double]) -> [WorkStream] {
    let index = Dictionary(
      scenario.deployments.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    var streams: [WorkStream] = []
    for (s, (surface, rate)) in zip(scenario.traffic.surfaces, rates).enumerated() {
      guard let pipeline = scenario.pipeline(named: surface.pipeline) else { continue }
      for (k, stage) in pipeline.stages.enumerated() {
        switch stage.placement {
        case .cpu(let ms):
          streams.append(
            WorkStream(surface: s, stage: k, place: .cpu(secondsPerSecond: rate * ms / 1000)))
        case .model(let name, let tokens):
          guard let i = index[name] else { continue }
          let workload = Workload(requestsPerSecond: rate, promptTokens: tokens, outputTokens: 0)
          streams.append(
            WorkStream(surface: s, stage: k, place: .deployment(index: i, workload: workload)))
        case .generation:
          let generated = surface.generated(at: rate)
          for leg in scenario.legs(ofRoute: surface.route) {
            guard let i = index[leg.deployment] else { continue }
            let workload = Workload(
              requestsPerSecond: generated * leg.fraction,
              promptTokens: surface.promptTokens + (leg.readsDraft ? surface.outputTokens : 0),
              outputTokens: surface.outputTokens, promptSpread: surface.promptSpread,
              outputSpread: surface.outputSpread)
            streams.append(
              WorkStream(
                surface: s, stage: k, leg: leg.kind,
                place: .deployment(index: i, workload: workload)))
          }
        }
      }
    }
    return streams
  }
}
