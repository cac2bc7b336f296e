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
    let widths = columns.indices.map { i in
      all.map { $0.indices.contains(i) ? $0[i].count : 0 }.max() ?? 0
    }
    return all.map { row in
      let cells = columns.indices.map { i -> String in
        let cell = row.indices.contains(i) ? row[i] : ""
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        return columns[i].alignment == .left ? cell + pad : pad + cell
      }
      var line = "  " + cells.joined(separator: "  ")
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }.joined(separator: "\n") + "\n"
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
  for word in text.split(separator: " ") {
    if line.count + word.count + 1 > width && line.count > indent.count {
      lines.append(line)
      line = indent
    }
    line += (line.count > indent.count ? " " : "") + word
  }
  if line.count > indent.count { lines.append(line) }
  return lines.joined(separator: "\n")
}
