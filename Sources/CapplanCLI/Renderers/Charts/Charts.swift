import PlannerCore

/// Every chart kind, by name: pure `(Report) -> String` renderers of SVG.
enum Charts {
  /// The kinds `capplan chart --kind` takes, in the order the HTML report shows them.
  static let kinds = ["day", "forecast", "stack", "headroom", "curve", "events"]

  /// The chart `kind` of `report`; `standalone` false leaves out the XML namespace for
  /// inline use in HTML.
  static func render(_ kind: String, _ report: Report, standalone: Bool = true) -> String {
    switch kind {
    case "forecast": return ForecastChart.render(report, standalone: standalone)
    case "stack": return StackChart.render(report, standalone: standalone)
    case "headroom": return HeadroomChart.render(report, standalone: standalone)
    case "curve": return CurveChart.render(report, standalone: standalone)
    case "events": return EventsChart.render(report, standalone: standalone)
    default: return DayChart.render(report, standalone: standalone)
    }
  }
}
