import Foundation

/// The M/M/c queue: waits for a free server among `servers`, each busy a mean `serviceSeconds`
/// per request, with Poisson arrivals. Replicas' batch slots are its servers.
public struct ErlangC: Sendable {
  public let servers: Int
  public let arrivalsPerSecond: Double
  public let serviceSeconds: Double

  public init(servers: Int, arrivalsPerSecond: Double, serviceSeconds: Double) {
    self.servers = servers
    self.arrivalsPerSecond = arrivalsPerSecond
    self.serviceSeconds = serviceSeconds
  }

  /// Offered load in Erlangs: arrivals × service time.
  public var offeredLoad: Double { arrivalsPerSecond * serviceSeconds }

  /// Mean fraction of servers busy.
  public var utilization: Double { offeredLoad / Double(servers) }

  /// Probability an arrival waits, by the Erlang B recursion B(k) = A·B(k−1) / (k + A·B(k−1)),
  /// stable for any number of servers; 1 when the queue is unstable.
  public var probabilityOfWaiting: Double {
    let a = offeredLoad
    guard a > 0 else { return 0 }
    guard a < Double(servers) else { return 1 }
    var erlangB = 1.0
    for k in 1...servers { erlangB = a * erlangB / (Double(k) + a * erlangB) }
    let c = Double(servers)
    return c * erlangB / (c - a * (1 - erlangB))
  }

  /// The wait exceeded with probability `1 − quantile` (P(W > t) = C·e^{−(cμ−λ)t}), in
  /// seconds; infinite when the queue is unstable.
  public func waitSeconds(quantile: Double) -> Double {
    let tail = 1 - quantile
    let c = probabilityOfWaiting
    guard c > tail else { return 0 }
    let drain = Double(servers) / serviceSeconds - arrivalsPerSecond
    guard drain > 0 else { return .infinity }
    return log(c / tail) / drain
  }
}
