/// Who sends what: the product surfaces and the shape of their day (JSON `traffic`).
public struct Traffic: Sendable, Equatable {
  /// How interactive load spreads over the day (JSON `traffic.profile`).
  public var profile: DiurnalProfile
  public var surfaces: [Surface]

  public init(profile: DiurnalProfile, surfaces: [Surface]) {
    self.profile = profile
    self.surfaces = surfaces
  }
}

/// One product surface: a stream of requests of one shape (JSON `traffic.surfaces[]`).
public struct Surface: Sendable, Equatable {
  /// How latency-sensitive a surface is.
  public enum Tier: String, Sendable, Codable, CaseIterable {
    /// A user waits: follows the diurnal profile and its worst five minutes.
    case interactive
    /// Deferrable work (summaries, evaluations): spread evenly over the day.
    case batch
  }

  public var name: String
  /// Mean requests per second over the day, from `requestsPerSecond` or from
  /// `dailyActiveUsers × requestsPerUserPerDay / 86 400`.
  public var meanRequestsPerSecond: Double
  /// Mean prompt (input) tokens per request, context included (JSON `promptTokens`).
  public var promptTokens: Double
  /// Mean generated tokens per request (JSON `outputTokens`).
  public var outputTokens: Double
  /// How prompt lengths spread around their mean (JSON `promptTokensP95` or
  /// `promptTokensSigma`; default fixed).
  public var promptSpread: LengthSpread = .fixed
  /// How output lengths spread around their mean (JSON `outputTokensP95` or
  /// `outputTokensSigma`; default geometric).
  public var outputSpread: LengthSpread = .exponential
  /// The worst five minutes of the peak hour over that hour's mean, ≥ 1
  /// (JSON `worstFiveMinutesMultiplier`).
  public var worstFiveMinutesMultiplier: Double
  /// Fraction of requests sent again after a failure or timeout, 0…1 (JSON `retryRate`).
  public var retryRate: Double
  /// Fraction of requests answered from a response cache, skipping generation, 0…1
  /// (JSON `cacheHitRate`).
  public var cacheHitRate: Double
  public var tier: Tier
  /// Name of the pipeline each request runs through (JSON `pipeline`).
  public var pipeline: String
  /// Name of the route (or of one deployment) that generates the answer (JSON `route`).
  public var route: String
  /// How the surface's traffic grows; nil: the scenario's growth (JSON `growth`).
  public var growth: Growth? = nil
  /// For a batch surface: hours within which its work must be done, so that it may be
  /// scheduled into the day's valleys (JSON `deadlineHours`); nil: spread evenly.
  public var deadlineHours: Double? = nil

  /// Of `rate` requests per second, those that reach generation: cache hits are answered
  /// before it (they still run the pipeline's other stages).
  public func generated(at rate: Double) -> Double { rate * (1 - cacheHitRate) }

  public init(
    name: String, meanRequestsPerSecond: Double, promptTokens: Double, outputTokens: Double,
    worstFiveMinutesMultiplier: Double = 1, retryRate: Double = 0, cacheHitRate: Double = 0,
    tier: Tier = .interactive, pipeline: String, route: String
  ) {
    self.name = name
    self.meanRequestsPerSecond = meanRequestsPerSecond
    self.promptTokens = promptTokens
    self.outputTokens = outputTokens
    self.worstFiveMinutesMultiplier = worstFiveMinutesMultiplier
    self.retryRate = retryRate
    self.cacheHitRate = cacheHitRate
    self.tier = tier
    self.pipeline = pipeline
    self.route = route
  }
}
