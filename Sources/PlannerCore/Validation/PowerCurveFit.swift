import Foundation

/// The calibration of a GPU's power curve (docs/validation.md §3): the curve that minimises
/// Σ ln²(capplan board watts ÷ measured) over the fitting rows with board power on that GPU,
/// by coordinate descent over fixed grids, each row estimated at its held batch with the
/// calibrated engine (so the prefill share is the planner's own).
public enum PowerCurveFit {
  /// The fitting rows of `gpu` that published board power (GPU boards or GPU 0).
  public static func fittingRows(
    _ gpu: String, in measurements: [PublishedMeasurement] = PublishedMeasurements.all
  ) -> [PublishedMeasurement] {
    measurements.filter {
      $0.fitted && $0.benchmark.gpuID == gpu && $0.watts != nil
        && [.gpuBoards, .firstGPU].contains($0.benchmark.boundary)
    }
  }

  /// Measured board watts of one GPU of `row`.
  public static func measuredGPUWatts(_ row: PublishedMeasurement) -> Double {
    let watts = row.watts ?? 0
    return row.benchmark.boundary == .gpuBoards ? watts / Double(row.benchmark.gpus) : watts
  }

  /// capplan's board watts of one GPU of `row` with `curve` in place of its GPU's.
  public static func estimatedGPUWatts(_ row: PublishedMeasurement, curve: GPUPowerCurve)
    -> Double?
  {
    guard var deployment = row.benchmark.deployment() else { return nil }
    deployment.gpu.powerCurve = curve
    return row.benchmark.estimate(deployment)?.gpuWatts
  }

  /// Σ ln²(estimate ÷ measured) of the board watts over `rows`.
  public static func loss(_ curve: GPUPowerCurve, rows: [PublishedMeasurement]) -> Double {
    guard curve.decodeCeiling >= curve.decodeFloor else { return .infinity }
    return rows.map { row in
      guard let w = estimatedGPUWatts(row, curve: curve), w > 0 else { return 100 }
      let l = log(w / measuredGPUWatts(row))
      return l * l
    }.reduce(0, +)
  }

  /// Floor 0.30–1.00 and ceiling 0.50–1.00 in 0.01 steps, batch scale 1–1,024 in steps of
  /// ×2^(1/4), exponent 0.3–3.0 in 0.1 steps.
  public static let grids: [[Double]] = [
    CoordinateDescent.grid(0.30, 1.0, step: 0.01),
    (0...40).map { pow(2, Double($0) / 4) },
    CoordinateDescent.grid(0.3, 3.0, step: 0.1),
    CoordinateDescent.grid(0.50, 1.0, step: 0.01),
  ]

  /// The curve fitted on `rows`, starting from `start`.
  public static func fit(_ rows: [PublishedMeasurement], from start: GPUPowerCurve)
    -> GPUPowerCurve
  {
    func curve(_ v: [Double]) -> GPUPowerCurve {
      GPUPowerCurve(
        decodeFloor: v[0], decodeBatchScale: v[1], decodeBatchExponent: v[2], decodeCeiling: v[3])
    }
    let v = CoordinateDescent.minimize(
      start: [
        start.decodeFloor, start.decodeBatchScale, start.decodeBatchExponent,
        start.decodeCeiling,
      ], grids: grids
    ) { loss(curve($0), rows: rows) }
    return curve(v)
  }
}
