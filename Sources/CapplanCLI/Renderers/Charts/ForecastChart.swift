import PlannerCore

/// `forecast`: peak facility and IT power per month (planned, with margins) against each
/// site-wide limit month by month, the runway month (the first month a limit fails) and the
/// months by which relief must be ordered marked.
enum ForecastChart {
  /// Site-wide limits, the power each is checked against, and its colour.
  static let limits: [(name: String, load: String, colour: String)] = [
    ("utility", "facility", Palette.vermillion), ("generator", "facility", Palette.reddishPurple),
    ("cooling-plant", "IT", Palette.orange), ("ups", "IT", Palette.black),
  ]

  static func render(_ report: Report, standalone: Bool = true) -> String {
    var svg = SVGWriter(width: 880, height: 480)
    let title = "\(report.scenario.name): forecast and runway"
    ChartTitle.draw(
      &svg, title: title,
      subtitle: "planned power (with margins) at each month's peak against the site's limits")
    let months = report.forecast ?? []
    guard !months.isEmpty else {
      svg.text("the report has no forecast", x: 20, y: 100, size: 13, extra: [("class", "empty")])
      return svg.rendered(title: title, standalone: standalone)
    }
    let lines = limitLines(months)
    let highest =
      (months.map(\.facilityPlannedKW) + lines.flatMap { $0.values }).max() ?? 1
    let frame = ChartFrame(
      left: 80, top: 60, width: 600, height: 300,
      x: Axis(lower: 0, upper: Double(max(1, months.count - 1)), step: 1),
      y: Axis(covering: 0, highest * 1.08))
    frame.drawYAxis(&svg, title: "planned power (kW)")
    let every = max(1, Int((Double(months.count) / 12).rounded(.up)))
    frame.drawXAxis(
      &svg, title: "month",
      ticks: stride(from: 0, to: months.count, by: every).map(Double.init),
      labels: { months[Int($0)].month })
    let labelYs = ChartFrame.spread(lines.map { frame.py($0.values.last ?? 0) - 5 }, gap: 13)
    for (line, labelY) in zip(lines, labelYs) {
      svg.path(
        line.values.enumerated().map { (frame.px(Double($0)), frame.py($1)) },
        stroke: line.colour, fill: nil, width: 2,
        extra: [("class", "limit"), ("data-label", line.name), ("stroke-dasharray", "6 4")])
      svg.text(
        "\(line.name) limit (\(line.load))", x: frame.right - 4, y: labelY, anchor: "end",
        size: 11, fill: line.colour)
    }
    for (values, colour, name) in [
      (months.map(\.itPlannedKW), Palette.skyBlue, "it"),
      (months.map(\.facilityPlannedKW), Palette.blue, "facility"),
    ] {
      svg.path(
        values.enumerated().map { (frame.px(Double($0)), frame.py($1)) }, stroke: colour,
        fill: nil, width: 2.5, extra: [("class", "series \(name)")])
    }
    markRunway(&svg, frame: frame, report: report, months: months)
    frame.drawLegend(
      &svg,
      [("facility planned", Palette.blue), ("IT planned", Palette.skyBlue)]
        + lines.map { ("\($0.name) limit", $0.colour) })
    return svg.rendered(title: title, standalone: standalone)
  }

  /// Each site-wide limit the months check, its value month by month.
  static func limitLines(_ months: [ForecastMonthReport]) -> [(
    name: String, load: String, colour: String, values: [Double]
  )] {
    limits.compactMap { limit in
      let values = months.compactMap { month in
        month.checks.first { $0.name == limit.name }?.limit
      }
      return values.count == months.count ? (limit.name, limit.load, limit.colour, values) : nil
    }
  }

  /// The first failing month of any limit, and each order-by month on the horizon (or at its
  /// start, marked late).
  private static func markRunway(
    _ svg: inout SVGWriter, frame: ChartFrame, report: Report, months: [ForecastMonthReport]
  ) {
    let names = months.map(\.month)
    let failing = (report.runway ?? []).compactMap { entry -> (Int, String)? in
      guard let first = entry.firstFail, let index = names.firstIndex(of: first) else {
        return nil
      }
      return (index, entry.limit)
    }.min { $0.0 < $1.0 }
    if let (index, limit) = failing {
      let x = frame.px(Double(index))
      svg.line(
        x1: x, y1: frame.top, x2: x, y2: frame.bottom, stroke: Palette.vermillion, width: 2,
        extra: [("class", "runway"), ("data-value", names[index])])
      svg.text(
        "runway: \(limit) fails \(names[index])", x: x + 5, y: frame.top + 12, size: 11,
        fill: Palette.vermillion)
    }
    let orders = (report.runway ?? []).filter { $0.orderBy != nil }
    for (row, entry) in orders.enumerated() {
      let index = names.firstIndex(of: entry.orderBy ?? "") ?? 0
      let x = frame.px(Double(index))
      let late = entry.lateByMonths.map { ", \($0) months late" } ?? ""
      svg.line(
        x1: x, y1: frame.bottom, x2: x, y2: frame.top + 24, stroke: Palette.black, width: 1.5,
        dash: "2 3", extra: [("class", "order-by"), ("data-value", entry.orderBy ?? "")])
      svg.text(
        "order \(entry.kind ?? entry.limit) by \(entry.orderBy ?? "")\(late)", x: x + 5,
        y: frame.top + 28 + Double(row) * 14, size: 11)
    }
  }
}
