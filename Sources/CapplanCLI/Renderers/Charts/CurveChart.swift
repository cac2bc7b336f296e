import Foundation
import PlannerCore

/// `curve`: per deployment, tokens per joule (left axis) and TPOT (right axis) against the
/// batch on a log₂ axis, the chosen batch and the TPOT objective marked.
enum CurveChart {
  static let panelHeight = 250.0

  static func render(_ report: Report, standalone: Bool = true) -> String {
    // a prefill-only model has no decode steps, so no TPOT and no generated tokens to draw
    let deployments = report.deployments.filter { $0.batchLimit != "prefill-only" }
    let skipped = report.deployments.filter { $0.batchLimit == "prefill-only" }.map(\.name)
    var svg = SVGWriter(width: 880, height: 90 + Double(max(1, deployments.count)) * panelHeight)
    let title = "\(report.scenario.name): batch curves"
    ChartTitle.draw(
      &svg, title: title,
      subtitle: "one replica per deployment: output tokens per joule of GPU board energy and TPOT"
    )
    for (index, deployment) in deployments.enumerated() {
      panel(&svg, deployment, top: 90 + Double(index) * panelHeight)
    }
    if !skipped.isEmpty {
      svg.text(
        "not drawn, prefill-only (no decode steps): \(skipped.joined(separator: ", "))", x: 20,
        y: svg.height - 14, size: 11, fill: "#555555")
    }
    return svg.rendered(title: title, standalone: standalone)
  }

  private static func panel(_ svg: inout SVGWriter, _ d: DeploymentReport, top: Double) {
    let points = d.curve.sorted { $0.batch < $1.batch }
    let batches = points.map { log2(Double(max(1, $0.batch))) }
    let tpots = points.map(\.tpotMs) + [d.slo.tpotMs ?? 0]
    let frame = ChartFrame(
      left: 80, top: top, width: 600, height: panelHeight - 90,
      x: Axis(covering: batches.first ?? 0, batches.last ?? 1, ticks: 8),
      y: Axis(covering: 0, (points.map(\.tokensPerJoule).max() ?? 1) * 1.1, ticks: 5))
    let tpotAxis = Axis(covering: 0, (tpots.max() ?? 1) * 1.1, ticks: 5)
    svg.text(
      "\(d.name) — \(d.model) on \(d.system), \(d.precision), TP \(d.tensorParallel)",
      x: frame.left, y: top - 12, size: 13, weight: "bold")
    frame.drawYAxis(&svg, title: "tokens/J")
    let powers = Int(frame.x.lower.rounded(.up))...Int(frame.x.upper.rounded(.down))
    frame.drawXAxis(
      &svg, title: "batch (sequences per replica, log₂ scale)", ticks: powers.map(Double.init),
      labels: { Format.fixed(pow(2, $0), 0) })
    let tpotY = { (ms: Double) in tpotAxis.position(ms, from: frame.bottom, to: frame.top) }
    for tick in tpotAxis.ticks {
      svg.text(
        tpotAxis.label(tick), x: frame.right + 6, y: tpotY(tick) + 4, size: 11,
        fill: Palette.vermillion,
        extra: [("class", "y2-tick"), ("data-value", SVGWriter.number(tick))])
    }
    svg.text(
      "TPOT (ms)", x: frame.right + 52, y: frame.top + frame.height / 2, anchor: "middle",
      size: 12, rotate: 90, fill: Palette.vermillion)
    svg.path(
      zip(batches, points).map { (frame.px($0), frame.py($1.tokensPerJoule)) },
      stroke: Palette.blue, fill: nil, width: 2, extra: [("class", "tokens-per-joule")])
    svg.path(
      zip(batches, points).map { (frame.px($0), tpotY($1.tpotMs)) }, stroke: Palette.vermillion,
      fill: nil, width: 2, extra: [("class", "tpot")])
    if let objective = d.slo.tpotMs {
      svg.line(
        x1: frame.left, y1: tpotY(objective), x2: frame.right, y2: tpotY(objective),
        stroke: Palette.vermillion, width: 1.5, dash: "6 4",
        extra: [("class", "limit tpot-objective"), ("data-value", SVGWriter.number(objective))])
      svg.text(
        "TPOT objective \(Format.plain(objective)) ms", x: frame.left + 6,
        y: tpotY(objective) - 5, size: 11, fill: Palette.vermillion)
    }
    if let chosen = points.first(where: \.chosen) {
      let x = frame.px(log2(Double(max(1, chosen.batch))))
      svg.line(
        x1: x, y1: frame.top, x2: x, y2: frame.bottom, stroke: Palette.black, width: 1.5,
        dash: "2 3", extra: [("class", "chosen"), ("data-value", "\(chosen.batch)")])
      svg.circle(
        x: x, y: frame.py(chosen.tokensPerJoule), radius: 4, fill: Palette.blue,
        stroke: Palette.black)
      let late = x > frame.left + frame.width * 0.7
      svg.text(
        "batch \(chosen.batch) (\(d.batchLimit))", x: late ? x - 6 : x + 6, y: frame.top + 12,
        anchor: late ? "end" : "start", size: 11)
    }
    frame.drawLegend(&svg, [("tokens/J", Palette.blue), ("TPOT", Palette.vermillion)], offset: 72)
  }
}
