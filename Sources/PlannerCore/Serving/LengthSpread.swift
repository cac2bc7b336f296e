import Foundation

/// How the token lengths of a surface's requests spread around their mean (JSON
/// `traffic.surfaces[].promptTokensP95`, `promptTokensSigma`, `outputTokensP95`,
/// `outputTokensSigma`). The planner needs only the squared coefficient of variation
/// cv² = variance / mean²: for the KV cache's spread (model.md §4.1) and for the service-time
/// variation of the queue (§4.8).
public enum LengthSpread: Sendable, Equatable {
  /// Every request has the mean length (cv² = 0); the default for prompts.
  case fixed
  /// Geometric lengths, as chat outputs that stop at a random token (cv² = 1); the default for
  /// outputs.
  case exponential
  /// Lognormal with this σ of ln(length): cv² = e^{σ²} − 1.
  case lognormal(sigma: Double)

  /// The 95th-percentile z-score of the normal distribution.
  static let z95 = 1.6448536269514722

  /// Variance over mean squared.
  public var squaredVariation: Double {
    switch self {
    case .fixed: return 0
    case .exponential: return 1
    case .lognormal(let sigma): return exp(sigma * sigma) - 1
    }
  }

  /// Mean of the square over the square of the mean, E[X²] / E[X]² = 1 + cv².
  public var secondMomentFactor: Double { 1 + squaredVariation }

  /// The lognormal σ whose mean is `mean` and 95th percentile `p95`: with
  /// μ = ln mean − σ²/2, ln(p95 / mean) = 1.645 σ − σ²/2, so σ = 1.645 − √(1.645² − 2 ln(p95 /
  /// mean)); nil when p95 < mean or p95 / mean exceeds e^{1.645²/2} = 3.87 (no lognormal has
  /// that tail with that mean).
  public static func sigma(mean: Double, p95: Double) -> Double? {
    guard mean > 0, p95 >= mean else { return nil }
    let disc = z95 * z95 - 2 * log(p95 / mean)
    guard disc >= 0 else { return nil }
    return z95 - disc.squareRoot()
  }

  /// The largest p95 / mean a lognormal length can have: e^{1.645² / 2}.
  public static var largestP95Ratio: Double { exp(z95 * z95 / 2) }
}
