/// Requests arriving per surface: at the planning peak (the worst five minutes of the busiest
/// slot) and in each five-minute slot of a representative day, retries included.
public struct Demand: Sendable, Equatable {
  public var surfaces: [SurfaceDemand]

  public init(surfaces: [SurfaceDemand]) { self.surfaces = surfaces }

  /// Demand of every surface of `scenario`; batch surfaces with a deadline fill the day's
  /// valleys (`ValleyFill`) unless `fillValleys` is false, which spreads them evenly.
  public static func compute(_ scenario: Scenario, fillValleys: Bool = true) -> Demand {
    let profile = scenario.traffic.profile.slotFactors
    var demand = Demand(
      surfaces: scenario.traffic.surfaces.map { SurfaceDemand($0, profile: profile) })
    if fillValleys { ValleyFill.fill(&demand) }
    return demand
  }
}

/// One surface's arrivals.
public struct SurfaceDemand: Sendable, Equatable {
  public var surface: Surface
  /// Requests per second arriving in each slot of the day, retries included.
  public var slotRequestsPerSecond: [Double]
  /// Requests per second in the worst five minutes, retries included.
  public var peakRequestsPerSecond: Double

  /// Interactive surfaces follow the profile and have their peak slot lifted by the
  /// worst-five-minutes multiplier; batch surfaces are deferrable and run evenly all day.
  init(_ surface: Surface, profile: [Double]) {
    self.surface = surface
    let arrivals = surface.meanRequestsPerSecond * (1 + surface.retryRate)
    switch surface.tier {
    case .interactive:
      slotRequestsPerSecond = profile.map { arrivals * $0 }
      peakRequestsPerSecond = arrivals * (profile.max() ?? 1) * surface.worstFiveMinutesMultiplier
    case .batch:
      slotRequestsPerSecond = Array(repeating: arrivals, count: profile.count)
      peakRequestsPerSecond = arrivals
    }
  }
}
