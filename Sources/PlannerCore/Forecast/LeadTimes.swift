/// How long it takes to add capacity of each kind, in months (JSON `site.leadTimeMonths`):
/// a limit's order-by month is its first failing month less the lead time of what relieves it.
public struct LeadTimes: Sendable, Equatable {
  /// What relieves a limit.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// A larger utility interconnect (`utility`).
    case utility
    /// More standby generation (`generator`).
    case generator
    /// More UPS modules (`ups`).
    case ups
    /// More cooling plant or liquid loop (`cooling-plant`, `liquid-loop`, `rack-air`).
    case cooling
    /// More racks, rack positions, feeds and busways (`rack-power`, `pdu-feed`, `row`,
    /// `rack-positions`).
    case space
    /// More GPUs (the latency objectives `tpot`, `ttft-p95`, `ttft-p99`, `queue`, and `spare`).
    case gpus
  }

  /// Months by kind; a kind not given has no order-by month.
  public var months: [Kind: Int]

  /// Lead times by kind; none by default.
  public init(months: [Kind: Int] = [:]) { self.months = months }

  /// The kind of capacity that relieves the check called `name`; nil for events.
  public static func kind(ofCheck name: String) -> Kind? {
    let base = name.split(separator: "[").first.map(String.init) ?? name
    switch base {
    case "utility": return .utility
    case "generator": return .generator
    case "ups": return .ups
    case "cooling-plant", "liquid-loop", "rack-air": return .cooling
    case "rack-power", "pdu-feed", "row", "rack-positions": return .space
    case "tpot", "ttft-p95", "ttft-p99", "queue", "spare": return .gpus
    default: return nil
    }
  }
}
