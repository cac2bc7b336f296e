/// capplan's estimates beside the published measurements, their errors and summary figures:
/// in sample, leave-one-out for the rows the fits used, held out, and never fitted.
public struct ValidationTable: Sendable {
  /// One measurement, capplan's estimate for it, and, for a row the fit used, its estimate by
  /// the factors fitted without it.
  public struct Row: Sendable {
    public var measurement: PublishedMeasurement
    public var estimate: BenchmarkEstimate
    public var leaveOneOut: BenchmarkEstimate?

    /// (capplan − measured) / measured, for output tokens per second.
    public var throughputError: Double { Self.throughputError(estimate, measurement) }
    /// The same for the power within the row's boundary; nil when none was published.
    public var wattsError: Double? { Self.wattsError(estimate, measurement) }
    /// The same for joules per output token; nil when no power was published.
    public var energyError: Double? { Self.energyError(estimate, measurement) }

    static func throughputError(_ e: BenchmarkEstimate, _ m: PublishedMeasurement) -> Double {
      e.tokensPerSecond / m.tokensPerSecond - 1
    }
    static func wattsError(_ e: BenchmarkEstimate, _ m: PublishedMeasurement) -> Double? {
      guard let measured = m.watts, let est = e.watts else { return nil }
      return est / measured - 1
    }
    static func energyError(_ e: BenchmarkEstimate, _ m: PublishedMeasurement) -> Double? {
      guard let measured = m.joulesPerToken, let est = e.joulesPerToken else { return nil }
      return est / measured - 1
    }

    /// The estimate that did not see this row: the leave-one-out one for a fitted row, the
    /// plain one for any other.
    public var outOfSample: BenchmarkEstimate { leaveOneOut ?? estimate }
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

  /// Throughput, watts and J per token summaries of a set of rows.
  public struct Summaries: Sendable, Equatable {
    public var throughput: Summary
    public var watts: Summary
    public var energy: Summary
  }

  public var rows: [Row]

  /// The table of `measurements`; with `leaveOneOut`, each fitted row also estimated by its
  /// engine kind's factors refitted without it (`EngineFit.leaveOneOut`).
  public init(
    _ measurements: [PublishedMeasurement] = PublishedMeasurements.all, leaveOneOut: Bool = true
  ) {
    let loo = leaveOneOut ? EngineFit.leaveOneOut(measurements) : [:]
    rows = measurements.compactMap { m in
      m.benchmark.estimate().map { Row(measurement: m, estimate: $0, leaveOneOut: loo[m.id]) }
    }
  }

  /// Summaries of the rows `include` selects, each by its in-sample estimate, or with
  /// `outOfSample` by the estimate that did not see it.
  public func summary(outOfSample: Bool = false, _ include: (PublishedMeasurement) -> Bool)
    -> Summaries
  {
    let chosen = rows.filter { include($0.measurement) }.map {
      (outOfSample ? $0.outOfSample : $0.estimate, $0.measurement)
    }
    return Summaries(
      throughput: Summary(chosen.map { Row.throughputError($0, $1) }),
      watts: Summary(chosen.compactMap { Row.wattsError($0, $1) }),
      energy: Summary(chosen.compactMap { Row.energyError($0, $1) }))
  }

  /// The groups the summary table reports, by name: the target is on "not used for fitting".
  public static let groups:
    [(name: String, outOfSample: Bool, include: @Sendable (PublishedMeasurement) -> Bool)] = [
      ("fitted, in sample", false, { $0.fitted }),
      ("fitted, leave-one-out", true, { $0.fitted }),
      ("held out", false, { $0.heldOut }),
      ("not used for fitting: held out + leave-one-out", true, { $0.fitted || $0.heldOut }),
      (
        "never fitted (other engines, host-bound, 2025 catalog)", false,
        {
          !$0.fitted && !$0.heldOut
        }
      ),
      ("2025 catalog (not fitted)", false, { PublishedMeasurements.isNewHardware($0) }),
    ]
}
