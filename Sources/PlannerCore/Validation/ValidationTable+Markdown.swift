/// The validation tables as docs/validation.md carries them between its markers.
extension ValidationTable {
  /// Every row, the leave-one-out rows, and the summaries.
  public var markdown: String {
    var lines = [
      "| ID | Model | GPU × count | TP | Batch / scenario | ISL / OSL | Measured tok/s | capplan tok/s | Error | Boundary | Measured W | capplan W | Error | Measured J/token | capplan J/token | Error | Role | Source |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows { lines.append(line(row)) }
    lines += [
      "",
      "Leave-one-out: each fitted row estimated by its engine kind's factors refitted without it.",
      "",
    ]
    lines.append(
      "| ID | Engine | In-sample tok/s error | Leave-one-out tok/s | Error | Leave-one-out J/token error |"
    )
    lines.append("|---|---|---|---|---|---|")
    for row in rows {
      guard let loo = row.leaveOneOut else { continue }
      let m = row.measurement
      lines.append(
        "| \(m.id) | \(m.benchmark.engine.rawValue) | \(signed(row.throughputError)) | \(Format.grouped(loo.tokensPerSecond, 1)) | \(signed(Row.throughputError(loo, m))) | \(Row.energyError(loo, m).map(signed) ?? "-") |"
      )
    }
    lines += [
      "",
      "| Rows | n | Throughput MdAPE | P90 | Watts MdAPE | P90 | n | J/token MdAPE | P90 | n |",
      "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for group in Self.groups {
      let s = summary(outOfSample: group.outOfSample, group.include)
      let cells = [
        group.name, "\(s.throughput.count)", Format.percent(s.throughput.median, 1),
        Format.percent(s.throughput.p90, 1), Format.percent(s.watts.median, 1),
        Format.percent(s.watts.p90, 1), "\(s.watts.count)", Format.percent(s.energy.median, 1),
        Format.percent(s.energy.p90, 1), "\(s.energy.count)",
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func line(_ row: Row) -> String {
    let m = row.measurement
    let b = m.benchmark
    let e = row.estimate
    let role = m.heldOut ? "held out" : m.fitted ? "fit" : "not fitted"
    let power = b.boundary == .none
    func optional(_ value: Double?, _ decimals: Int) -> String {
      value.map { Format.grouped($0, decimals) } ?? "-"
    }
    let measuredPower = power ? "-" : optional(m.watts, 1)
    let estimatedPower = power ? "-" : optional(e.watts, 1)
    let measuredEnergy = power ? "-" : optional(m.joulesPerToken, 4)
    let estimatedEnergy = power ? "-" : optional(e.joulesPerToken, 4)
    let setup: [String] = [
      m.id, m.model, "\(b.gpuID) × \(b.gpus)", "\(b.tensorParallel)",
      m.scenario + " (capplan b = \(e.batch))",
      "\(Format.plain(b.promptTokens)) / \(Format.plain(b.outputTokens))",
    ]
    let speed: [String] = [
      Format.grouped(m.tokensPerSecond, 1), Format.grouped(e.tokensPerSecond, 1),
      signed(row.throughputError), b.boundary.rawValue,
    ]
    let energy: [String] = [
      measuredPower, estimatedPower, row.wattsError.map(signed) ?? "-", measuredEnergy,
      estimatedEnergy, row.energyError.map(signed) ?? "-", role, m.source,
    ]
    let cells = setup + speed + energy
    return "| " + cells.joined(separator: " | ") + " |"
  }

  private func signed(_ fraction: Double) -> String {
    (fraction >= 0 ? "+" : "") + Format.percent(fraction, 1)
  }
}
