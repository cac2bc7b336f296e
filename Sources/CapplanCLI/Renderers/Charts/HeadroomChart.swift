import PlannerCore

/// `headroom`: one bar per check, its headroom (1 − load / limit) coloured by status, the
/// policy's warn and fail thresholds as ticks.
enum HeadroomChart {
  static func render(_ report: Report, standalone: Bool = true) -> String {
    let checks = report.checks
    let rowHeight = 22.0
    let plotHeight = max(rowHeight, Double(checks.count) * rowHeight)
    var svg = SVGWriter(width: 880, height: plotHeight + 160)
    let title = "\(report.scenario.name): headroom at every limit"
    ChartTitle.draw(
      &svg, title: title, subtitle: "1 − load / limit, planned load with margins; status by policy")
    let warn = report.policy?.warnBelowHeadroom ?? 0.1
    let fail = report.policy?.failBelowHeadroom ?? 0
    let lowest = min(0, fail, checks.map(\.headroom).min() ?? 0)
    let frame = ChartFrame(
      left: 240, top: 80, width: 460, height: plotHeight,
      x: Axis(covering: max(-1, lowest) * 100, 100, ticks: 6), y: Axis(covering: 0, 1))
    for tick in frame.x.ticks {
      svg.line(
        x1: frame.px(tick), y1: frame.top, x2: frame.px(tick), y2: frame.bottom,
        stroke: Palette.gridGrey)
    }
    frame.drawXAxis(&svg, title: "headroom (%)")
    for (index, check) in checks.enumerated() {
      let y = frame.top + Double(index) * rowHeight
      // a headroom below the axis is drawn to its end and labelled with its value
      let value = max(frame.x.lower, check.headroom * 100)
      let x0 = frame.px(min(0, value))
      let x1 = frame.px(max(0, value))
      svg.rect(
        x: x0, y: y + 4, width: x1 - x0, height: rowHeight - 8,
        fill: Palette.status(check.status),
        extra: [
          ("class", "bar \(check.status.rawValue)"), ("data-label", check.name),
          ("data-value", SVGWriter.number(check.headroom * 100)),
        ])
      svg.text(check.name, x: frame.left - 8, y: y + rowHeight / 2 + 4, anchor: "end", size: 11)
      svg.text(
        "\(Format.percent(check.headroom, 1)) \(check.status.rawValue)", x: frame.right + 8,
        y: y + rowHeight / 2 + 4, size: 11)
    }
    svg.line(
      x1: frame.px(0), y1: frame.top, x2: frame.px(0), y2: frame.bottom, stroke: Palette.black)
    for (value, name) in [(warn, "warn"), (fail, "fail")] where value > 0 || name == "warn" {
      let x = frame.px(value * 100)
      svg.line(
        x1: x, y1: frame.top - 6, x2: x, y2: frame.bottom, stroke: Palette.black, width: 1.5,
        dash: "4 3",
        extra: [("class", "threshold \(name)"), ("data-value", SVGWriter.number(value * 100))])
      svg.text(
        "\(name) below \(Format.percent(value, 0))", x: x, y: frame.top - 9, anchor: "middle",
        size: 10)
    }
    drawStatusKey(&svg, x: 20, y: frame.bottom + 60)
    return svg.rendered(title: title, standalone: standalone)
  }

  private static func drawStatusKey(_ svg: inout SVGWriter, x: Double, y: Double) {
    for (index, status) in [CheckStatus.pass, .warn, .fail].enumerated() {
      let left = x + Double(index) * 90
      svg.rect(
        x: left, y: y - 10, width: 12, height: 12, fill: Palette.status(status),
        extra: [("stroke", Palette.black), ("stroke-width", "0.5")])
      svg.text(status.rawValue, x: left + 18, y: y, size: 11)
    }
  }
}
