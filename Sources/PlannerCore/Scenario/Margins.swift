/// Safety margins on the modelled peak (JSON `margins`), each a fraction ≥ 0 (0.1 for 10%,
/// above 1 allowed for a deliberate doubling): the planned load is
/// modelled peak × (1 + burst) × (1 + modelBloat) × (1 + maintenance).
public struct Margins: Sendable, Equatable {
  /// Traffic beyond the worst five minutes modelled (JSON `burst`).
  public var burst: Double
  /// Growth of the models served before the next capacity change (JSON `modelBloat`).
  public var modelBloat: Double
  /// Capacity out for maintenance at any time (JSON `maintenance`).
  public var maintenance: Double

  public init(burst: Double = 0, modelBloat: Double = 0, maintenance: Double = 0) {
    self.burst = burst
    self.modelBloat = modelBloat
    self.maintenance = maintenance
  }

  /// The factor applied to a modelled peak.
  public var factor: Double { (1 + burst) * (1 + modelBloat) * (1 + maintenance) }
}

/// When a limit's headroom is a warning or a failure (JSON `policy`).
public struct Policy: Sendable, Equatable {
  /// Headroom below this fraction warns (JSON `warnBelowHeadroom`).
  public var warnBelowHeadroom: Double
  /// Headroom below this fraction fails (JSON `failBelowHeadroom`).
  public var failBelowHeadroom: Double
  /// An event whose final state serves less than this fraction of requests fails its check,
  /// even when the ladder keeps every limit (JSON `failBelowServed`, default 0.5; 0 never).
  public var failBelowServed: Double = Policy.defaultFailBelowServed

  /// Half the requests: an event that leaves fewer served is an outage, not a degradation.
  public static let defaultFailBelowServed = 0.5

  public init(warnBelowHeadroom: Double = 0.1, failBelowHeadroom: Double = 0) {
    self.warnBelowHeadroom = warnBelowHeadroom
    self.failBelowHeadroom = failBelowHeadroom
  }
}
