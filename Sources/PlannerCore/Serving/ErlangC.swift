import Foundation

/// The M/M/c queue: waits for a free server among `servers`, each busy a mean `serviceSeconds`
/// per request, with Poisson arrivals. Replicas' batch slots are its servers.
///
/// Service more variable than exponential (squared coefficient of variation cs² > 1) lengthens
/// the waits by the Allen–Cunneen factor (1 + cs²) / 2 (A. O. Allen, *Probability, Statistics,
/// and Queueing Theory with Computer Science Applications*, 2nd ed., Academic Press, 1990, the
/// GI/G/c approximation with Poisson arrivals, c_a² = 1). Less variable service keeps the M/M/c
/// waits, which are then on the safe side: halving them for fixed service under-estimates the
/// waits of M/D/c with many servers (docs/model.md §4.8).
public struct ErlangC: Sendable {
  public let servers: Int
  public let arrivalsPerSecond: Double
  public let serviceSeconds: Double
  /// Squared coefficient of variation of the service time, variance / mean²: 1 for the
  /// exponential service of M/M/c, 0 for a fixed one.
  public let serviceVariation: Double

  public init(
    servers: Int, arrivalsPerSecond: Double, serviceSeconds: Double, serviceVariation: Double = 1
  ) {
    self.servers = servers
    self.arrivalsPerSecond = arrivalsPerSecond
    self.serviceSeconds = serviceSeconds
    self.serviceVariation = serviceVariation
  }

  /// How many times longer than M/M/c the waits are taken to be: (1 + cs²) / 2, at least 1.
  public var variationFactor: Double { max(1, (1 + serviceVariation) / 2) }

  /// Offered load in Erlangs: arrivals × service time.
  public var offeredLoad: Double { arrivalsPerSecond * serviceSeconds }

  /// Mean fraction of servers busy.
  public var utilization: Double { offeredLoad / Double(servers) }

  /// Probability an arrival waits, C = c·B / (c − A·(1 − B)) from the Erlang B blocking
  /// probability B; 1 when the queue is unstable.
  public var probabilityOfWaiting: Double {
    let a = offeredLoad
    guard a > 0 else { return 0 }
    guard a < Double(servers) else { return 1 }
    let erlangB = Self.erlangB(servers: servers, offeredLoad: a)
    let c = Double(servers)
    return c * erlangB / (c - a * (1 - erlangB))
  }

  /// Erlang B. Up to a few thousand servers by the stable recursion on its inverse,
  /// 1/B(k) = 1 + (k/A)·1/B(k−1) from 1/B(0) = 1 (every term positive, no cancellation; the
  /// divisions stay off the chain of dependent steps, so it runs several times faster than
  /// B(k) = A·B(k−1) / (k + A·B(k−1)); an inverse beyond the largest double is a B of 0);
  /// beyond, as the Poisson ratio P(X = c) / P(X ≤ c) for
  /// X ~ Poisson(A), summing only the terms within 12 standard deviations of the mean (the
  /// rest are below 1e-30 of the total), so a fleet of a million slots costs O(√A), not O(c).
  static func erlangB(servers: Int, offeredLoad a: Double) -> Double {
    if servers <= 4096 {
      var inverse = 1.0
      for k in 1...servers { inverse = 1 + Double(k) / a * inverse }
      return 1 / inverse
    }
    let c = Double(servers)
    let logA = log(a)
    func logPoisson(_ k: Double) -> Double { k * logA - a - lgamma(k + 1) }
    let spread = 12 * a.squareRoot() + 12
    let low = max(0, (a - spread).rounded(.down))
    let high = min(c, (a + spread).rounded(.up))
    let atC = logPoisson(c)
    guard c <= a + spread else { return exp(atC) }  // P(X ≤ c) = 1 to 1e-30
    var total = 0.0
    var k = low
    while k <= high {
      total += exp(logPoisson(k) - atC)
      k += 1
    }
    return 1 / total
  }

  /// The wait exceeded with probability `1 − quantile`, in seconds: from
  /// P(W > t) = C·e^{−(cμ−λ)t/f} with f the variation factor (f = 1 is exact for M/M/c);
  /// infinite when the queue is unstable.
  public func waitSeconds(quantile: Double) -> Double {
    waitSeconds(quantile: quantile, waiting: probabilityOfWaiting)
  }

  /// The same wait from the probability of waiting already computed, so that several
  /// quantiles of one queue share its Erlang B.
  func waitSeconds(quantile: Double, waiting c: Double) -> Double {
    let tail = 1 - quantile
    guard c > tail else { return 0 }
    let drain = Double(servers) / serviceSeconds - arrivalsPerSecond
    guard drain > 0 else { return .infinity }
    return variationFactor * log(c / tail) / drain
  }
}
