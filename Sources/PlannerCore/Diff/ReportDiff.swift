/// What moved between two plans (`capplan diff BASE HEAD`): the scenario's inputs when both
/// sides are scenarios, then the outputs, each read from the two reports only.
public struct ReportDiff: Sendable, Equatable, Codable {
  /// Version of this diff's JSON form.
  public var schemaVersion: Int
  public var base: DiffSide
  public var head: DiffSide
  /// Resolved scenario values that changed; absent when either side is a saved report.
  public var inputs: [InputChange]?
  /// Checks whose status changed, appeared or went away, failures first.
  public var statusChanges: [StatusChange]
  /// Limits whose first failing month moved.
  public var runway: [RunwayChange]
  /// Every figure that moved, most moved first.
  public var figures: [FigureChange]
  /// The pieces of the headline (`facility peak +12.4%`, `runway 31 → 22 months`,
  /// `rack-power[dgx-b200] now fails`).
  public var headline: [String]

  public static let currentSchemaVersion = 1

  /// Whether anything at all moved.
  public var isEmpty: Bool {
    (inputs ?? []).isEmpty && statusChanges.isEmpty && runway.isEmpty && figures.isEmpty
  }
}

/// One side of a diff.
public struct DiffSide: Sendable, Equatable, Codable {
  /// The scenario's name.
  public var name: String
  /// `scenario` or `report`: what the file held.
  public var kind: String
  public var capplanVersion: String?
  public var scenarioSHA256: String?
}

/// One resolved scenario value that changed (JSON paths with named elements by name:
/// `deployments[chat-70b].slo.ttftP95Ms`); `old` or `new` absent when added or removed.
public struct InputChange: Sendable, Equatable, Codable {
  public var path: String
  public var old: String?
  public var new: String?
}

/// A check whose status changed; a status is absent where the check does not exist.
public struct StatusChange: Sendable, Equatable, Codable {
  public var check: String
  public var old: CheckStatus?
  public var new: CheckStatus?

  /// `now fails`, `now passes`, `now warns`, `is new and fails`, `is gone`.
  public var phrase: String {
    guard let new else { return "is gone" }
    let verb = new == .fail ? "fails" : new == .warn ? "warns" : "passes"
    return old == nil ? "is new and \(verb)" : "now \(verb)"
  }
}

/// A limit whose first failing month moved (months `YYYY-MM` or `+N`; absent: not within the
/// horizon).
public struct RunwayChange: Sendable, Equatable, Codable {
  public var limit: String
  public var oldFirstFail: String?
  public var newFirstFail: String?
  /// New less old, in months; absent when either never fails.
  public var monthsMoved: Int?
}

/// One figure in both reports (or one of them).
public struct FigureChange: Sendable, Equatable, Codable {
  /// What part of the report (`summary`, `check`, `event`, `energy`, `cost`, `deployment`,
  /// `surface`, `forecast`).
  public var section: String
  /// The figure (`facilityPeakKW`, `utility headroom`, `2027-06 facilityPeakKW`).
  public var name: String
  public var unit: String
  public var old: Double?
  public var new: Double?
  /// new − old (0 when a side is absent).
  public var change: Double
  /// change / |old|, as a fraction; absent when old is 0 or absent.
  public var relative: Double?
  /// How much it moved, for sorting and `--min-change`: |relative|, or 1 (100 %) for a figure
  /// that appeared, went away or left zero; headroom moves count their points.
  public var impact: Double
}
