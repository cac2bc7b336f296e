import PlannerCore

/// `events`: per what-if event, planned IT and facility power right after the event and after
/// each degradation step, against the site's limits in the failed state.
enum EventsChart {
  static let panelHeight = 270.0

  static func render(_ report: Report, standalone: Bool = true) -> String {
    let events = report.events
    var svg = SVGWriter(width: 880, height: 70 + Double(max(1, events.count)) * panelHeight)
    let title = "\(report.scenario.name): what-if events and the degradation ladder"
    ChartTitle.draw(
      &svg, title: title,
      subtitle: "planned power (with margins) after each step against the failed-state limits")
    if events.isEmpty {
      svg.text(
        "the scenario has no events (add 'events' and 'degradation' to see them here)", x: 20,
        y: 100, size: 13, extra: [("class", "empty")])
    }
    for (index, event) in events.enumerated() {
      panel(&svg, event, top: 90 + Double(index) * panelHeight)
    }
    return svg.rendered(title: title, standalone: standalone)
  }

  private static func panel(_ svg: inout SVGWriter, _ event: EventReport, top: Double) {
    let states = [("struck", event.struck)] + event.steps.map { ($0.step, $0.after) }
    let limits =
      ChartLimits.it(event.checks).map { ($0, "IT") }
      + ChartLimits.facility(event.checks).map { ($0, "facility") }
    let highest =
      (states.map { max($0.1.itPlannedKW, $0.1.facilityPlannedKW) } + limits.map(\.0.value)).max()
      ?? 1
    let frame = ChartFrame(
      left: 80, top: top, width: 600, height: panelHeight - 100,
      x: Axis(covering: 0, Double(states.count), ticks: 2), y: Axis(covering: 0, highest * 1.08))
    let verdict = event.contained ? "contained" : "not contained"
    svg.text(
      "\(event.name) — \(event.perturbation) (\(verdict))", x: frame.left, y: top - 12, size: 13,
      weight: "bold")
    frame.drawYAxis(&svg, title: "planned power (kW)")
    svg.line(
      x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom, stroke: Palette.black)
    let slot = frame.width / Double(states.count)
    for (index, state) in states.enumerated() {
      let x = frame.left + slot * Double(index)
      for (offset, value, colour) in [
        (0.15, state.1.itPlannedKW, Palette.skyBlue),
        (0.5, state.1.facilityPlannedKW, Palette.blue),
      ] {
        svg.rect(
          x: x + slot * offset, y: frame.py(value), width: slot * 0.33,
          height: frame.bottom - frame.py(value), fill: colour,
          extra: [("class", "bar"), ("data-value", SVGWriter.number(value))])
      }
      let failing = state.1.failing.isEmpty ? "holds" : "\(state.1.failing.count) failing"
      svg.text(state.0, x: x + slot / 2, y: frame.bottom + 16, anchor: "middle", size: 11)
      svg.text(failing, x: x + slot / 2, y: frame.bottom + 30, anchor: "middle", size: 10)
    }
    let colours = [Palette.vermillion, Palette.orange, Palette.reddishPurple, Palette.black]
    for (index, limit) in limits.enumerated() {
      frame.drawLimit(
        &svg, value: limit.0.value, label: "\(limit.0.label) (\(limit.1))",
        colour: colours[index % colours.count], leftLabel: index % 2 == 1)
    }
    frame.drawLegend(&svg, [("IT planned", Palette.skyBlue), ("facility planned", Palette.blue)])
  }
}
