import PlannerCore

/// The plan as one self-contained HTML page for a wiki or a CI artifact: the summary, every
/// chart inline as SVG, and every table of the text report as an HTML table. Inline CSS, no
/// scripts, no fonts, images or links to fetch. Reads only the Report.
enum HTMLReport {
  static func render(_ report: Report) -> String {
    let name = SVGWriter.escape(report.scenario.name)
    var page = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>capplan: \(name)</title>
      <style>
      \(style)
      </style>
      </head>
      <body>
      <h1>capplan plan: \(name)</h1>

      """
    if !report.scenario.description.isEmpty {
      page += "<p class=\"description\">\(SVGWriter.escape(report.scenario.description))</p>\n"
    }
    page += summary(report)
    page += "<h2>Charts</h2>\n"
    for kind in Charts.kinds {
      page += "<figure class=\"chart\" id=\"chart-\(kind)\">\n"
      page += Charts.render(kind, report, standalone: false)
      page += "</figure>\n"
    }
    page += "<h2>Tables</h2>\n"
    page += tables(report)
    page +=
      "<footer>capplan \(CapplanCLI.version) · \(Format.plain(report.scenario.designAmbientC)) °C design day · same input, same page</footer>\n"
    page += "</body>\n</html>\n"
    return page
  }

  /// The headline figures as cards.
  static func summary(_ report: Report) -> String {
    let s = report.summary
    let cards: [(String, String)] = [
      ("status", s.status.rawValue.uppercased()),
      ("GPUs", Format.grouped(Double(s.gpus), 0)), ("nodes", Format.grouped(Double(s.nodes), 0)),
      ("racks", Format.grouped(Double(s.racks), 0)),
      ("IT peak", "\(Format.grouped(s.itPeakKW, 0)) kW"),
      ("facility peak", "\(Format.grouped(s.facilityPeakKW, 0)) kW"),
      ("PUE", Format.fixed(s.pue, 2)), ("tokens/J (IT)", Format.fixed(s.tokensPerJoule, 2)),
      ("peak requests/s", Format.grouped(s.peakRequestsPerSecond, 1)),
    ]
    let items = cards.map { label, value in
      let status = label == "status" ? " \(s.status.rawValue)" : ""
      return
        "<div class=\"card\(status)\"><div class=\"label\">\(SVGWriter.escape(label))</div><div class=\"value\">\(SVGWriter.escape(value))</div></div>"
    }
    return "<section class=\"summary\">\n\(items.joined(separator: "\n"))\n</section>\n"
  }

  /// The text report's sections with their tables as HTML: a section's first line is its
  /// heading, other lines are notes; the text report's own title block (up to its first
  /// blank line) is left out.
  static func tables(_ report: Report) -> String {
    let text = TextTable.$asHTML.withValue(true) { TextReport.render(report) }
    var html = ""
    var inTable = false
    var notes: [String] = []
    var atBlockStart = true
    var inTitleBlock = true
    func flushNotes() {
      if !notes.isEmpty { html += "<p class=\"note\">\(notes.joined(separator: "<br>"))</p>\n" }
      notes = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line == TextTable.htmlStart {
        flushNotes()
        inTable = true
        html += "<table>\n"
      } else if line == TextTable.htmlEnd {
        inTable = false
        html += "</table>\n"
      } else if inTable {
        html += line + "\n"
      } else if inTitleBlock {
        // the title and description, which the page shows at its top
        inTitleBlock = !line.isEmpty
      } else if line.isEmpty {
        flushNotes()
        atBlockStart = true
      } else if atBlockStart && !line.hasPrefix(" ") {
        flushNotes()
        html += "<h3>\(SVGWriter.escape(line))</h3>\n"
        atBlockStart = false
      } else {
        notes.append(SVGWriter.escape(String(line.trimmingPrefix(while: { $0 == " " }))))
        atBlockStart = false
      }
    }
    flushNotes()
    return html
  }

  static let style = """
    body { font-family: Helvetica, Arial, sans-serif; color: #222; margin: 24px auto;
      max-width: 1000px; padding: 0 16px; line-height: 1.4; }
    h1 { font-size: 24px; margin-bottom: 4px; }
    h2 { font-size: 20px; border-bottom: 1px solid #ccc; padding-bottom: 4px; margin-top: 32px; }
    h3 { font-size: 15px; margin: 20px 0 6px; }
    .description { color: #444; }
    .summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0; }
    .card { border: 1px solid #ccc; border-radius: 6px; padding: 8px 14px; min-width: 92px; }
    .card .label { font-size: 12px; color: #555; }
    .card .value { font-size: 20px; font-weight: bold; }
    .card.pass { background: #e3f4ee; } .card.warn { background: #fcefd6; }
    .card.fail { background: #f9e0d3; }
    figure.chart { margin: 16px 0; border: 1px solid #e5e5e5; }
    figure.chart svg { display: block; max-width: 100%; height: auto; }
    table { border-collapse: collapse; font-size: 13px; margin: 6px 0 10px; }
    th, td { padding: 3px 8px; border-bottom: 1px solid #e2e2e2; text-align: left; }
    th { background: #f3f3f3; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    td.pass { background: #e3f4ee; } td.warn { background: #fcefd6; }
    td.fail { background: #f9e0d3; font-weight: bold; }
    .note { font-size: 13px; color: #444; margin: 4px 0; }
    footer { margin-top: 32px; font-size: 12px; color: #777; }
    """
}
