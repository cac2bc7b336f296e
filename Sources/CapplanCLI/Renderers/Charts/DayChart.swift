import PlannerCore

/// `day`: the 288 five-minute slots of facility power stacked by component, the site's
/// facility-level limits as lines, the busiest slot and the planning peak marked.
enum DayChart {
  /// The stacked layers, bottom to top: label, colour, the slot's kW.
  static var layers: [(label: String, colour: String, kW: (SlotPowerReport) -> Double)] {
    [
      ("GPU boards", Palette.blue, \.gpuKW),
      ("host", Palette.skyBlue, \.hostKW),
      ("power-supply losses", Palette.reddishPurple, \.psuLossKW),
      ("network", Palette.yellow, \.networkKW),
      ("CPU pool", Palette.bluishGreen, \.cpuPoolKW),
      ("other IT", Palette.grey, \.otherITKW),
      ("electrical losses", Palette.vermillion, \.electricalLossKW),
      ("cooling", Palette.orange, \.coolingKW),
    ]
  }

  static func render(_ report: Report, standalone: Bool = true) -> String {
    var svg = SVGWriter(width: 880, height: 440)
    let title = "\(report.scenario.name): facility power over the day"
    ChartTitle.draw(
      &svg, title: title,
      subtitle:
        "288 five-minute slots stacked by component, from GPU boards to the utility meter")
    let slots = report.daily.slots ?? []
    let limits = ChartLimits.facility(report.checks)
    let top =
      ([report.summary.facilityPeakKW] + slots.map(\.facilityKW) + limits.map(\.value))
      .max() ?? 1
    let frame = ChartFrame(
      left: 80, top: 60, width: 600, height: 310, x: Axis(lower: 0, upper: 24, step: 3),
      y: Axis(covering: 0, top * 1.05))
    frame.drawYAxis(&svg, title: "facility power (kW)")
    frame.drawXAxis(
      &svg, title: "time of day (h)",
      labels: { "\(Int($0)):00" })
    drawLayers(&svg, frame: frame, slots: slots)
    for (index, limit) in limits.enumerated() {
      frame.drawLimit(
        &svg, value: limit.value, label: limit.label,
        colour: index == 0 ? Palette.vermillion : Palette.black)
    }
    drawPeak(&svg, frame: frame, report: report, slots: slots)
    frame.drawLegend(&svg, layers.reversed().map { ($0.label, $0.colour) })
    return svg.rendered(title: title, standalone: standalone)
  }

  private static func drawLayers(
    _ svg: inout SVGWriter, frame: ChartFrame, slots: [SlotPowerReport]
  ) {
    guard !slots.isEmpty else { return }
    let hours = slots.indices.map { Double($0) / 12 } + [24]
    var lower = Array(repeating: 0.0, count: slots.count)
    for layer in layers {
      let upper = zip(lower, slots).map { $0 + layer.kW($1) }
      // each slot holds its value for five minutes: a step outline
      var top: [(x: Double, y: Double)] = []
      var bottom: [(x: Double, y: Double)] = []
      for i in slots.indices {
        top += [
          (frame.px(hours[i]), frame.py(upper[i])), (frame.px(hours[i + 1]), frame.py(upper[i])),
        ]
        bottom += [
          (frame.px(hours[i]), frame.py(lower[i])), (frame.px(hours[i + 1]), frame.py(lower[i])),
        ]
      }
      svg.path(
        top + bottom.reversed(), stroke: nil, fill: layer.colour, closed: true,
        extra: [("class", "layer"), ("data-label", layer.label)])
      lower = upper
    }
  }

  /// The busiest slot's facility power and the planning peak (its worst five minutes).
  private static func drawPeak(
    _ svg: inout SVGWriter, frame: ChartFrame, report: Report, slots: [SlotPowerReport]
  ) {
    guard let index = slots.firstIndex(where: { $0.start == report.daily.peakSlot }) else {
      return
    }
    let x = frame.px((Double(index) + 0.5) / 12)
    let peak = report.summary.facilityPeakKW
    svg.line(x1: x, y1: frame.bottom, x2: x, y2: frame.py(peak), stroke: Palette.black, dash: "2 3")
    svg.circle(x: x, y: frame.py(peak), radius: 4, fill: Palette.black, stroke: Palette.black)
    svg.text(
      "worst five minutes \(report.daily.peakSlot): \(Format.grouped(peak, 0)) kW",
      x: x + (x > frame.left + frame.width * 0.6 ? -8 : 8), y: frame.py(peak) - 8,
      anchor: x > frame.left + frame.width * 0.6 ? "end" : "start", size: 11,
      extra: [("class", "peak"), ("data-value", SVGWriter.number(peak))])
  }
}
