import Foundation

/// Board power as a function of the work the serving step computed, from idle to the power
/// limit: prefill runs at the limit; decode draws a share of the idle-to-limit range that
/// rises with the sequences each GPU holds (JSON `catalog.gpus[].powerCurve`).
///
/// W = idle + (limit − idle) × activity, activity = prefill share + decode share × f(b),
/// f(b) = floor + (ceiling − floor) × (1 − e^{−(b / scale)^exponent}),
/// where b is the batch per GPU of the tensor-parallel group (`forTensorParallel`).
///
/// Each GPU of the catalog carries its own curve, fitted where measurements exist
/// (BuiltInGPUs, docs/validation.md §3).
public struct GPUPowerCurve: Sendable, Equatable, Codable {
  /// Share of the idle-to-limit range drawn decoding one sequence (0…1, JSON `decodeFloor`).
  public var decodeFloor: Double
  /// Batch over which decode power approaches its ceiling (JSON `decodeBatchScale`).
  public var decodeBatchScale: Double
  /// How sharply decode power rises with the batch: 1 an exponential approach, below 1 a
  /// slower, log-like one (JSON `decodeBatchExponent`).
  public var decodeBatchExponent: Double
  /// Share of the range drawn decoding a very large batch (0…1, JSON `decodeCeiling`).
  public var decodeCeiling: Double

  /// Fitted on the H100 SXM rows (BuiltInGPUs); the modelled curve of GPUs without data.
  public static let `default` = GPUPowerCurve(
    decodeFloor: 0.60, decodeBatchScale: 118, decodeBatchExponent: 0.8, decodeCeiling: 1.0)

  public init(
    decodeFloor: Double, decodeBatchScale: Double, decodeBatchExponent: Double = 1,
    decodeCeiling: Double = 1
  ) {
    self.decodeFloor = decodeFloor
    self.decodeBatchScale = decodeBatchScale
    self.decodeBatchExponent = decodeBatchExponent
    self.decodeCeiling = decodeCeiling
  }

  /// The curve of one GPU of a `tensorParallel`-wide replica, as a function of the replica's
  /// batch: each GPU draws as for batch ÷ TP (ME-7 at TP4 and ME-11 at TP8 draw as TP1 rows
  /// of a quarter and an eighth of their batch).
  public func forTensorParallel(_ tensorParallel: Int) -> GPUPowerCurve {
    var curve = self
    curve.decodeBatchScale *= Double(max(tensorParallel, 1))
    return curve
  }

  /// Share of the idle-to-limit range (0…1) drawn decoding a batch of `batch` sequences that
  /// never empties.
  public func decodeLevel(batch: Double) -> Double {
    guard batch > 0 else { return 0 }
    let rise = 1 - exp(-pow(batch / decodeBatchScale, decodeBatchExponent))
    return decodeFloor + (decodeCeiling - decodeFloor) * rise
  }

  /// Activity (0…1) of a replica that spends `prefillShare` of its time in prefill and decodes
  /// with `meanOccupancy` sequences on average the rest of the time, out of `slots`. Occupancy
  /// below a few sequences leaves the replica empty part of the time: with Poisson occupancy
  /// of mean b the replica is empty e^{−b} of the time, and never once every slot is held, so
  /// it is busy 1 − e^{−b} (1 − b / slots) of the time, holding b / busy sequences when busy.
  /// At b = slots this is the held batch of `activity(prefillShare:heldBatch:)`, so a plan, its
  /// curve and the validation read one watts figure for one held batch.
  public func activity(prefillShare: Double, meanOccupancy: Double, slots: Double = .infinity)
    -> Double
  {
    let prefill = min(max(prefillShare, 0), 1)
    guard meanOccupancy > 0 else { return prefill }
    let busy = Self.busyShare(meanOccupancy: meanOccupancy, slots: slots)
    let whenBusy = meanOccupancy / busy
    return min(1, prefill + (1 - prefill) * busy * decodeLevel(batch: whenBusy))
  }

  /// Share of the time a replica of `slots` slots holding `meanOccupancy` sequences on average
  /// is busy: 1 − e^{−b} (1 − b / slots). From b = 38 on, e^{−b} < 2⁻⁵⁴ and the difference
  /// rounds to exactly 1, so the exponential is not computed (a busy replica, every slot of
  /// every month's day).
  static func busyShare(meanOccupancy b: Double, slots: Double) -> Double {
    b >= 38 ? 1 : 1 - exp(-b) * max(0, 1 - b / slots)
  }

  /// Activity (0…1) of a replica whose batch is held full at `batch` sequences (a benchmark
  /// that keeps the engine saturated), `prefillShare` of the time in prefill.
  public func activity(prefillShare: Double, heldBatch batch: Double) -> Double {
    let prefill = min(max(prefillShare, 0), 1)
    return min(1, prefill + (1 - prefill) * decodeLevel(batch: batch))
  }

  /// Board power at `activity` (0…1), in watts: idle + (TDP − idle) × activity.
  public static func watts(_ gpu: GPUSpec, activity: Double) -> Double {
    watts(idle: gpu.idleWatts, tdp: gpu.tdpWatts, activity: activity)
  }

  /// Board power at `activity` of a board drawing `idle` to `tdp` watts.
  static func watts(idle: Double, tdp: Double, activity: Double) -> Double {
    idle + (tdp - idle) * min(max(activity, 0), 1)
  }
}
