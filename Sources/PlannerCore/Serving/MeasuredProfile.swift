import Foundation

/// A deployment's own benchmark (JSON `deployments[].profile`): output tokens per second per
/// GPU, and optionally GPU board watts, at one or more batch sizes. Where given it replaces
/// the roofline for TPOT and throughput, and, with watts on every point, the power curve for
/// GPU power; prefill stays modelled.
///
/// Between points both figures are linear in the batch. Below the first point each sequence
/// runs as fast as at the first point (its TPOT) and the board draws the first point's watts,
/// both on the safe side. Beyond the last point nothing is extrapolated: the planner's batch
/// never exceeds it (batch limit `profile`).
public struct MeasuredProfile: Sendable, Equatable {
  /// One measurement.
  public struct Point: Sendable, Equatable {
    /// Sequences decoded together (JSON `batch`).
    public var batch: Int
    /// Output tokens per second per GPU of the replica at this batch
    /// (JSON `outputTokensPerSecondPerGPU`).
    public var outputTokensPerSecondPerGPU: Double
    /// Mean board power of one GPU at this batch, in watts (JSON `gpuWatts`); nil when the
    /// profile measures no power.
    public var gpuWatts: Double?

    public init(batch: Int, outputTokensPerSecondPerGPU: Double, gpuWatts: Double? = nil) {
      self.batch = batch
      self.outputTokensPerSecondPerGPU = outputTokensPerSecondPerGPU
      self.gpuWatts = gpuWatts
    }
  }

  /// The measurements, in strictly increasing batch order, at least one.
  public var points: [Point]

  public init(points: [Point]) { self.points = points }

  /// Whether every point gives its watts, so that GPU power comes from the profile.
  public var measuresWatts: Bool { points.allSatisfy { $0.gpuWatts != nil } }

  /// The largest measured batch: the most the planner may choose.
  public var largestBatch: Int { points.last?.batch ?? 0 }

  /// Output tokens per second per GPU at `batch`: linear between points; below the first,
  /// the first point's rate per sequence; beyond the last, the last point's rate per sequence.
  public func outputTokensPerSecondPerGPU(batch: Double) -> Double {
    guard let first = points.first, let last = points.last else { return 0 }
    if batch <= Double(first.batch) {
      return first.outputTokensPerSecondPerGPU / Double(first.batch) * batch
    }
    if batch >= Double(last.batch) {
      return last.outputTokensPerSecondPerGPU / Double(last.batch) * batch
    }
    return interpolate(batch, \.outputTokensPerSecondPerGPU)
  }

  /// Board watts of one GPU at `batch`, linear between points and held at the first and last
  /// points' watts outside them; nil when the profile measures no power.
  public func gpuWatts(batch: Double) -> Double? {
    guard measuresWatts, let first = points.first, let last = points.last else { return nil }
    if batch <= Double(first.batch) { return first.gpuWatts }
    if batch >= Double(last.batch) { return last.gpuWatts }
    return interpolate(batch) { $0.gpuWatts ?? 0 }
  }

  /// Time per output token at `batch` on a replica of `tensorParallel` GPUs, in seconds:
  /// batch / (tokens per second per GPU × GPUs).
  public func tpotSeconds(batch: Int, tensorParallel: Int) -> Double {
    let b = Double(batch)
    return b / (outputTokensPerSecondPerGPU(batch: b) * Double(tensorParallel))
  }

  /// Activity (0…1) of `gpu` at a mean occupancy of `meanOccupancy` sequences, from the
  /// measured watts: busy 1 − e^{−b} of the time (Poisson occupancy, as the power curve), then
  /// drawing the watts measured at b / busy sequences (busy as `GPUPowerCurve.activity`, out of
  /// `slots`); nil when the profile measures no power.
  public func activity(gpu: GPUSpec, meanOccupancy: Double, slots: Double = .infinity)
    -> Double?
  {
    guard measuresWatts else { return nil }
    return activity(
      idleWatts: gpu.idleWatts, tdpWatts: gpu.tdpWatts, meanOccupancy: meanOccupancy, slots: slots)
  }

  /// The activity of a board drawing `idleWatts` to `tdpWatts`, for a profile that measures
  /// watts.
  func activity(idleWatts: Double, tdpWatts: Double, meanOccupancy: Double, slots: Double)
    -> Double
  {
    guard meanOccupancy > 0, tdpWatts > idleWatts else { return 0 }
    let busy = GPUPowerCurve.busyShare(meanOccupancy: meanOccupancy, slots: slots)
    let watts = gpuWatts(batch: meanOccupancy / busy) ?? idleWatts
    let mean = idleWatts + busy * (watts - idleWatts)
    return min(1, max(0, (mean - idleWatts) / (tdpWatts - idleWatts)))
  }

  private func interpolate(_ batch: Double, _ value: (Point) -> Double) -> Double {
    let upper = points.firstIndex { Double($0.batch) >= batch } ?? points.count - 1
    let a = points[max(upper - 1, 0)]
    let b = points[upper]
    guard b.batch > a.batch else { return value(b) }
    let t = (batch - Double(a.batch)) / Double(b.batch - a.batch)
    return value(a) + t * (value(b) - value(a))
  }

  /// Refuses points whose batch exceeds the sequences that fit in memory (`maxBatchByMemory`
  /// for the deployment's mean context); `path` is the profile's.
  public func checkFitsMemory(maxBatchByMemory: Int, contextTokens: Double, path: JSONPath)
    throws(DiagnosticError)
  {
    let problems = points.enumerated().filter { $0.element.batch > maxBatchByMemory }.map {
      Diagnostic(
        path: path.appending(index: $0.offset).appending("batch").description, at: nil,
        "batch \($0.element.batch) exceeds the \(maxBatchByMemory) sequences of \(Format.grouped(contextTokens, 0)) tokens that fit in memory",
        hint: "drop the point, or raise tensorParallel or engine.memoryUtilization")
    }
    guard problems.isEmpty else { throw DiagnosticError(problems) }
  }
}
