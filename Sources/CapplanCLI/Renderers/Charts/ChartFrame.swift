import PlannerCore

/// A plot area on an SVG canvas with its axes: maps values to positions, draws grid lines,
/// ticks with round labels, axis titles with units, a legend, and the chart's title.
struct ChartFrame {
  /// The plot area, in canvas coordinates.
  let left: Double
  let top: Double
  let width: Double
  let height: Double
  let x: Axis
  let y: Axis

  var right: Double { left + width }
  var bottom: Double { top + height }

  /// Horizontal position of `value` on the x axis.
  func px(_ value: Double) -> Double { x.position(value, from: left, to: right) }
  /// Vertical position of `value` on the y axis (up is larger).
  func py(_ value: Double) -> Double { y.position(value, from: bottom, to: top) }

  /// Grid lines and tick labels of the y axis, its title (with unit) turned upright.
  func drawYAxis(_ svg: inout SVGWriter, title: String, labels: ((Double) -> String)? = nil) {
    for tick in y.ticks {
      let position = py(tick)
      svg.line(
        x1: left, y1: position, x2: right, y2: position, stroke: Palette.gridGrey, width: 1,
        extra: [("class", "grid")])
      svg.text(
        labels?(tick) ?? y.label(tick), x: left - 6, y: position + 4, anchor: "end", size: 11,
        extra: [("class", "y-tick"), ("data-value", SVGWriter.number(tick))])
    }
    svg.text(
      title, x: left - 56, y: top + height / 2, anchor: "middle", size: 12, rotate: -90,
      extra: [("class", "y-title")])
  }

  /// Tick labels of the x axis at `ticks` (default: the axis's own) and its title.
  func drawXAxis(
    _ svg: inout SVGWriter, title: String, ticks: [Double]? = nil,
    labels: ((Double) -> String)? = nil
  ) {
    svg.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: Palette.black)
    for tick in ticks ?? x.ticks {
      let position = px(tick)
      svg.line(x1: position, y1: bottom, x2: position, y2: bottom + 5, stroke: Palette.black)
      svg.text(
        labels?(tick) ?? x.label(tick), x: position, y: bottom + 18, anchor: "middle", size: 11,
        extra: [("class", "x-tick"), ("data-value", SVGWriter.number(tick))])
    }
    svg.text(title, x: left + width / 2, y: bottom + 38, anchor: "middle", size: 12)
  }

  /// A legend of coloured swatches, one row each, right of the plot area.
  func drawLegend(
    _ svg: inout SVGWriter, _ entries: [(label: String, colour: String)], offset: Double = 16
  ) {
    for (index, entry) in entries.enumerated() {
      let rowY = top + 6 + Double(index) * 18
      svg.rect(
        x: right + offset, y: rowY, width: 12, height: 12, fill: entry.colour,
        extra: [("stroke", Palette.black), ("stroke-width", "0.5")])
      svg.text(entry.label, x: right + offset + 18, y: rowY + 10, size: 11)
    }
  }

  /// Label positions moved apart so that no two are closer than `gap`, the upper one of a
  /// close pair moving up; the order of `positions` is kept.
  static func spread(_ positions: [Double], gap: Double) -> [Double] {
    let order = positions.indices.sorted { positions[$0] > positions[$1] }
    var placed = positions
    var previous: Double? = nil
    for index in order {
      if let previous, previous - placed[index] < gap { placed[index] = previous - gap }
      previous = placed[index]
    }
    return placed
  }

  /// A labelled horizontal limit line at `value`, in the given colour, dashed; the label at
  /// the right end, or the left end when `leftLabel` (so that close lines stay readable).
  func drawLimit(
    _ svg: inout SVGWriter, value: Double, label: String, colour: String, leftLabel: Bool = false
  ) {
    let position = py(value)
    svg.line(
      x1: left, y1: position, x2: right, y2: position, stroke: colour, width: 2, dash: "6 4",
      extra: [("class", "limit"), ("data-value", SVGWriter.number(value))])
    svg.text(
      label, x: leftLabel ? left + 4 : right - 4, y: position - 5,
      anchor: leftLabel ? "start" : "end", size: 11, fill: colour)
  }
}

/// The title and subtitle every chart starts with.
enum ChartTitle {
  static func draw(_ svg: inout SVGWriter, title: String, subtitle: String) {
    svg.text(title, x: 20, y: 26, size: 16, weight: "bold", extra: [("class", "chart-title")])
    svg.text(subtitle, x: 20, y: 44, size: 12, fill: "#555555")
  }
}
