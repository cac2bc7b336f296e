import PlannerCore

/// `stack`: a waterfall from GPU board watts to the utility meter at the planning peak. Each
/// component floats on the ones before it; IT and facility are totals standing on zero.
enum StackChart {
  /// One bar: its label, where it starts and ends (kW), and whether it is a total.
  struct Bar {
    let label: String
    let from: Double
    let to: Double
    let total: Bool
  }

  /// The bars of the waterfall, components with no power left out.
  static func bars(_ p: PowerStack) -> [Bar] {
    var bars: [Bar] = []
    var level = 0.0
    func add(_ label: String, _ kW: Double) {
      guard kW != 0 else { return }
      bars.append(Bar(label: label, from: level, to: level + kW, total: false))
      level += kW
    }
    add("GPU boards", p.gpuKW)
    add("host", p.hostKW)
    add("PSU losses", p.psuLossKW)
    add("inlet fans", p.inletUpliftKW)
    add("network", p.networkKW)
    add("rack equipment", p.rackEquipmentKW)
    add("CPU pool", p.cpuPoolKW)
    add("storage", p.storageKW)
    bars.append(Bar(label: "IT", from: 0, to: p.itKW, total: true))
    level = p.itKW
    add("electrical losses", p.electricalLossKW)
    add("cooling", p.coolingKW)
    bars.append(Bar(label: "facility", from: 0, to: p.facilityKW, total: true))
    return bars
  }

  static func render(_ report: Report, standalone: Bool = true) -> String {
    var svg = SVGWriter(width: 880, height: 460)
    let title = "\(report.scenario.name): power stack at the planning peak"
    ChartTitle.draw(
      &svg, title: title,
      subtitle:
        "from GPU boards to the utility meter, modelled (PUE \(Format.fixed(report.summary.pue, 2)))"
    )
    let bars = bars(report.power)
    let top = bars.map { max($0.from, $0.to) }.max() ?? 1
    let frame = ChartFrame(
      left: 80, top: 60, width: 640, height: 310,
      x: Axis(covering: 0, Double(bars.count), ticks: 2), y: Axis(covering: 0, top * 1.08))
    frame.drawYAxis(&svg, title: "power (kW)")
    svg.line(
      x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom, stroke: Palette.black)
    let slot = frame.width / Double(max(1, bars.count))
    for (index, bar) in bars.enumerated() {
      let x = frame.left + slot * Double(index) + slot * 0.15
      let y1 = frame.py(max(bar.from, bar.to))
      let y0 = frame.py(min(bar.from, bar.to))
      svg.rect(
        x: x, y: y1, width: slot * 0.7, height: y0 - y1,
        fill: bar.total ? Palette.blue : Palette.skyBlue,
        extra: [
          ("class", bar.total ? "total" : "step"), ("data-label", bar.label),
          ("data-value", SVGWriter.number(bar.to)),
        ])
      svg.text(
        Format.grouped(bar.to - bar.from, bar.to - bar.from < 10 ? 1 : 0), x: x + slot * 0.35,
        y: y1 - 4, anchor: "middle", size: 10)
      svg.text(
        bar.label, x: x + slot * 0.35, y: frame.bottom + 14, anchor: "end", size: 11,
        rotate: -35)
    }
    frame.drawLegend(&svg, [("component", Palette.skyBlue), ("total", Palette.blue)])
    return svg.rendered(title: title, standalone: standalone)
  }
}
