/// Sizes a deployment for its peak workload: the largest batch whose paged KV cache fits and meets the
/// TPOT SLO, then the fewest replicas that keep slot utilisation under the engine's target and
/// the p95/p99 time to first token inside the SLO under M/M/c queueing over batch slots.
public enum ServingPlanner {
  /// Sizes `deployment` (at `path` in the scenario, for messages) for `workload`; when the
  /// scenario left `tensorParallel` to the planner, at the parallelism it chooses
  /// (`ParallelismChoice`).
  public static func plan(
    _ deployment: Deployment, workload: Workload, path: JSONPath, curve: GPUPowerCurve? = nil
  ) throws(DiagnosticError) -> ServingPlan {
    if deployment.parallelismChosen {
      return try ParallelismChoice.plan(deployment, workload: workload, path: path)
    }
    return try planAsGiven(deployment, workload: workload, path: path, curve: curve)
  }

  /// Sizes `deployment` at the parallelism it has.
  static func planAsGiven(
    _ deployment: Deployment, workload: Workload, path: JSONPath, curve: GPUPowerCurve? = nil
  ) throws(DiagnosticError) -> ServingPlan {
    withReplicas(try batched(deployment, workload: workload, path: path, curve: curve))
  }

  /// The plan with its replicas: those pinned, else the fewest that keep utilisation and the
  /// time to first token in bounds (`chooseReplicas`).
  static func withReplicas(_ batched: ServingPlan) -> ServingPlan {
    guard let pinned = batched.deployment.pinnedReplicas else { return chooseReplicas(batched) }
    var plan = batched
    plan.replicas = pinned
    return plan.queued(arrivalsPerSecond: plan.workload.requestsPerSecond)
  }

  /// `deployment` checked and batched for `workload`, its replicas still to be found
  /// (`withReplicas`): every problem that refuses a plan is found here.
  static func batched(
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

    var batch = prefillOnly ? prefillBatch(step, promptTokens: prompt) : 1
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
      ? step.prefillBatchSeconds(batch: batch, promptTokens: prompt)
      : StepModel.serviceSeconds(outputTokens: output, tpot: tpot)
    var plan = ServingPlan(
      deployment: deployment, workload: workload, batch: batch, batchLimit: limit,
      maxBatchByMemory: maxMemory, replicas: 0, tpotSeconds: tpot, prefillSeconds: prefill,
      serviceSeconds: service, queueWaitP95Seconds: 0, ttftP95Seconds: 0, ttftP99Seconds: 0,
      slotUtilization: 0,
      powerCurve: curve ?? step.powerCurve)
    plan.gpuPowerCapWatts = deployment.powerCapWatts
    try checkScale(plan, path: path)
    return plan
  }

  /// The most GPUs one deployment is planned with: a hundred times the largest sites
  /// announced (about a million GPUs); a plan beyond is an input mistake, and refusing it
  /// keeps the queueing and every count of the chain bounded.
  public static let maximumGPUs = 100_000_000

  /// Refuses a deployment whose traffic needs more than `maximumGPUs`, before its replicas
  /// are searched.
  private static func checkScale(_ plan: ServingPlan, path: JSONPath) throws(DiagnosticError) {
    let deployment = plan.deployment
    let replicas = deployment.pinnedReplicas ?? plan.replicasForUtilization
    let gpus = Double(replicas) * Double(deployment.gpusPerReplica)
    guard gpus > Double(maximumGPUs) || !plan.serviceSeconds.isFinite else { return }
    throw DiagnosticError([
      Diagnostic(
        path: path.description, at: nil,
        "the plan needs more than \(Format.grouped(Double(maximumGPUs), 0)) GPUs for \(Format.grouped(plan.workload.requestsPerSecond, 1)) requests/s",
        hint:
          "check the traffic routed to '\(deployment.name)' (requestsPerSecond, promptTokens, outputTokens) and its engine figures"
      )
    ])
  }

  private static func checkFits(_ roofline: Roofline, workload: Workload, path: JSONPath)
    throws(DiagnosticError)
  {
    let d = roofline.deployment
    let memoryGB = Double(d.gpusPerReplica) * d.gpu.memoryGB * d.engine.memoryUtilization
    let weightsGB = roofline.weightBytes / 1e9
    if roofline.kvCapacityBytes <= 0 {
      throw DiagnosticError([
        Diagnostic(
          path: path.description, at: nil,
          "\(d.model.id) at \(d.weightPrecision.rawValue) needs \(Format.fixed(weightsGB, 1)) GB of weights; \(d.gpusPerReplica) × \(d.gpu.id) offer \(Format.fixed(memoryGB, 1)) GB",
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

  /// Prompts a prefill-only replica runs in one forward pass: as many as the engine's token
  /// budget holds, ⌊maxBatchTokens / P⌋, at most `maxBatch`, at least one; with a TTFT
  /// objective, the largest of those whose pass takes at most half the tightest objective
  /// (the other half is left to queueing). A pass grows with the batch, so a binary search
  /// finds it.
  static func prefillBatch(_ step: StepModel, promptTokens: Double) -> Int {
    let engine = step.deployment.engine
    let fit = Int((Double(engine.maxBatchTokens) / max(promptTokens, 1)).rounded(.down))
    let cap = max(1, min(engine.maxBatch, fit))
    let slo = step.deployment.slo
    guard let objective = [slo.ttftP95Ms, slo.ttftP99Ms].compactMap({ $0 }).min() else {
      return cap
    }
    func meets(_ b: Int) -> Bool {
      step.prefillBatchSeconds(batch: b, promptTokens: promptTokens) <= objective / 2000
    }
    if meets(cap) { return cap }
    var low = 1
    var high = cap  // !meets(high)
    while high - low > 1 {
      let mid = (low + high) / 2
      if meets(mid) { low = mid } else { high = mid }
    }
    return low
  }

  /// Spare replicas beside `replicas` serving ones: `spareReplicas`, else ⌈replicas ×
  /// spareShare⌉, else ⌈replicas × maintenance⌉ (the scenario's `margins.maintenance`); none
  /// without serving replicas.
  public static func spares(_ deployment: Deployment, replicas: Int, maintenance: Double) -> Int {
    if let k = deployment.spareReplicas { return k }
    guard replicas > 0 else { return 0 }
    let share = deployment.spareShare ?? maintenance
    return Capacity.units(covering: Double(replicas) * share)
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
  /// TTFT (the plan's own queue computation, `queued`) meet the SLOs; when the SLO cannot be
  /// met by queueing alone (the prefill itself is too slow), the utilisation bound decides
  /// and the latency check reports the miss. Returns the plan queued at the replicas chosen
  /// (each trial's queue is computed once).
  static func chooseReplicas(_ plan: ServingPlan) -> ServingPlan {
    let rate = plan.workload.requestsPerSecond
    func queued(_ n: Int) -> ServingPlan {
      var trial = plan
      trial.replicas = n
      return trial.queued(arrivalsPerSecond: rate)
    }
    guard rate > 0 else { return queued(0) }
    let minimum = plan.replicasForUtilization
    let slo = plan.deployment.slo
    func meets(_ trial: ServingPlan) -> Bool {
      if let p95 = slo.ttftP95Ms, trial.ttftP95Seconds > p95 / 1000 { return false }
      if let p99 = slo.ttftP99Ms, trial.ttftP99Seconds > p99 / 1000 { return false }
      return true
    }
    let atMinimum = queued(minimum)
    if meets(atMinimum) { return atMinimum }
    var high = minimum * 2
    var atHigh = queued(high)
    while !meets(atHigh) {
      if high > minimum * 64 { return atMinimum }
      high *= 2
      atHigh = queued(high)
    }
    var low = high / 2  // !meets(low) unless low == minimum
    while high - low > 1 {
      let mid = (low + high) / 2
      let atMid = queued(mid)
      if meets(atMid) { (high, atHigh) = (mid, atMid) } else { low = mid }
    }
    return atHigh
  }

}
