import PlannerCore

/// `check --format markdown`: a merge-request note and the GitHub job summary: the verdict,
/// the checks that need attention, every check folded in `<details>`.
enum CheckMarkdown {
  static func render(_ verdict: GateVerdict, file: String) -> String {
    var text = "### capplan check: \(verdict.status.rawValue.uppercased()) — `\(file)`\n\n"
    text += CheckText.summary(verdict).replacingOccurrences(of: "verdict: ", with: "Verdict: ")
    text += ".\n\n"
    let attention = verdict.rows.filter { $0.status != .pass }
    if !attention.isEmpty {
      text += table(attention) + "\n"
    }
    text += "<details><summary>All \(verdict.rows.count) checks</summary>\n\n"
    text += table(verdict.rows)
    text += "\n</details>\n"
    return text
  }

  static func table(_ rows: [GateRow]) -> String {
    var text = "| status | check | load | limit | headroom | detail |\n"
    text += "|---|---|--:|--:|--:|---|\n"
    for row in rows {
      let digits = row.unit == "J/token" ? 3 : 1
      let detail = ([row.detail] + row.findings + (row.waiver.map { ["waived \($0)"] } ?? []))
        .joined(separator: "; ")
      text +=
        "| \(row.status.rawValue.uppercased()) | `\(Markdown.cell(row.name))` | \(Format.grouped(row.load, digits)) \(row.unit) | \(Format.grouped(row.limit, digits)) \(row.unit) | \(Format.percent(row.headroom, 1)) | \(Markdown.cell(detail)) |\n"
    }
    return text
  }
}
