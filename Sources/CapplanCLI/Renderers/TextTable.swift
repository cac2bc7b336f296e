/// A plain-text table: a header row and data rows, columns padded to their widest cell,
/// text left-aligned and numbers right-aligned, two spaces apart, indented by two.
struct TextTable {
  enum Alignment { case left, right }

  var columns: [(title: String, alignment: Alignment)]
  var rows: [[String]] = []

  init(_ columns: [(String, Alignment)]) {
    self.columns = columns.map { (title: $0.0, alignment: $0.1) }
  }

  mutating func add(_ cells: [String]) { rows.append(cells) }

  /// Set while the HTML report borrows the text report's sections: tables then render as
  /// HTML between marker lines (`HTMLReport` reads them), so every table of the text report
  /// is also a table of the page, with no second list of tables to keep in step.
  @TaskLocal static var asHTML = false

  /// The line that opens and the line that closes a table rendered as HTML.
  static let htmlStart = "\u{1}<table>"
  static let htmlEnd = "\u{1}</table>"

  var rendered: String {
    if Self.asHTML { return html }
    let all = [columns.map(\.title)] + rows
    // characters per cell, counted once (a count walks the string)
    let counts = all.map { $0.map(\.count) }
    let widths = columns.indices.map { i in
      counts.map { $0.indices.contains(i) ? $0[i] : 0 }.max() ?? 0
    }
    var text = ""
    for (row, cells) in zip(counts, all) {
      var line = ""
      for i in columns.indices {
        let cell = cells.indices.contains(i) ? cells[i] : ""
        let pad = String(
          repeating: " ", count: widths[i] - (row.indices.contains(i) ? row[i] : 0))
        line += "  "
        if columns[i].alignment == .left {
          line += cell
          line += pad
        } else {
          line += pad
          line += cell
        }
      }
      while line.utf8.last == UInt8(ascii: " ") && line.hasSuffix(" ") { line.removeLast() }
      text += line
      text += "\n"
    }
    return text
  }

  /// The table as HTML between the marker lines, cells escaped, numbers right-aligned, a
  /// check status (`PASS`, `WARN`, `FAIL`) marked with its class.
  private var html: String {
    func cell(_ tag: String, _ text: String, _ i: Int) -> String {
      var classes: [String] = []
      if columns.indices.contains(i), columns[i].alignment == .right { classes.append("num") }
      if ["PASS", "WARN", "FAIL"].contains(text) { classes.append(text.lowercased()) }
      let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
      return "<\(tag)\(attribute)>\(SVGWriter.escape(text))</\(tag)>"
    }
    let head = columns.enumerated().map { cell("th", $1.title, $0) }.joined()
    let body = rows.map { row in
      "<tr>" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>"
    }
    return
      ([Self.htmlStart, "<thead><tr>\(head)</tr></thead><tbody>"] + body + [
        "</tbody>", Self.htmlEnd,
      ]).joined(separator: "\n") + "\n"
  }
}

/// Words wrapped to `width` columns, each line starting with `indent`.
func wrap(_ text: String, width: Int, indent: String = "") -> String {
  var lines: [String] = []
  var line = indent
  // characters in `line` and in the indent, kept as words are added (a count walks the string)
  let indentCount = indent.count
  var count = indentCount
  for word in text.split(separator: " ") {
    let words = word.count
    if count + words + 1 > width && count > indentCount {
      lines.append(line)
      line = indent
      count = indentCount
    }
    if count > indentCount {
      line += " "
      count += 1
    }
    line += word
    count += words
  }
  if count > indentCount { lines.append(line) }
  return lines.joined(separator: "\n")
}
