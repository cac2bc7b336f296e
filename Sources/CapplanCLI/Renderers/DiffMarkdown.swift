import PlannerCore

/// `capplan diff --format markdown`: a pull-request comment. One headline sentence, a table of
/// what moved most, the rest folded in `<details>`; never longer than GitHub's comment limit,
/// dropping the least moved rows first and saying how many.
enum DiffMarkdown {
  /// GitHub's limit on a comment's length, in characters.
  static let limit = 65_536
  /// Rows in the main table; the rest go in the details.
  static let tableRows = 15

  static func render(_ diff: ReportDiff) -> String {
    var kept = diff.figures.count
    var inputs = diff.inputs?.count ?? 0
    while true {
      let text = compose(diff, figures: kept, inputs: inputs)
      if text.count <= limit || (kept == 0 && inputs == 0) { return text }
      // Cut by a share of what is left, so a huge diff needs few passes.
      let excess = text.count - limit
      if kept > 0 {
        kept = max(0, kept - max(1, excess / 80))
      } else {
        inputs = max(0, inputs - max(1, excess / 80))
      }
    }
  }

  private static func compose(_ diff: ReportDiff, figures kept: Int, inputs shownInputs: Int)
    -> String
  {
    var text = "### capplan diff: `\(diff.base.name)` → `\(diff.head.name)`\n\n"
    guard !diff.isEmpty else { return text + "Nothing moved.\n" }
    let headline = diff.headline.isEmpty ? "no output moved" : diff.headline.joined(separator: ", ")
    text += "**\(Markdown.cell(headline.prefix(1).uppercased() + headline.dropFirst())).**\n\n"
    let figures = Array(diff.figures.prefix(kept))
    text += mainTable(diff, figures: Array(figures.prefix(tableRows)))
    let rest = Array(figures.dropFirst(tableRows))
    let dropped = diff.figures.count - kept
    let droppedInputs = (diff.inputs?.count ?? 0) - shownInputs
    if !rest.isEmpty {
      text += "\n<details><summary>\(rest.count) more outputs that moved</summary>\n\n"
      text += figureTable(rest) + "\n</details>\n"
    }
    if let inputs = diff.inputs, !inputs.isEmpty {
      text +=
        "\n<details><summary>\(inputs.count) inputs changed (the resolved scenarios)</summary>\n\n"
      text += "| path | base | head |\n|---|---|---|\n"
      for change in inputs.prefix(shownInputs) {
        text += "| `\(Markdown.cell(change.path))` | \(code(change.old)) | \(code(change.new)) |\n"
      }
      text += "\n</details>\n"
    }
    if dropped > 0 || droppedInputs > 0 {
      var parts: [String] = []
      if dropped > 0 {
        parts.append("\(Format.grouped(Double(dropped), 0)) outputs that moved least")
      }
      if droppedInputs > 0 {
        parts.append("\(Format.grouped(Double(droppedInputs), 0)) changed inputs")
      }
      text +=
        "\n_Left out to stay within GitHub's \(Format.grouped(Double(limit), 0))-character comment limit: \(parts.joined(separator: " and ")); `capplan diff --format text` shows everything._\n"
    }
    return text
  }

  /// Status changes, runway moves and the figures that moved most.
  private static func mainTable(_ diff: ReportDiff, figures: [FigureChange]) -> String {
    var text = "| | base | head | change |\n|---|--:|--:|--:|\n"
    for change in diff.statusChanges {
      text +=
        "| `\(Markdown.cell(change.check))` \(change.phrase) | \(DiffText.status(change.old)) | \(DiffText.status(change.new)) | |\n"
    }
    for change in diff.runway {
      text +=
        "| runway of `\(Markdown.cell(change.limit))` | \(change.oldFirstFail ?? "not within") | \(change.newFirstFail ?? "not within") | \(change.monthsMoved.map { "\(DiffText.signed(Double($0), 0)) months" } ?? "") |\n"
    }
    for figure in figures {
      let cells = DiffText.cells(figure)
      text +=
        "| \(figure.section) \(Markdown.cell(figure.name)) | \(cells.old) | \(cells.new) | \(cells.change)\(cells.percent.isEmpty ? "" : " (\(cells.percent))") |\n"
    }
    return text
  }

  private static func figureTable(_ figures: [FigureChange]) -> String {
    var text = "| section | figure | base | head | change | % |\n|---|---|--:|--:|--:|--:|\n"
    for figure in figures {
      let cells = DiffText.cells(figure)
      text +=
        "| \(figure.section) | \(Markdown.cell(figure.name)) | \(cells.old) | \(cells.new) | \(cells.change) | \(cells.percent) |\n"
    }
    return text
  }

  /// A value as inline code, clipped; `-` when absent.
  private static func code(_ text: String?) -> String {
    guard let text else { return "-" }
    return "`\(Markdown.cell(DiffText.clip(text, 60)).replacingOccurrences(of: "`", with: "'"))`"
  }
}
