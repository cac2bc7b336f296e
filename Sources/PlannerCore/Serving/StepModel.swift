/// How one replica's time per output token grows with its batch: the deployment's measured
/// profile where it has one, else the roofline, slowed by the deployment's operating power
/// cap. The planner, the serving curve, the validation and the report all ask this one model,
/// so a batch is judged the same way wherever it appears.
public struct StepModel: Sendable {
  public let roofline: Roofline

  public init(_ deployment: Deployment) { roofline = Roofline(deployment) }

  public var deployment: Deployment { roofline.deployment }

  /// The power curve of one GPU of a replica, as a function of the replica's batch.
  public var powerCurve: GPUPowerCurve {
    deployment.gpu.powerCurve.forTensorParallel(deployment.tensorParallel)
  }

  /// Time per output token at `batch` for requests of `promptTokens` and `outputTokens`, in
  /// seconds (model.md §4.6), under the deployment's power cap (§4.12).
  public func tpotSeconds(batch: Int, promptTokens: Double, outputTokens: Double) -> Double {
    let uncapped = uncappedTPOTSeconds(
      batch: batch, promptTokens: promptTokens, outputTokens: outputTokens)
    guard let cap = deployment.powerCapWatts else { return uncapped }
    let watts = uncappedHeldWatts(
      batch: batch, tpot: uncapped, promptTokens: promptTokens, outputTokens: outputTokens)
    return uncapped / PowerCap.speed(capWatts: cap, uncappedWatts: watts)
  }

  /// Prefill of one prompt, in seconds: the roofline's, slowed under a power cap as work that
  /// draws the board's full TDP (prefill runs at the limit, §6.1).
  public func prefillSeconds(promptTokens: Double) -> Double {
    let uncapped = roofline.prefillSeconds(promptTokens: promptTokens)
    guard let cap = deployment.powerCapWatts else { return uncapped }
    return uncapped / PowerCap.speed(capWatts: cap, uncappedWatts: deployment.gpu.tdpWatts)
  }

  /// One forward pass of a prefill-only model over `batch` prompts, in seconds, slowed under a
  /// power cap as prefill is.
  public func prefillBatchSeconds(batch: Int, promptTokens: Double) -> Double {
    let uncapped = roofline.prefillBatchSeconds(batch: batch, promptTokens: promptTokens)
    guard let cap = deployment.powerCapWatts else { return uncapped }
    return uncapped / PowerCap.speed(capWatts: cap, uncappedWatts: deployment.gpu.tdpWatts)
  }

  /// How long a generative request holds its batch slot at a given TPOT, in seconds:
  /// O × TPOT. The request's own prefill is one of the joining prefills TPOT already spreads
  /// over the steps (§4.6), so a replica's slots complete B / (O × TPOT) requests a second,
  /// B × O / (O × TPOT) = B / TPOT output tokens: one throughput per replica.
  public static func serviceSeconds(outputTokens: Double, tpot: Double) -> Double {
    outputTokens * tpot
  }

  /// Time per output token without a cap.
  func uncappedTPOTSeconds(batch: Int, promptTokens: Double, outputTokens: Double) -> Double {
    if let profile = deployment.profile {
      return profile.tpotSeconds(batch: batch, tensorParallel: deployment.gpusPerReplica)
    }
    // without traffic there is no request shape and no request joins: the bare decode step
    guard outputTokens > 0 else {
      return roofline.decodeStepSeconds(batch: batch, contextTokens: promptTokens)
    }
    return roofline.timePerOutputTokenSeconds(
      batch: batch, promptTokens: promptTokens, outputTokens: outputTokens)
  }

  /// Share of a replica's time spent prefilling with its batch held full at `batch`: B prompts
  /// per O steps of TPOT.
  public func heldPrefillShare(
    batch: Int, tpot: Double, promptTokens: Double, outputTokens: Double
  ) -> Double {
    guard outputTokens > 0, tpot > 0 else { return 0 }
    let prefill = roofline.prefillSeconds(promptTokens: promptTokens)
    return min(1, Double(batch) * prefill / (outputTokens * tpot))
  }

  /// Board watts of one GPU of a replica whose batch is held full at `batch` (every slot busy),
  /// under the deployment's cap: the one figure the plan at full occupancy, the serving curve
  /// and the validation share.
  public func heldGPUWatts(batch: Int, promptTokens: Double, outputTokens: Double) -> Double {
    let tpot = uncappedTPOTSeconds(
      batch: batch, promptTokens: promptTokens, outputTokens: outputTokens)
    let watts = uncappedHeldWatts(
      batch: batch, tpot: tpot, promptTokens: promptTokens, outputTokens: outputTokens)
    return min(watts, deployment.powerCapWatts ?? .infinity)
  }

  /// Board watts of one GPU with the batch held full at `batch`, before any cap: the measured
  /// profile's watts where it gives them, else the power curve (§6.1).
  func uncappedHeldWatts(batch: Int, tpot: Double, promptTokens: Double, outputTokens: Double)
    -> Double
  {
    if let watts = deployment.profile?.gpuWatts(batch: Double(batch)) { return watts }
    let share = heldPrefillShare(
      batch: batch, tpot: tpot, promptTokens: promptTokens, outputTokens: outputTokens)
    let activity = powerCurve.activity(prefillShare: share, heldBatch: Double(batch))
    return GPUPowerCurve.watts(deployment.gpu, activity: activity)
  }

  /// The largest batch the planner may choose and what sets it: the memory-limited batch, the
  /// engine's `maxBatch` or the largest measured batch, whichever is smallest.
  public func batchCap(maxBatchByMemory: Int) -> (batch: Int, limit: ServingPlan.BatchLimit) {
    let engine = deployment.engine.maxBatch
    let cap: (batch: Int, limit: ServingPlan.BatchLimit) =
      maxBatchByMemory <= engine ? (maxBatchByMemory, .memory) : (engine, .engine)
    if let measured = deployment.profile?.largestBatch, measured < cap.batch {
      return (measured, .profile)
    }
    return cap
  }
}
