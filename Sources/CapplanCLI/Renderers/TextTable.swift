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

  var rendered: String {
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
