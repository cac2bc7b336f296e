/// The batch/latency trade of one deployment: at a set of batch sizes, how fast each sequence
/// runs, how much a replica produces, what its GPUs draw and how many tokens each joule buys.
/// A pure function of a sized deployment, from the same step model and power curve the
/// planner used for it (model.md §4.10): no second model.
public struct ServingCurve: Sendable, Equatable {
  /// One replica holding `batch` sequences.
  public struct Point: Sendable, Equatable {
    public var batch: Int
    /// Time per output token at this batch, in seconds (0 for prefill-only models).
    public var tpotSeconds: Double
    /// Time to first token without queueing: the prefill and one step, in seconds (the whole
    /// request for prefill-only models).
    public var ttftSeconds: Double
    /// Requests a replica completes per second with every slot busy: batch / slot time.
    public var requestsPerSecondPerReplica: Double
    /// Output tokens per second of one replica: batch / TPOT.
    public var outputTokensPerSecondPerReplica: Double
    /// Output tokens per second per GPU of the replica.
    public var outputTokensPerSecondPerGPU: Double
    /// Board power of one GPU of the replica, in watts (boundary: GPU board).
    public var gpuWatts: Double
    /// Output tokens per joule of GPU board energy.
    public var tokensPerJoule: Double
    /// Whether this is the batch the planner chose.
    public var chosen: Bool
    /// Whether TPOT meets the deployment's `tpotMs` objective; nil without one.
    public var meetsTPOT: Bool?
  }

  /// Points in increasing batch order.
  public var points: [Point]

  /// The curve of `plan`: powers of two from 1 up to the batch cap (memory, engine, measured
  /// profile), the cap itself and the chosen batch. A prefill-only model gets one point at
  /// the batch its engine's token budget holds; a deployment without traffic gets none (its
  /// request shape is undefined).
  public static func of(_ plan: ServingPlan) -> ServingCurve {
    guard plan.workload.requestsPerSecond > 0 else { return ServingCurve(points: []) }
    if plan.batchLimit == .prefillOnly {
      return ServingCurve(points: [prefillOnlyPoint(plan)])
    }
    let step = StepModel(plan.deployment)
    let cap = step.batchCap(maxBatchByMemory: plan.maxBatchByMemory).batch
    return ServingCurve(
      points: batches(upTo: cap, chosen: plan.batch).map { point(plan, step: step, batch: $0) })
  }

  /// Powers of two up to `cap`, `cap` and `chosen`, sorted, without repeats.
  static func batches(upTo cap: Int, chosen: Int) -> [Int] {
    var list: [Int] = []
    var b = 1
    while b <= cap {
      list.append(b)
      b *= 2
    }
    for extra in [cap, chosen] where extra >= 1 && !list.contains(extra) { list.append(extra) }
    return list.sorted()
  }

  private static func point(_ plan: ServingPlan, step: StepModel, batch: Int) -> Point {
    let w = plan.workload
    let tpot = step.tpotSeconds(
      batch: batch, promptTokens: w.promptTokens, outputTokens: w.outputTokens)
    let service = StepModel.serviceSeconds(outputTokens: w.outputTokens, tpot: tpot)
    let tokens = Double(batch) / tpot
    let tp = Double(plan.deployment.gpusPerReplica)
    let watts = step.heldGPUWatts(
      batch: batch, promptTokens: w.promptTokens, outputTokens: w.outputTokens)
    let objective = plan.deployment.slo.tpotMs.map { tpot * 1000 <= $0 }
    return Point(
      batch: batch, tpotSeconds: tpot, ttftSeconds: plan.prefillSeconds + tpot,
      requestsPerSecondPerReplica: Double(batch) / service,
      outputTokensPerSecondPerReplica: tokens, outputTokensPerSecondPerGPU: tokens / tp,
      gpuWatts: watts, tokensPerJoule: watts > 0 ? tokens / (tp * watts) : 0,
      chosen: batch == plan.batch, meetsTPOT: objective)
  }

  private static func prefillOnlyPoint(_ plan: ServingPlan) -> Point {
    let service = plan.serviceSeconds
    let b = plan.batch
    let watts = fullReplicaWatts(plan, batch: b, tpot: 0, service: service)
    return Point(
      batch: b, tpotSeconds: 0, ttftSeconds: service,
      requestsPerSecondPerReplica: Double(b) / service,
      outputTokensPerSecondPerReplica: 0, outputTokensPerSecondPerGPU: 0, gpuWatts: watts,
      tokensPerJoule: 0, chosen: true, meetsTPOT: nil)
  }

  /// Board watts of one GPU of a single replica at `batch` whose slots are all busy: the plan's
  /// own power function, asked about one replica serving batch / service requests per second.
  private static func fullReplicaWatts(
    _ plan: ServingPlan, batch: Int, tpot: Double, service: Double
  ) -> Double {
    var replica = plan
    replica.batch = batch
    replica.replicas = 1
    replica.tpotSeconds = tpot
    replica.serviceSeconds = service
    return replica.gpuWatts(serving: plan.workload.at(rate: Double(batch) / service))
  }
}
