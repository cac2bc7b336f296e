/// Compares two reports figure by figure. Reads only the reports: a figure either report lacks
/// (a forecast saved before there was one) is compared only where both have it.
public enum ReportDiffer {
  /// What moved from `base` to `head`; `inputs` are the scenario changes when known.
  public static func diff(
    _ base: Report, _ head: Report, baseKind: String = "report", headKind: String = "report",
    inputs: [InputChange]? = nil
  ) -> ReportDiff {
    var figures: [FigureChange] = []
    figures += summaryFigures(base, head)
    figures += checkFigures(base.checks, head.checks)
    figures += eventFigures(base, head)
    figures += energyFigures(base, head)
    figures += deploymentFigures(base, head)
    figures += surfaceFigures(base, head)
    figures += forecastFigures(base, head)
    figures = figures.filter { $0.impact > 0 }
    figures = sortedByImpact(figures)
    let statuses = statusChanges(base.checks, head.checks)
    let runway = runwayChanges(base, head)
    return ReportDiff(
      schemaVersion: ReportDiff.currentSchemaVersion,
      base: side(base, kind: baseKind), head: side(head, kind: headKind), inputs: inputs,
      statusChanges: statuses, runway: runway, figures: figures,
      headline: headline(base, head, figures: figures, statuses: statuses))
  }

  /// Largest weighted impact first (a month of the forecast weighs a quarter of a headline figure,
  /// so the plan's own figures lead); ties in report order so output is stable.
  static func sortedByImpact(_ figures: [FigureChange]) -> [FigureChange] {
    func weight(_ section: String) -> Double {
      switch section {
      case "summary", "check", "event": return 1
      case "energy", "cost", "carbon": return 0.9
      case "deployment": return 0.8
      case "surface": return 0.7
      default: return 0.25
      }
    }
    let keyed = figures.enumerated().map { (key: $1.impact * weight($1.section), $0, $1) }
    return keyed.sorted { $0.key != $1.key ? $0.key > $1.key : $0.1 < $1.1 }.map(\.2)
  }

  private static func side(_ report: Report, kind: String) -> DiffSide {
    DiffSide(
      name: report.scenario.name, kind: kind, capplanVersion: report.provenance?.capplanVersion,
      scenarioSHA256: report.provenance?.scenarioSHA256)
  }

  /// A figure in both (or one) of the reports; nil when it did not move.
  static func figure(
    _ section: String, _ name: String, _ unit: String, _ old: Double?, _ new: Double?,
    points: Bool = false
  ) -> FigureChange? {
    guard old != nil || new != nil else { return nil }
    let change = (new ?? 0) - (old ?? 0)
    guard change != 0 || (old == nil) != (new == nil) else { return nil }
    let relative = old.flatMap { $0 != 0 && new != nil ? change / abs($0) : nil }
    let impact = points ? abs(change) : (relative.map(abs) ?? 1)
    return FigureChange(
      section: section, name: name, unit: unit, old: old, new: new, change: change,
      relative: points ? nil : relative, impact: impact)
  }

  private static func summaryFigures(_ a: Report, _ b: Report) -> [FigureChange] {
    let s = (a.summary, b.summary)
    return [
      figure("summary", "facilityPeakKW", "kW", s.0.facilityPeakKW, s.1.facilityPeakKW),
      figure("summary", "itPeakKW", "kW", s.0.itPeakKW, s.1.itPeakKW),
      figure("summary", "facilityPlannedKW", "kW", s.0.facilityPlannedKW, s.1.facilityPlannedKW),
      figure("summary", "gpus", "GPUs", Double(s.0.gpus), Double(s.1.gpus)),
      figure("summary", "nodes", "nodes", Double(s.0.nodes), Double(s.1.nodes)),
      figure("summary", "racks", "racks", Double(s.0.racks), Double(s.1.racks)),
      figure(
        "summary", "peakRequestsPerSecond", "req/s", s.0.peakRequestsPerSecond,
        s.1.peakRequestsPerSecond),
      figure(
        "summary", "outputTokensPerSecond", "tok/s", s.0.outputTokensPerSecond,
        s.1.outputTokensPerSecond),
      figure("summary", "pue", "", s.0.pue, s.1.pue),
      figure("summary", "tokensPerJoule", "tok/J", s.0.tokensPerJoule, s.1.tokensPerJoule),
      figure("summary", "strandedKW", "kW", s.0.strandedKW, s.1.strandedKW),
      figure(
        "summary", "runwayMonths", "months", s.0.runwayMonths.map(Double.init),
        s.1.runwayMonths.map(Double.init)),
    ].compactMap { $0 }
  }

  /// Each check's load and headroom (headroom moves in percentage points).
  static func checkFigures(_ old: [Check], _ new: [Check], prefix: String = "") -> [FigureChange] {
    pairs(old, new, key: \.name).flatMap { name, a, b -> [FigureChange] in
      let unit = (b ?? a)?.unit ?? ""
      return [
        figure("check", "\(prefix)\(name) load", unit, a?.load, b?.load),
        figure(
          "check", "\(prefix)\(name) headroom", "points", a?.headroom, b?.headroom, points: true),
      ].compactMap { $0 }
    }
  }

  /// Elements of `old` and `new` matched by `key`: `old`'s order, then keys only in `new`;
  /// hashed, so a plan of thousands of checks compares in linear time.
  static func pairs<T>(_ old: [T], _ new: [T], key: (T) -> String) -> [(
    name: String, old: T?, new: T?
  )] {
    var before: [String: T] = [:]
    var after: [String: T] = [:]
    for element in old where before[key(element)] == nil { before[key(element)] = element }
    for element in new where after[key(element)] == nil { after[key(element)] = element }
    var seen: Set<String> = []
    var result: [(name: String, old: T?, new: T?)] = []
    for name in old.map(key) + new.map(key) where seen.insert(name).inserted {
      result.append((name, before[name], after[name]))
    }
    return result
  }

  private static func statusChanges(_ old: [Check], _ new: [Check]) -> [StatusChange] {
    let changes = pairs(old, new, key: \.name).compactMap { name, a, b -> StatusChange? in
      a?.status == b?.status ? nil : StatusChange(check: name, old: a?.status, new: b?.status)
    }
    // Newly failing first, then warnings, then recoveries and removals.
    func rank(_ change: StatusChange) -> Int {
      change.new == .fail ? 0 : change.new == .warn ? 1 : change.new == .pass ? 2 : 3
    }
    return changes.enumerated().sorted {
      rank($0.element) != rank($1.element)
        ? rank($0.element) < rank($1.element) : $0.offset < $1.offset
    }.map(\.element)
  }

  private static func runwayChanges(_ a: Report, _ b: Report) -> [RunwayChange] {
    guard let old = a.runway, let new = b.runway else { return [] }
    return pairs(old, new, key: \.limit).compactMap { limit, a, b in
      let x = a?.firstFail
      let y = b?.firstFail
      guard x != y else { return nil }
      let moved = x.flatMap(monthIndex).flatMap { i in y.flatMap(monthIndex).map { $0 - i } }
      return RunwayChange(limit: limit, oldFirstFail: x, newFirstFail: y, monthsMoved: moved)
    }
  }

  /// `2027-06` → 2027 × 12 + 5; `+7` → 7.
  static func monthIndex(_ label: String) -> Int? {
    if label.hasPrefix("+") { return Int(label.dropFirst()) }
    let parts = label.split(separator: "-")
    guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
    return year * 12 + month - 1
  }

  private static func headline(
    _ a: Report, _ b: Report, figures: [FigureChange], statuses: [StatusChange]
  ) -> [String] {
    var pieces: [String] = []
    if let peak = figures.first(where: { $0.section == "summary" && $0.name == "facilityPeakKW" }),
      let relative = peak.relative
    {
      pieces.append("facility peak \(relative >= 0 ? "+" : "")\(Format.percent(relative, 1))")
    }
    if a.runway != nil, b.runway != nil, a.summary.runwayMonths != b.summary.runwayMonths {
      func months(_ report: Report) -> String {
        report.summary.runwayMonths.map { "\($0)" }
          ?? "over \(report.horizon?.months ?? 0)"
      }
      pieces.append("runway \(months(a)) → \(months(b)) months")
    }
    for change in statuses.prefix(3) {
      pieces.append("\(change.check) \(change.phrase)")
    }
    if statuses.count > 3 { pieces.append("\(statuses.count - 3) more checks changed status") }
    return pieces
  }
}

extension ReportDiffer {
  /// `diff` without the figures that moved by `threshold` (a fraction) or less; status and
  /// runway changes always stay.
  public static func filtered(_ diff: ReportDiff, above threshold: Double) -> ReportDiff {
    var copy = diff
    copy.figures = diff.figures.filter { $0.impact > threshold }
    return copy
  }
}
