/// capplan's estimates beside the published measurements, their errors and summary figures.
public struct ValidationTable: Sendable {
  /// One measurement and capplan's estimate for it.
  public struct Row: Sendable {
    public var measurement: PublishedMeasurement
    public var estimate: BenchmarkEstimate
    /// (capplan − measured) / measured, for output tokens per second.
    public var throughputError: Double {
      estimate.tokensPerSecond / measurement.tokensPerSecond - 1
    }
    /// The same for joules per output token; nil when no power was published.
    public var energyError: Double? {
      guard let measured = measurement.joulesPerToken, let est = estimate.joulesPerToken
      else { return nil }
      return est / measured - 1
    }
  }

  /// Median and 90th percentile of absolute errors (nearest rank), and how many rows.
  public struct Summary: Sendable, Equatable {
    public var median: Double
    public var p90: Double
    public var count: Int

    init(_ errors: [Double]) {
      let sorted = errors.map(abs).sorted()
      count = sorted.count
      guard !sorted.isEmpty else {
        median = 0
        p90 = 0
        return
      }
      let n = sorted.count
      median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
      let rank = Int((0.9 * Double(n)).rounded(.up))
      p90 = sorted[max(rank - 1, 0)]
    }
  }

  public var rows: [Row]

  public init(_ measurements: [PublishedMeasurement] = PublishedMeasurements.all) {
    rows = measurements.compactMap { m in
      m.benchmark.estimate().map { Row(measurement: m, estimate: $0) }
    }
  }

  /// Throughput and energy summaries of the rows `include` selects.
  public func summary(_ include: (PublishedMeasurement) -> Bool) -> (
    throughput: Summary, energy: Summary
  ) {
    let chosen = rows.filter { include($0.measurement) }
    return (Summary(chosen.map(\.throughputError)), Summary(chosen.compactMap(\.energyError)))
  }

  // MARK: - Markdown

  /// The table and its summary, as docs/validation.md carries them between its markers.
  public var markdown: String {
    var lines = [
      "| ID | Model | GPU × count | TP | Batch / scenario | ISL / OSL | Measured tok/s | capplan tok/s | Error | Boundary | Measured W | capplan W | Measured J/token | capplan J/token | Error | Role | Source |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows { lines.append(line(row)) }
    lines.append("")
    lines.append(
      "| Rows | Throughput: median \\|error\\| | P90 | n | J/token: median \\|error\\| | P90 | n |")
    lines.append("|---|---|---|---|---|---|---|")
    let groups: [(String, (PublishedMeasurement) -> Bool)] = [
      ("fitted", { $0.fitted }), ("held out", { $0.heldOut }), ("all", { _ in true }),
      ("2025 catalog (not fitted)", { PublishedMeasurements.isNewHardware($0) }),
    ]
    for (name, include) in groups {
      let s = summary(include)
      lines.append(
        "| \(name) | \(Format.percent(s.throughput.median, 1)) | \(Format.percent(s.throughput.p90, 1)) | \(s.throughput.count) | \(Format.percent(s.energy.median, 1)) | \(Format.percent(s.energy.p90, 1)) | \(s.energy.count) |"
      )
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
    let cells = [
      m.id, m.model, "\(b.gpuID) × \(b.gpus)", "\(b.tensorParallel)",
      m.scenario + " (capplan b = \(e.batch))",
      "\(Format.plain(b.promptTokens)) / \(Format.plain(b.outputTokens))",
      Format.grouped(m.tokensPerSecond, 1), Format.grouped(e.tokensPerSecond, 1),
      signed(row.throughputError), b.boundary.rawValue,
      power ? "-" : optional(m.watts, 1), power ? "-" : optional(e.watts, 1),
      power ? "-" : optional(m.joulesPerToken, 4), power ? "-" : optional(e.joulesPerToken, 4),
      row.energyError.map(signed) ?? "-", role, m.source,
    ]
    return "| " + cells.joined(separator: " | ") + " |"
  }

  private func signed(_ fraction: Double) -> String {
    (fraction >= 0 ? "+" : "") + Format.percent(fraction, 1)
  }
}
