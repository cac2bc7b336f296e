import Foundation

/// The calibration of the engine factors (docs/validation.md §3): for each engine kind, the
/// factors that minimise Σ ln²(capplan tok/s ÷ measured tok/s) over that kind's fitting rows,
/// by coordinate descent over fixed grids; and the same fit with each row left out in turn, to
/// estimate that row out of sample (leave-one-out).
public enum EngineFit {
  /// The rows of `kind` that take part in its fit.
  public static func fittingRows(
    _ kind: Engine.Kind, in measurements: [PublishedMeasurement] = PublishedMeasurements.all
  ) -> [PublishedMeasurement] {
    measurements.filter { $0.fitted && $0.benchmark.engine == kind }
  }

  /// The estimate of `measurement` with `factors` in place of its kind's calibrated ones (the
  /// benchmark's own batch cap kept).
  public static func estimate(_ measurement: PublishedMeasurement, factors: EngineFactors)
    -> BenchmarkEstimate?
  {
    let benchmark = measurement.benchmark
    guard var deployment = benchmark.deployment() else { return nil }
    let maxBatch = deployment.engine.maxBatch
    deployment.engine = factors.engine(benchmark.engine, precision: benchmark.weightPrecision)
    deployment.engine.maxBatch = maxBatch
    return benchmark.estimate(deployment)
  }

  /// Σ ln²(estimate ÷ measured) of the throughput over `rows`.
  public static func loss(_ factors: EngineFactors, rows: [PublishedMeasurement]) -> Double {
    rows.map { row in
      guard let e = estimate(row, factors: factors), e.tokensPerSecond > 0 else { return 100 }
      let l = log(e.tokensPerSecond / row.tokensPerSecond)
      return l * l
    }.reduce(0, +)
  }

  /// The grid each factor moves over (within physical bounds: memory at most 0.90 of its peak,
  /// GEMMs at most 0.70 of the tensor peak, all-reduces at 0.4 of the link or more), empty for a factor `rows` cannot identify (a precision
  /// class without a row, communication without tensor parallelism, expert GEMMs without a
  /// mixture of experts). Order: memory, tensor 16/8/4-bit, step, per sequence, all-reduce,
  /// interconnect, expert GEMMs.
  public static func grids(for rows: [PublishedMeasurement]) -> [[Double]] {
    let classes = Set(rows.map { EngineFactors.PrecisionClass($0.benchmark.weightPrecision) })
    let parallel = rows.contains { $0.benchmark.tensorParallel > 1 }
    let moe = rows.contains { row in
      Catalog.builtIn.model(row.benchmark.modelID).map { $0.experts > 1 } ?? false
    }
    let tensor = CoordinateDescent.grid(0.10, 0.70, step: 0.02)
    return [
      CoordinateDescent.grid(0.50, 0.90, step: 0.025),
      classes.contains(.sixteenBit) ? tensor : [],
      classes.contains(.eightBit) ? tensor : [],
      classes.contains(.fourBit) ? tensor : [],
      CoordinateDescent.grid(0, 8, step: 0.25),
      CoordinateDescent.grid(0, 200, step: 5),
      parallel ? CoordinateDescent.grid(0, 100, step: 5) : [],
      parallel ? CoordinateDescent.grid(0.4, 1.0, step: 0.1) : [],
      moe ? CoordinateDescent.grid(0.20, 1.0, step: 0.05) : [],
    ]
  }

  /// The factors fitted on `rows`, starting from `start`.
  public static func fit(_ rows: [PublishedMeasurement], from start: EngineFactors)
    -> EngineFactors
  {
    let best = CoordinateDescent.minimize(
      start: vector(start), grids: grids(for: rows)
    ) { loss(factors($0), rows: rows) }
    return factors(best)
  }

  /// Each fitting row of every kind estimated by the factors fitted without it, by row id.
  public static func leaveOneOut(
    _ measurements: [PublishedMeasurement] = PublishedMeasurements.all
  ) -> [String: BenchmarkEstimate] {
    var estimates: [String: BenchmarkEstimate] = [:]
    for kind in Engine.Kind.allCases {
      let rows = fittingRows(kind, in: measurements)
      let start = EngineFactors.calibrated(kind)
      for (i, row) in rows.enumerated() {
        var others = rows
        others.remove(at: i)
        estimates[row.id] = estimate(row, factors: fit(others, from: start))
      }
    }
    return estimates
  }

  static func vector(_ f: EngineFactors) -> [Double] {
    [f.memoryEfficiency] + f.tensor + [
      f.stepOverheadMs, f.sequenceOverheadMicroseconds, f.allReduceMicroseconds,
      f.interconnectEfficiency, f.expertGEMMEfficiency,
    ]
  }

  static func factors(_ v: [Double]) -> EngineFactors {
    EngineFactors(
      memoryEfficiency: v[0], tensor: Array(v[1...3]), stepOverheadMs: v[4],
      sequenceOverheadMicroseconds: v[5], allReduceMicroseconds: v[6],
      interconnectEfficiency: v[7], expertGEMMEfficiency: v[8])
  }
}
