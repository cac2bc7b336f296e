import PlannerCore

extension TextReport {
  /// The day's busiest slot with deferrable work in the valleys against spread evenly.
  static func valleyFill(_ d: DailyReport) -> String {
    guard let v = d.valleyFill else { return "" }
    return wrap(
      "deferrable work in the valleys: busiest slot \(kw(v.peakITKWFilled)) IT, against "
        + "\(kw(v.peakITKWSpread)) spread evenly; the same \(Format.grouped(v.outputTokensFilled / 1e6, 1)) M tokens",
      width: 100, indent: "  ") + "\n"
  }

  /// The horizon month by month: load, fleet, power and the tightest site limit; then energy,
  /// cost and carbon when the scenario prices or weighs its energy.
  static func forecast(_ report: Report) -> String? {
    guard let months = report.forecast, let horizon = report.horizon, !months.isEmpty else {
      return nil
    }
    var table = TextTable([
      ("month", .left), ("peak req/s", .right), ("GPUs", .right), ("racks", .right),
      ("IT kW", .right), ("facility kW", .right), ("tightest limit", .left),
      ("headroom", .right), ("status", .left),
    ])
    for m in months {
      table.add([
        m.month, Format.grouped(m.peakRequestsPerSecond, 0), Format.grouped(Double(m.gpus), 0),
        Format.grouped(Double(m.racks), 0), Format.grouped(m.itPeakKW, 0),
        Format.grouped(m.facilityPeakKW, 0), m.tightestLimit ?? "-",
        m.tightestHeadroom.map { $0 < -9.99 ? "< -999%" : Format.percent($0, 1) } ?? "-",
        m.status.rawValue,
      ])
    }
    let span =
      horizon.startMonth.map { "from \($0), \(count(horizon.months, "month"))" }
      ?? "\(count(horizon.months, "month")) at today's traffic (no growth given)"
    var text =
      wrap(
        "Forecast \(span): each month at its own peak and design ambient, GPUs installed "
          + (horizon.install == "upFront" ? "up front" : "as needed"), width: 100) + "\n"
      + table.rendered
    text +=
      "  horizon: \(Format.grouped(horizon.itMWh, 0)) MWh IT, "
      + "\(Format.grouped(horizon.facilityMWh, 0)) MWh facility, cost \(Format.grouped(horizon.cost, 0)), "
      + "\(Format.grouped(horizon.carbonTonnes, 1)) t CO2e\n"
    if horizon.cost > 0 || horizon.carbonTonnes > 0 { text += "\n" + monthlyEnergy(months) }
    return text
  }

  /// Energy, cost and carbon by month, with each surface's cost per 1,000 requests in the
  /// month.
  static func monthlyEnergy(_ months: [ForecastMonthReport]) -> String {
    var table = TextTable([
      ("month", .left), ("IT MWh", .right), ("facility MWh", .right), ("tok/J", .right),
      ("cost", .right), ("t CO2e", .right), ("cost/1k req", .right), ("g CO2e/1k req", .right),
    ])
    for m in months {
      let requests = m.surfaces.map(\.requests).reduce(0, +)
      table.add([
        m.month, Format.grouped(m.itKWh / 1000, 1), Format.grouped(m.facilityKWh / 1000, 1),
        Format.fixed(m.tokensPerJoule, 2), Format.grouped(m.cost, 0),
        Format.grouped(m.carbonKg / 1000, 1),
        requests > 0 ? Format.fixed(m.cost / requests * 1000, 4) : "-",
        requests > 0 ? Format.grouped(m.carbonKg / requests * 1e6, 1) : "-",
      ])
    }
    return
      "Energy, cost and carbon by month (each month's mean temperature; cost with demand charge)\n"
      + table.rendered
  }

  /// Every limit that warns or fails within the horizon, with its order-by month.
  static func runway(_ report: Report) -> String? {
    guard let runway = report.runway, let horizon = report.horizon else { return nil }
    let shown = runway.filter { $0.firstWarn != nil }
    var text = "Runway: "
    if let first = report.summary.firstLimitToFail, let months = report.summary.runwayMonths {
      let entry = runway.first { $0.limit == first }
      text +=
        "\(count(months, "month")); '\(first)' fails first, in \(entry?.firstFail ?? "-")"
      if let order = entry?.orderBy { text += ", order by \(order)" }
      if let late = entry?.lateByMonths { text += " (late by \(count(late, "month")))" }
      text += "\n"
    } else {
      text += "no limit fails within the horizon (\(count(horizon.months, "month")))\n"
    }
    guard !shown.isEmpty else {
      return text + "  every limit keeps its headroom through the horizon\n"
    }
    var table = TextTable([
      ("limit", .left), ("first warn", .left), ("first fail", .left), ("lead", .right),
      ("order by", .left), ("", .left),
    ])
    for r in shown {
      table.add([
        r.limit, r.firstWarn ?? "-", r.firstFail ?? "not within",
        r.leadTimeMonths.map { "\($0) mo" } ?? "-", r.orderBy ?? "-",
        r.lateByMonths.map { "late \($0) mo" } ?? "",
      ])
    }
    let quiet = runway.count - shown.count
    return text + table.rendered
      + (quiet > 0
        ? "  \(count(quiet, "other limit")) keep their headroom through the horizon\n" : "")
  }
}
