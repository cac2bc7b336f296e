import PlannerCore

/// The derivation of a summary figure or a check, step by step from the inputs, as an engineer
/// checks it by hand: each intermediate value with its unit and where it comes from (the
/// report's JSON path, and the scenario keys behind it). Every value is read from the Report,
/// which the chain filled; nothing is computed again here, so the last step is the report's
/// own figure.
struct FigureExplanation: Sendable, Equatable, Codable {
  /// One value of the derivation.
  struct Step: Sendable, Equatable, Codable {
    /// `+`, `×`, `÷`, `=` or empty: how the step joins the ones before it.
    var op: String
    var label: String
    var value: Double
    /// `kW`, `ms`, `GPUs`, …; `fraction` for a headroom (0…1, shown as a percentage).
    var unit: String
    /// The report's JSON path of the value, and the inputs behind it.
    var source: String
  }

  /// The figure's path (`summary.facilityPeakKW`, `checks.cooling-plant`).
  var figure: String
  /// What the figure is, in words.
  var meaning: String
  var steps: [Step]
  /// For a check: its status under the policy.
  var status: String?

  /// The figures `explain` knows, for hints: every summary figure and every check.
  static func figures(_ report: Report) -> [String] {
    SummaryDerivation.figures.map { "summary.\($0)" } + report.checks.map { "checks.\($0.name)" }
  }

  /// The explanation of `figure`, or nil when the report has no such figure.
  static func explain(_ figure: String, in report: Report) -> FigureExplanation? {
    if figure.hasPrefix("summary.") {
      return SummaryDerivation.explain(String(figure.dropFirst("summary.".count)), report)
    }
    if figure.hasPrefix("checks.") {
      let name = String(figure.dropFirst("checks.".count))
      guard let index = report.checks.firstIndex(where: { $0.name == name }) else { return nil }
      return CheckDerivation.explain(index, report)
    }
    return nil
  }

  /// The derivation as text, one numbered step a line and its source beneath, within 100
  /// columns.
  func rendered(scenario: String) -> String {
    var text = wrap("\(figure) of \(scenario): \(meaning)", width: 100) + "\n\n"
    for (index, step) in steps.enumerated() {
      let number = String(index + 1).leftPadded(to: 3)
      let label = ((step.op.isEmpty ? "  " : step.op + " ") + step.label).rightPadded(to: 56)
      // a fraction (a headroom) reads as a percentage
      let fraction = step.unit == "fraction"
      let value =
        (fraction
        ? Format.percent(step.value, 2) : Format.grouped(step.value, Self.decimals(step.unit)))
        .leftPadded(to: 14)
      text += "\(number)  \(label) \(value)\(fraction ? "" : " " + step.unit)\n"
      text += wrap(step.source, width: 100, indent: "       ") + "\n"
    }
    if let status { text += "\n" + wrap(status, width: 100) + "\n" }
    return text
  }

  /// Decimals for a unit: kW and ms with 2, fractions as %, counts whole.
  static func decimals(_ unit: String) -> Int {
    switch unit {
    case "kW", "ms", "W", "kW/node", "×", "%", "tokens/J", "req/s", "tokens/s": return 2
    case "": return 4
    default: return 0
    }
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }

  func rightPadded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
