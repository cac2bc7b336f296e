import PlannerCore

/// `capplan diff` as text: the headline, the inputs that changed, status changes, runway moves,
/// then every figure that moved, most moved first.
enum DiffText {
  static func render(_ diff: ReportDiff) -> String {
    var text =
      "capplan diff: \(diff.base.name) (\(diff.base.kind)) → \(diff.head.name) (\(diff.head.kind))\n"
    guard !diff.isEmpty else { return text + "nothing moved\n" }
    text +=
      wrap(
        diff.headline.isEmpty ? "no output moved" : diff.headline.joined(separator: ", "),
        width: 100) + "\n"
    if let inputs = diff.inputs, !inputs.isEmpty {
      text += "\nInputs changed (the resolved scenarios)\n"
      var table = TextTable([("path", .left), ("base", .left), ("head", .left)])
      for change in inputs {
        table.add([clip(change.path, 44), clip(change.old ?? "-", 24), clip(change.new ?? "-", 24)])
      }
      text += table.rendered
    } else if diff.inputs == nil {
      text += "\nInputs: not compared (a side is a saved report)\n"
    }
    if !diff.statusChanges.isEmpty {
      text += "\nStatus changes\n"
      var table = TextTable([("check", .left), ("base", .left), ("head", .left)])
      for change in diff.statusChanges {
        table.add([change.check, status(change.old), status(change.new)])
      }
      text += table.rendered
    }
    if !diff.runway.isEmpty {
      text += "\nRunway: first failing month of each limit\n"
      var table = TextTable([("limit", .left), ("base", .left), ("head", .left), ("moved", .right)])
      for change in diff.runway {
        table.add([
          change.limit, change.oldFirstFail ?? "not within", change.newFirstFail ?? "not within",
          change.monthsMoved.map { "\(signed(Double($0), 0)) months" } ?? "-",
        ])
      }
      text += table.rendered
    }
    if !diff.figures.isEmpty {
      text += "\nOutputs that moved, most first\n"
      var table = TextTable([
        ("figure", .left), ("base", .right), ("head", .right), ("change", .right), ("%", .right),
        ("unit", .left),
      ])
      for figure in diff.figures {
        let cells = Self.cells(figure, units: false)
        table.add([
          clip("\(figure.section) \(figure.name)", 34), cells.old, cells.new, cells.change,
          cells.percent,
          figure.unit == "points" ? "pts" : figure.unit == "yes/no" ? "" : figure.unit,
        ])
      }
      text += table.rendered
    }
    return text
  }

  /// A figure's old, new, change and percent as text, units on the values when `units`.
  static func cells(_ figure: FigureChange, units: Bool = true) -> (
    old: String, new: String, change: String, percent: String
  ) {
    if figure.unit == "points" {
      func pct(_ value: Double?) -> String { value.map { Format.percent($0, 1) } ?? "-" }
      return (
        pct(figure.old), pct(figure.new), signed(figure.change * 100, 1) + (units ? " pts" : ""), ""
      )
    }
    if figure.unit == "yes/no" {
      func yes(_ value: Double?) -> String { value.map { $0 > 0 ? "yes" : "no" } ?? "-" }
      return (yes(figure.old), yes(figure.new), "", "")
    }
    let digits = decimals(figure)
    let unit = figure.unit.isEmpty || !units ? "" : " \(figure.unit)"
    func value(_ v: Double?) -> String { v.map { Format.grouped($0, digits) + unit } ?? "-" }
    let percent =
      figure.relative.map { "\(signed($0 * 100, 1))%" }
      ?? (figure.old == nil ? "new" : figure.new == nil ? "gone" : "")
    return (value(figure.old), value(figure.new), signed(figure.change, digits), percent)
  }

  /// Whole numbers for counts, three decimals for small figures, one otherwise.
  static func decimals(_ figure: FigureChange) -> Int {
    if ["GPUs", "nodes", "racks", "replicas", "sequences", "months"].contains(figure.unit) {
      return 0
    }
    return max(abs(figure.old ?? 0), abs(figure.new ?? 0)) < 10 ? 3 : 1
  }

  /// `+12.4`, `-3.0`; zero unsigned.
  static func signed(_ value: Double, _ digits: Int) -> String {
    let text = Format.grouped(value, digits)
    return value > 0 && text.contains(where: { $0 != "0" && $0 != "." && $0 != "," })
      ? "+" + text : text
  }

  static func status(_ status: CheckStatus?) -> String {
    status?.rawValue.uppercased() ?? "absent"
  }

  /// At most `width` characters, an ellipsis marking a cut.
  static func clip(_ text: String, _ width: Int) -> String {
    text.count <= width ? text : String(text.prefix(width - 1)) + "…"
  }
}
