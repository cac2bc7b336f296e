import Foundation

/// Board power as a function of the work the serving step computed, from idle to the power
/// limit: prefill runs at the limit; decode draws `decodeFloor` of the idle-to-limit range at
/// batch 1 and approaches the limit as the batch grows, with scale `decodeBatchScale`.
///
/// W = idle + (limit − idle) × activity, activity = prefill share + decode share × f(batch),
/// f(b) = floor + (1 − floor) × (1 − e^{−b / scale}).
///
/// Defaults fitted to H100 measurements (shared/measurements.md): LB-4 (Llama-3-8B, batch 1,
/// 363 W), ME-1 (Llama-3.1-8B, batch 8, 486 W), ME-2 (batch 128, 669 W), each a replica that
/// is never empty: f(b) at b = 1, 8, 128 gives 377 W, 491 W and 700 W, +4%, +1%, +5%.
public struct GPUPowerCurve: Sendable, Equatable {
  /// Share of the idle-to-limit range drawn decoding at batch 1 (0…1).
  public var decodeFloor: Double
  /// Batch size over which decode power approaches the limit.
  public var decodeBatchScale: Double

  public static let `default` = GPUPowerCurve(decodeFloor: 0.45, decodeBatchScale: 16)

  public init(decodeFloor: Double, decodeBatchScale: Double) {
    self.decodeFloor = decodeFloor
    self.decodeBatchScale = decodeBatchScale
  }

  /// Activity (0…1) of a replica that spends `prefillShare` of its time in prefill and decodes
  /// with `meanOccupancy` sequences on average the rest of the time. Occupancy below a few
  /// sequences leaves the replica empty part of the time: with Poisson occupancy of mean b the
  /// replica is busy 1 − e^{−b} of the time, holding b / (1 − e^{−b}) sequences when busy.
  public func activity(prefillShare: Double, meanOccupancy: Double) -> Double {
    let prefill = min(max(prefillShare, 0), 1)
    guard meanOccupancy > 0 else { return prefill }
    let busy = 1 - exp(-meanOccupancy)
    let whenBusy = meanOccupancy / busy
    let decode = decodeFloor + (1 - decodeFloor) * (1 - exp(-whenBusy / decodeBatchScale))
    return min(1, prefill + (1 - prefill) * busy * decode)
  }

  /// Board power at `activity` (0…1), in watts: idle + (TDP − idle) × activity.
  public static func watts(_ gpu: GPUSpec, activity: Double) -> Double {
    gpu.idleWatts + (gpu.tdpWatts - gpu.idleWatts) * min(max(activity, 0), 1)
  }
}
