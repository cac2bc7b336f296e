import PlannerCore

extension CheckText {
  /// `capplan check`'s output: one line per check with what the policy found, then the verdict.
  static func render(_ verdict: GateVerdict, file: String) -> String {
    var text = ""
    for row in verdict.rows {
      text += "\(row.status.rawValue.uppercased()) \(row.name): \(figures(row)) — \(row.detail)"
      for finding in row.findings { text += "; \(finding)" }
      if let waiver = row.waiver { text += "; waived \(waiver)" }
      text += "\n"
    }
    return text + "\(file): " + summary(verdict) + "\n"
  }

  /// `32.1 of 34.4 kW, headroom 6.7%`.
  static func figures(_ row: GateRow) -> String {
    let digits = row.unit == "J/token" ? 3 : 1
    return
      "\(Format.grouped(row.load, digits)) of \(Format.grouped(row.limit, digits)) \(row.unit), headroom \(Format.percent(row.headroom, 1))"
  }

  /// `verdict: FAIL (13 checks: 11 pass, 1 warn, 1 fail)`, with waived rows and `--strict`
  /// said when they apply.
  static func summary(_ verdict: GateVerdict) -> String {
    var counts =
      "\(verdict.count(.pass)) pass, \(verdict.count(.warn)) warn, \(verdict.count(.fail)) fail"
    if verdict.count(.waived) > 0 { counts += ", \(verdict.count(.waived)) waived" }
    return
      "verdict: \(verdict.status.rawValue.uppercased()) (\(verdict.rows.count) checks: \(counts))"
      + (verdict.strict ? "; strict: warnings fail" : "")
  }
}
