/// How a surface's traffic grows month by month: a compound monthly rate, step changes (a
/// launch, a second region) and an optional ceiling (JSON `growth`, `traffic.surfaces[].growth`).
///
/// The traffic of month m (m = 0 is the start month) is the scenario's traffic times
/// `factor(m) = min((1 + monthlyRate)^m × Π multiply of the steps at or before m, ceiling)`.
public struct Growth: Sendable, Equatable {
  /// A step change: from `monthIndex` on, traffic is `multiply` times what the rate gives.
  public struct Step: Sendable, Equatable {
    /// Months after the start month (0 = the start month itself).
    public var monthIndex: Int
    /// The factor, > 0 (JSON `multiply`).
    public var multiply: Double

    /// A step of `multiply` from month `monthIndex` on.
    public init(monthIndex: Int, multiply: Double) {
      self.monthIndex = monthIndex
      self.multiply = multiply
    }
  }

  /// Compound growth per month, a fraction ≥ 0 (JSON `monthlyRate`; 0.05 is 5% a month).
  public var monthlyRate: Double
  /// Step changes (JSON `steps`), in any order.
  public var steps: [Step]
  /// Most the traffic may grow to, as a multiple of the scenario's traffic: the daily-users
  /// ceiling over the surface's daily users (JSON `maxDailyActiveUsers`); nil: no ceiling.
  public var ceilingFactor: Double?

  /// No growth: every month carries the scenario's traffic.
  public static let flat = Growth(monthlyRate: 0, steps: [], ceilingFactor: nil)

  /// Growth at `monthlyRate` with `steps`, capped at `ceilingFactor` × today's traffic.
  public init(monthlyRate: Double, steps: [Step], ceilingFactor: Double? = nil) {
    self.monthlyRate = monthlyRate
    self.steps = steps
    self.ceilingFactor = ceilingFactor
  }

  /// The traffic of month `index` over the scenario's traffic.
  public func factor(atMonth index: Int) -> Double {
    var factor = 1.0
    for _ in 0..<max(index, 0) { factor *= 1 + monthlyRate }
    for step in steps where step.monthIndex <= index { factor *= step.multiply }
    return ceilingFactor.map { min(factor, $0) } ?? factor
  }
}
