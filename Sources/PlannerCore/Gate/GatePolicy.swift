/// What a CI gate demands of a plan beyond the scenario's own pass/warn/fail (a policy file,
/// `capplan check --policy`): minimum headroom per limit or kind of limit, a maximum energy per
/// token, a minimum runway, what each what-if event must keep, and dated waivers.
public struct GatePolicy: Sendable, Equatable {
  /// A minimum headroom for one check (`pdu-feed[dgx-h100]`) or every check of a kind
  /// (`pdu-feed`); the exact name wins over the kind (JSON `minHeadroom`, fractions 0…1).
  public struct HeadroomRule: Sendable, Equatable {
    public var target: String
    public var minimum: Double
    /// JSON path of the rule in the policy file, and where it stands there.
    public var path: String
    public var location: SourceLocation
  }

  /// What one what-if event must keep (JSON `events[]`).
  public struct EventRule: Sendable, Equatable {
    /// The event's name in the scenario.
    public var name: String
    /// Least share of requests served now at the end of the ladder, 0…1
    /// (JSON `minRequestsServed`).
    public var minRequestsServed: Double?
    /// Whether the ladder must contain it (JSON `mustBeContained`).
    public var mustBeContained: Bool
    public var path: String
    public var location: SourceLocation
  }

  /// A check allowed to fail (or warn under `--strict`) until a day, for a stated reason
  /// (JSON `waivers[]`: `check`, `reason`, `expires`).
  public struct Waiver: Sendable, Equatable {
    /// A check's name or kind.
    public var check: String
    public var reason: String
    /// The last day the waiver holds.
    public var expires: CalendarDate
    public var path: String
    public var location: SourceLocation
  }

  public var minHeadroom: [HeadroomRule] = []
  /// Most joules of IT energy per generated token over the representative day
  /// (JSON `maxJoulesPerToken`).
  public var maxJoulesPerToken: Double?
  /// Least months before the first limit breaks (JSON `minRunwayMonths`).
  public var minRunwayMonths: Double?
  /// Where `minRunwayMonths` stands in the policy file.
  public var minRunwayLocation: SourceLocation?
  public var events: [EventRule] = []
  public var waivers: [Waiver] = []

  public init() {}
}
