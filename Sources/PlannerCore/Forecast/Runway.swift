/// How long each limit lasts as traffic grows: the first month it warns and the first month
/// it fails, and with the lead time of what relieves it the month by which to order.
public enum Runway {
  /// One limit over the horizon; months are indices from the start month.
  public struct Entry: Sendable, Equatable {
    /// The check's name (`utility`, `rack-power[dgx-h100]`, `event[chiller-trip]`).
    public var limit: String
    /// What relieves the limit; nil for events.
    public var kind: LeadTimes.Kind?
    /// The first month it warns (or fails); nil: never within the horizon.
    public var firstWarn: Int?
    /// The first month it fails; nil: never within the horizon.
    public var firstFail: Int?
    /// Months to relieve it, when the scenario gives the lead time of its kind.
    public var leadTimeMonths: Int?

    /// First failing month less the lead time; negative when that is before the start month.
    public var orderBy: Int? {
      guard let firstFail, let leadTimeMonths else { return nil }
      return firstFail - leadTimeMonths
    }

    /// Months the order is already late by at the start month; nil when not late.
    public var lateByMonths: Int? { orderBy.flatMap { $0 < 0 ? -$0 : nil } }
  }

  /// The runway of every check found in `months` (each month's checks in order).
  public static func entries(_ months: [[Check]], leadTimes: LeadTimes) -> [Entry] {
    var entries: [Entry] = []
    var position: [String: Int] = [:]
    for (index, checks) in months.enumerated() {
      for check in checks {
        let at: Int
        if let known = position[check.name] {
          at = known
        } else {
          let kind = LeadTimes.kind(ofCheck: check.name)
          entries.append(
            Entry(
              limit: check.name, kind: kind, firstWarn: nil, firstFail: nil,
              leadTimeMonths: kind.flatMap { leadTimes.months[$0] }))
          at = entries.count - 1
          position[check.name] = at
        }
        if check.status >= .warn && entries[at].firstWarn == nil { entries[at].firstWarn = index }
        if check.status == .fail && entries[at].firstFail == nil { entries[at].firstFail = index }
      }
    }
    return entries
  }

  /// The limit that fails first (the earliest in check order on a tie); nil when none does.
  public static func firstToFail(_ entries: [Entry]) -> Entry? {
    entries.filter { $0.firstFail != nil }.min { ($0.firstFail ?? .max) < ($1.firstFail ?? .max) }
  }
}
