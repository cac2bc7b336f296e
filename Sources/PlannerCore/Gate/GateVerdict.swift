/// How one row of a gate came out after the policy, `--strict` and the waivers.
public enum GateStatus: String, Sendable, Equatable, Codable {
  case pass, warn, fail
  /// Would fail, but a waiver that has not expired allows it.
  case waived
}

/// One check as a CI gate judged it: the plan's check with what the policy found.
public struct GateRow: Sendable, Equatable, Codable {
  /// The check's name (`pdu-feed[dgx-h100]`), or a policy-only row (`joules-per-token`).
  public var name: String
  public var status: GateStatus
  /// The scenario's own status of the check, before the policy; absent for policy-only rows.
  public var planStatus: CheckStatus?
  public var load: Double
  public var limit: Double
  public var unit: String
  public var headroom: Double
  /// What was compared, in words (the check's detail).
  public var detail: String
  /// What the policy, `--strict` or an expired waiver found, each in words.
  public var findings: [String]
  /// The waiver that allows a failure (`until 2027-01-31: reason`), when one applies.
  public var waiver: String?
  /// JSON path of the scenario key that sets the limit.
  public var source: String?
  /// Where that key stands (its file when it came from an `extends` base).
  public var location: SourceLocation?

  /// The row's kind: its name up to `[` (`pdu-feed[dgx-h100]` → `pdu-feed`).
  public var kind: String { Gate.kind(of: name) }
}

/// A gate's verdict on a plan: every row and the overall status.
public struct GateVerdict: Sendable, Equatable, Codable {
  /// Version of this verdict's JSON form.
  public var schemaVersion: Int
  /// Whether warnings fail (`--strict`).
  public var strict: Bool
  /// The day waivers were judged against.
  public var today: CalendarDate
  public var rows: [GateRow]
  /// `fail` when any row fails, else `warn` when any warns, else `pass`.
  public var status: GateStatus

  public static let currentSchemaVersion = 1

  /// How many rows have `status`.
  public func count(_ status: GateStatus) -> Int { rows.filter { $0.status == status }.count }
}
