import Foundation
import PlannerCore

/// Time series as CSV for spreadsheets and dashboards: a header row, then one row per slot
/// and component, or per month. Numbers are plain decimals (no grouping), text is quoted only
/// when it holds a comma or a quote. Reads only the Report.
enum CSVReport {
  /// The representative day: time, component, requests/s, output tokens/s, kW.
  static func slots(_ report: Report) -> String {
    var lines = ["time,component,requestsPerSecond,outputTokensPerSecond,kW"]
    for row in report.slotSeries ?? [] {
      lines.append(
        [
          row.time, field(row.component), number(row.requestsPerSecond),
          number(row.outputTokensPerSecond), number(row.kilowatts),
        ].joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The forecast: one row per month.
  static func months(_ report: Report) -> String {
    var lines = [
      "month,peakRequestsPerSecond,gpus,nodes,racks,itPeakKW,facilityPeakKW,itPlannedKW,"
        + "facilityPlannedKW,pue,tokensPerJoule,itKWh,facilityKWh,cost,carbonKg,status,"
        + "tightestLimit,tightestHeadroom"
    ]
    for m in report.forecast ?? [] {
      lines.append(
        [
          m.month, number(m.peakRequestsPerSecond), "\(m.gpus)", "\(m.nodes)", "\(m.racks)",
          number(m.itPeakKW), number(m.facilityPeakKW), number(m.itPlannedKW),
          number(m.facilityPlannedKW), number(m.pue), number(m.tokensPerJoule), number(m.itKWh),
          number(m.facilityKWh), number(m.cost), number(m.carbonKg), m.status.rawValue,
          field(m.tightestLimit ?? ""), m.tightestHeadroom.map(number) ?? "",
        ].joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// At most four decimals, trailing zeros dropped.
  static func number(_ value: Double) -> String {
    var text = Format.fixed(value, 4)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  /// A text field, quoted when it must be (RFC 4180).
  static func field(_ text: String) -> String {
    guard text.contains(",") || text.contains("\"") || text.contains("\n") else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
