/// Requests arriving per surface: at the planning peak (the worst five minutes of the busiest
/// slot) and in each five-minute slot of a representative day, retries included.
public struct Demand: Sendable, Equatable {
  public var surfaces: [SurfaceDemand]

  public init(surfaces: [SurfaceDemand]) { self.surfaces = surfaces }

  /// Demand of every surface of `scenario`; batch surfaces with a deadline fill the day's
  /// valleys (`ValleyFill`) unless `fillValleys` is false, which spreads them evenly.
  public static func compute(_ scenario: Scenario, fillValleys: Bool = true) -> Demand {
    let profile = scenario.traffic.profile.slotFactors
    let busiest = profile.max() ?? 1
    var demand = Demand(
      surfaces: scenario.traffic.surfaces.map {
        SurfaceDemand($0, profile: profile, busiest: busiest)
      })
    if fillValleys { ValleyFill.fill(&demand) }
    return demand
  }
}

/// One surface's arrivals.
public struct SurfaceDemand: Sendable, Equatable {
  public var surface: Surface
  /// Requests per second in the worst five minutes, retries included.
  public var peakRequestsPerSecond: Double
  /// The day's shape: slot k receives `scale × shape[k]` requests per second. An interactive
  /// surface's shape is the day's slot factors, one array shared by every surface of the day,
  /// and its scale its arrivals; a batch surface runs evenly (`flat`); valley filling gives a
  /// surface its own rates. Every month of a forecast keeps its demand, so a surface holds no
  /// day-long array of its own unless it needs one.
  private var shape: [Double]
  private var scale: Double

  /// Interactive surfaces follow the profile and have their peak slot lifted by the
  /// worst-five-minutes multiplier; batch surfaces are deferrable and run evenly all day.
  /// `busiest` is the profile's largest factor, found once for all surfaces.
  init(_ surface: Surface, profile: [Double], busiest: Double) {
    self.surface = surface
    let arrivals = surface.meanRequestsPerSecond * (1 + surface.retryRate)
    scale = arrivals
    switch surface.tier {
    case .interactive:
      shape = profile
      peakRequestsPerSecond = arrivals * busiest * surface.worstFiveMinutesMultiplier
    case .batch:
      shape = profile.count == Self.flat.count ? Self.flat : profile.map { _ in 1 }
      peakRequestsPerSecond = arrivals
    }
  }

  /// Requests per second arriving in each slot of the day, retries included.
  public var slotRequestsPerSecond: [Double] {
    get { shape.map { scale * $0 } }
    set {
      shape = newValue
      scale = 1
    }
  }

  /// Requests per second arriving in slot `slot`: `slotRequestsPerSecond[slot]`.
  public func requestsPerSecond(slot: Int) -> Double { scale * shape[slot] }

  /// Requests arriving over the day: Σ slots × 300 s, summed in slot order.
  public var requestsPerDay: Double {
    var sum = 0.0
    for k in shape.indices { sum += scale * shape[k] }
    return sum * 300
  }

  /// Every slot 1.
  private static let flat = Array(repeating: 1.0, count: DiurnalProfile.slotsPerDay)

  public static func == (a: SurfaceDemand, b: SurfaceDemand) -> Bool {
    a.surface == b.surface && a.peakRequestsPerSecond == b.peakRequestsPerSecond
      && a.slotRequestsPerSecond == b.slotRequestsPerSecond
  }
}
