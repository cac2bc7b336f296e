/// Sizes a deployment for its peak workload: the largest batch whose paged KV cache fits and meets the
/// TPOT SLO, then the fewest replicas that keep slot utilisation under the engine's target and
/// the p95/p99 time to first token inside the SLO under M/M/c queueing over batch slots.
public enum ServingPlanner {
  /// Sizes `deployment` (at `path` in the scenario, for messages) for `workload`.
  public static func plan(
    _ deployment: Deployment, workload: Workload, path: JSONPath, curve: GPUPowerCurve? = nil
  ) throws(DiagnosticError) -> ServingPlan {
    let roofline = Roofline(deployment)
    let step = StepModel(deployment)
    try checkFits(roofline, workload: workload, path: path)
    let prefillOnly = deployment.model.role != .generative
    let prompt = workload.promptTokens
    let output = workload.outputTokens
    let maxMemory = roofline.maxBatchByMemory(workload)
    let prefill = step.prefillSeconds(promptTokens: prompt)
    try deployment.profile?.checkFitsMemory(
      maxBatchByMemory: roofline.maxBatchByMeanMemory(workload),
      contextTokens: Roofline.residentContext(workload).mean, path: path.appending("profile"))

    var batch = 1
    var limit = ServingPlan.BatchLimit.prefillOnly
    var tpot = 0.0
    if !prefillOnly {
      if let pinned = deployment.pinnedBatch {
        (batch, limit) = try checkPinnedBatch(
          pinned, roofline: roofline, workload: workload, path: path)
      } else {
        (batch, limit) = chooseBatch(step, prompt: prompt, output: output, maxMemory: maxMemory)
      }
      tpot = step.tpotSeconds(batch: batch, promptTokens: prompt, outputTokens: output)
    }
    let service =
      prefillOnly
      ? prefill + deployment.engine.stepOverheadMs / 1000
      : StepModel.serviceSeconds(outputTokens: output, tpot: tpot)
    let firstToken = prefillOnly ? service : prefill + tpot
    let replicas =
      deployment.pinnedReplicas
      ?? chooseReplicas(
        deployment, workload: workload, batch: batch, serviceSeconds: service,
        firstTokenSeconds: firstToken)
    var plan = ServingPlan(
      deployment: deployment, workload: workload, batch: batch, batchLimit: limit,
      maxBatchByMemory: maxMemory, replicas: replicas, tpotSeconds: tpot, prefillSeconds: prefill,
      serviceSeconds: service, queueWaitP95Seconds: 0, ttftP95Seconds: 0, ttftP99Seconds: 0,
      slotUtilization: 0,
      powerCurve: curve ?? step.powerCurve)
    plan.gpuPowerCapWatts = deployment.powerCapWatts
    return plan.queued(arrivalsPerSecond: workload.requestsPerSecond)
  }

  private static func checkFits(_ roofline: Roofline, workload: Workload, path: JSONPath)
    throws(DiagnosticError)
  {
    let d = roofline.deployment
    let memoryGB = Double(d.tensorParallel) * d.gpu.memoryGB * d.engine.memoryUtilization
    let weightsGB = roofline.weightBytes / 1e9
    if roofline.kvCapacityBytes <= 0 {
      throw DiagnosticError([
        Diagnostic(
          path: path.description, at: nil,
          "\(d.model.id) at \(d.weightPrecision.rawValue) needs \(Format.fixed(weightsGB, 1)) GB of weights; \(d.tensorParallel) × \(d.gpu.id) offer \(Format.fixed(memoryGB, 1)) GB",
          hint: "raise tensorParallel, or use a smaller precision or a GPU with more memory")
      ])
    }
    let context = workload.promptTokens + workload.outputTokens
    if workload.requestsPerSecond > 0 && roofline.kvCapacityTokens < context {
      throw DiagnosticError([
        Diagnostic(
          path: path.description, at: nil,
          "the KV cache of one \(Format.fixed(context, 0))-token sequence does not fit beside the weights",
          hint: "raise tensorParallel, or use an fp8 KV cache")
      ])
    }
  }

  /// A pinned batch, used as is when its sequences' mean resident context fits beside the
  /// weights (a paged engine preempts in the tail; the `kv-memory` check warns of it).
  private static func checkPinnedBatch(
    _ batch: Int, roofline: Roofline, workload: Workload, path: JSONPath
  ) throws(DiagnosticError) -> (Int, ServingPlan.BatchLimit) {
    let fits = roofline.maxBatchByMeanMemory(workload)
    guard batch > fits else { return (batch, .pinned) }
    let context = Roofline.residentContext(workload).mean
    throw DiagnosticError([
      Diagnostic(
        path: path.appending("batch").description, at: nil,
        "batch \(batch) does not fit: memory holds the KV cache of \(fits) sequences of \(Format.grouped(context, 0)) tokens (prompt + half the output) beside the weights",
        hint: "pin a batch of at most \(fits), or raise tensorParallel, or use an fp8 KV cache"
      )
    ])
  }

  /// The largest batch up to memory and the engine's cap whose TPOT meets the SLO (TPOT grows
  /// with the batch, so a binary search finds it); batch 1 when even that misses.
  static func chooseBatch(
    _ step: StepModel, prompt: Double, output: Double, maxMemory: Int
  ) -> (Int, ServingPlan.BatchLimit) {
    let (cap, capLimit) = step.batchCap(maxBatchByMemory: maxMemory)
    guard let slo = step.deployment.slo.tpotMs.map({ $0 / 1000 }) else {
      return (cap, capLimit)
    }
    func meets(_ b: Int) -> Bool {
      step.tpotSeconds(batch: b, promptTokens: prompt, outputTokens: output) <= slo
    }
    if meets(cap) { return (cap, capLimit) }
    guard meets(1) else { return (1, .tpotSLO) }
    var low = 1
    var high = cap  // meets(low), !meets(high)
    while high - low > 1 {
      let mid = (low + high) / 2
      if meets(mid) { low = mid } else { high = mid }
    }
    return (low, .tpotSLO)
  }

  /// Replicas whose slots stay under the engine's target utilisation at `workload`:
  /// ⌈rate × slot time / target / batch⌉, at least one with traffic.
  static func replicasForUtilization(
    _ deployment: Deployment, workload: Workload, batch: Int, serviceSeconds: Double
  ) -> Int {
    guard workload.requestsPerSecond > 0 else { return 0 }
    let slots =
      workload.requestsPerSecond * serviceSeconds / deployment.engine.targetUtilization
    return Capacity.units(covering: slots / Double(batch), minimum: 1)
  }

  /// The fewest replicas whose slots stay under the target utilisation and whose p95 and p99
  /// TTFT meet the SLOs; when the SLO cannot be met by queueing alone (the prefill itself is
  /// too slow), the utilisation bound decides and the latency check reports the miss.
  static func chooseReplicas(
    _ deployment: Deployment, workload: Workload, batch: Int, serviceSeconds: Double,
    firstTokenSeconds: Double
  ) -> Int {
    let rate = workload.requestsPerSecond
    guard rate > 0 else { return 0 }
    let minimum = replicasForUtilization(
      deployment, workload: workload, batch: batch, serviceSeconds: serviceSeconds)
    let slo = deployment.slo
    func meets(_ n: Int) -> Bool {
      let queue = ErlangC(
        servers: n * batch, arrivalsPerSecond: rate, serviceSeconds: serviceSeconds)
      if let p95 = slo.ttftP95Ms, firstTokenSeconds + queue.waitSeconds(quantile: 0.95) > p95 / 1000
      {
        return false
      }
      if let p99 = slo.ttftP99Ms, firstTokenSeconds + queue.waitSeconds(quantile: 0.99) > p99 / 1000
      {
        return false
      }
      return true
    }
    if meets(minimum) { return minimum }
    var high = minimum * 2
    while !meets(high) {
      if high > minimum * 64 { return minimum }
      high *= 2
    }
    var low = high / 2  // !meets(low) unless low == minimum
    while high - low > 1 {
      let mid = (low + high) / 2
      if meets(mid) { high = mid } else { low = mid }
    }
    return high
  }
}
