/// A plan judged as a CI gate: the scenario's checks, then the policy's demands, `--strict`
/// and dated waivers. Pure: the caller passes today's date and where the scenario's keys stand.
public enum Gate {
  /// Kinds of check a policy may name even when a scenario has none of them.
  public static let knownKinds = [
    "rack-power", "pdu-feed", "rack-air", "row", "cooling-plant", "liquid-loop", "ups",
    "generator", "utility", "tpot", "ttft-p95", "ttft-p99", "queue", "event", "joules-per-token",
    "runway",
  ]

  /// `pdu-feed[dgx-h100]` → `pdu-feed`.
  public static func kind(of name: String) -> String {
    String(name.prefix { $0 != "[" })
  }

  /// Judges `report` under `policy`. `keyLocations` maps a scenario JSON path to where its key
  /// stands (`JSONValue.keyLocations()`). Throws when the policy names a check, kind or event
  /// the report does not have, each located in the policy file.
  public static func evaluate(
    _ report: Report, policy: GatePolicy, strict: Bool, today: CalendarDate,
    keyLocations: [String: SourceLocation] = [:]
  ) throws(DiagnosticError) -> GateVerdict {
    try checkNames(policy, report: report)
    var rows = report.checks.map { check in
      judge(check, report: report, policy: policy, strict: strict, keyLocations: keyLocations)
    }
    if let maximum = policy.maxJoulesPerToken {
      rows.append(energyRow(report, maximum: maximum, strict: strict))
    }
    if let minimum = policy.minRunwayMonths {
      rows.append(runwayRow(report, minimum: minimum, strict: strict))
    }
    rows = rows.map { applyWaivers($0, policy.waivers, today: today) }
    let status: GateStatus =
      rows.contains { $0.status == .fail }
      ? .fail : rows.contains { $0.status == .warn } ? .warn : .pass
    return GateVerdict(
      schemaVersion: GateVerdict.currentSchemaVersion, strict: strict, today: today, rows: rows,
      status: status)
  }

  private static func judge(
    _ check: Check, report: Report, policy: GatePolicy, strict: Bool,
    keyLocations: [String: SourceLocation]
  ) -> GateRow {
    var row = GateRow(
      name: check.name, status: GateStatus(rawValue: check.status.rawValue) ?? .fail,
      planStatus: check.status, load: check.load, limit: check.limit, unit: check.unit,
      headroom: check.headroom, detail: check.detail, findings: [], waiver: nil,
      source: check.source, location: check.source.flatMap { locate($0, in: keyLocations) })
    let rule =
      policy.minHeadroom.first { $0.target == check.name }
      ?? policy.minHeadroom.first { $0.target == row.kind }
    if let rule, check.headroom < rule.minimum {
      row.findings.append(
        "headroom \(Format.percent(check.headroom, 1)) is below the policy's \(Format.percent(rule.minimum, 1)) (\(rule.path))"
      )
      row.status = .fail
    }
    if row.kind == "event" {
      judgeEvent(&row, report: report, rules: policy.events)
    }
    if strict && row.status == .warn {
      row.findings.append("a warning fails under --strict")
      row.status = .fail
    }
    return row
  }

  private static func judgeEvent(
    _ row: inout GateRow, report: Report, rules: [GatePolicy.EventRule]
  ) {
    guard let event = report.events.first(where: { "event[\($0.name)]" == row.name }),
      let rule = rules.first(where: { $0.name == event.name })
    else { return }
    let served = event.serviceRetained.requestsServed
    if let minimum = rule.minRequestsServed, served < minimum - 1e-9 {
      row.findings.append(
        "\(Format.percent(served, 1)) of requests served, the policy asks at least \(Format.percent(minimum, 1))"
      )
      row.status = .fail
    }
    if rule.mustBeContained && !event.contained {
      row.findings.append("not contained, and the policy says it must be")
      row.status = .fail
    }
  }

  /// Joules of IT energy per generated token over the representative day against the maximum.
  private static func energyRow(_ report: Report, maximum: Double, strict: Bool) -> GateRow {
    let perJoule = report.daily.tokensPerJoule
    let load = perJoule > 0 ? 1 / perJoule : 0
    let fails = perJoule > 0 && load > maximum
    return GateRow(
      name: "joules-per-token", status: fails ? .fail : .pass, planStatus: nil, load: load,
      limit: maximum, unit: "J/token", headroom: 1 - load / maximum,
      detail: perJoule > 0
        ? "IT energy per generated token over the representative day (policy maxJoulesPerToken)"
        : "no tokens generated: nothing to hold against maxJoulesPerToken",
      findings: fails ? ["above the policy's \(Format.fixed(maximum, 3)) J/token"] : [],
      waiver: nil, source: nil, location: nil)
  }

  /// Months before the first limit fails (`summary.runwayMonths`) against the policy's least.
  /// Nothing failing within a horizon shorter than the least warns: the runway is unknown
  /// past the horizon.
  private static func runwayRow(_ report: Report, minimum: Double, strict: Bool) -> GateRow {
    let horizon = Double(report.horizon?.months ?? 0)
    let months = report.summary.runwayMonths.map(Double.init)
    var status = GateStatus.pass
    var findings: [String] = []
    let detail: String
    if let months {
      detail =
        "months until '\(report.summary.firstLimitToFail ?? "a limit")' fails (policy minRunwayMonths)"
      if months < minimum {
        status = .fail
        findings.append("under the policy's \(Format.plain(minimum)) months")
      }
    } else {
      detail =
        "no limit fails within the \(Format.plain(horizon))-month horizon (policy minRunwayMonths)"
      if horizon < minimum {
        status = strict ? .fail : .warn
        findings.append(
          "the horizon is shorter than the policy's \(Format.plain(minimum)) months: lengthen growth.horizonMonths"
        )
      }
    }
    let load = months ?? horizon
    return GateRow(
      name: "runway", status: status, planStatus: nil, load: load, limit: minimum,
      unit: "months", headroom: minimum > 0 ? load / minimum - 1 : 1, detail: detail,
      findings: findings, waiver: nil, source: nil, location: nil)
  }

  /// A waiver lets a failing row pass until it expires; an expired waiver fails its row and
  /// says since when.
  private static func applyWaivers(
    _ row: GateRow, _ waivers: [GatePolicy.Waiver], today: CalendarDate
  ) -> GateRow {
    guard
      let waiver = waivers.first(where: { $0.check == row.name })
        ?? waivers.first(where: { $0.check == row.kind })
    else { return row }
    var row = row
    if waiver.expires < today {
      let days = today.dayNumber - waiver.expires.dayNumber
      row.findings.append(
        "the waiver expired on \(waiver.expires), \(days) \(days == 1 ? "day" : "days") before \(today) (\(waiver.reason)); renew it or remove it"
      )
      row.status = .fail
    } else if row.status == .fail {
      row.waiver = "until \(waiver.expires): \(waiver.reason)"
      row.status = .waived
    }
    return row
  }

  /// Where the key at `path` stands, else its nearest located ancestor (a limit left at its
  /// default points at the object that would hold it).
  static func locate(_ path: String, in locations: [String: SourceLocation]) -> SourceLocation? {
    var path = Substring(path)
    while !path.isEmpty {
      if let location = locations[String(path)] { return location }
      guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
      path = path[..<cut]
    }
    return nil
  }

  /// Every check, kind, waiver and event the policy names must exist.
  private static func checkNames(_ policy: GatePolicy, report: Report) throws(DiagnosticError) {
    let names = report.checks.map(\.name)
    let kinds = knownKinds + names.map(kind(of:)).filter { !knownKinds.contains($0) }
    let known = names + kinds
    var problems: [Diagnostic] = []
    func require(_ name: String, path: String, at location: SourceLocation, what: String) {
      guard !known.contains(name) else { return }
      problems.append(
        Diagnostic(
          path: path, at: location, "no check or kind of check '\(name)' in this plan",
          hint: Suggestion.didYouMean(name, among: known)
            ?? "\(what) names a check of the plan (\(names.prefix(4).map { "'\($0)'" }.joined(separator: ", ")), …) or a kind ('utility', 'pdu-feed', …)"
        ))
    }
    for rule in policy.minHeadroom {
      require(rule.target, path: rule.path, at: rule.location, what: "minHeadroom")
    }
    for waiver in policy.waivers {
      require(waiver.check, path: waiver.path, at: waiver.location, what: "a waiver")
    }
    let events = report.events.map(\.name)
    for rule in policy.events where !events.contains(rule.name) {
      problems.append(
        Diagnostic(
          path: rule.path, at: rule.location, "no event '\(rule.name)' in this scenario",
          hint: Suggestion.didYouMean(rule.name, among: events)
            ?? (events.isEmpty
              ? "the scenario has no events"
              : "events: \(events.map { "'\($0)'" }.joined(separator: ", "))")))
    }
    guard problems.isEmpty else {
      throw DiagnosticError(problems.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) })
    }
  }
}
