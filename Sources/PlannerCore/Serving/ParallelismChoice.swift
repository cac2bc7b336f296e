/// The planner's choice of tensor parallelism for a deployment whose scenario left it open
/// (model.md §4.14): every TP that fits the system (a power of two that divides a node or
/// fills whole nodes of one NVLink domain, and divides the attention heads) is planned for
/// the load; the one meeting its latency objectives on the fewest GPUs wins, ties to the
/// fewer watts at the peak, then to the smaller TP.
enum ParallelismChoice {
  /// The TPs `deployment`'s system and model allow, smallest first.
  static func candidates(_ deployment: Deployment) -> [Int] {
    let system = deployment.system
    let perNode = system.gpusPerNode
    let largest = max(perNode, system.nvlinkDomain)
    var list: [Int] = []
    var tp = 1
    while tp <= largest {
      let fitsNodes = perNode % tp == 0 || tp % perNode == 0
      if fitsNodes && deployment.model.attentionHeads % tp == 0 { list.append(tp) }
      tp *= 2
    }
    if !list.contains(largest) && deployment.model.attentionHeads % largest == 0 {
      list.append(largest)
    }
    return list
  }

  /// Plans every candidate and keeps the best; when none can hold the model, the error of
  /// the largest. A candidate whose replicas could not come to fewer GPUs than a best that
  /// meets its objectives cannot win, so its replicas are not searched: they are never fewer
  /// than those for the target utilisation (`replicasForUtilization`) or those pinned.
  static func plan(_ deployment: Deployment, workload: Workload, path: JSONPath)
    throws(DiagnosticError) -> ServingPlan
  {
    var best: (plan: ServingPlan, score: Score)? = nil
    var lastError = DiagnosticError([])
    for tp in candidates(deployment) {
      var candidate = deployment
      candidate.tensorParallel = tp
      do {
        let batched = try ServingPlanner.batched(candidate, workload: workload, path: path)
        if let best, best.score.missesObjectives == 0,
          Score.fewestGPUs(batched) > best.score.gpus
        {
          continue
        }
        let plan = ServingPlanner.withReplicas(batched)
        let score = Score(plan)
        if best.map({ score < $0.score }) ?? true { best = (plan, score) }
      } catch {
        lastError = error
      }
    }
    guard let best else { throw lastError }
    return best.plan
  }

  /// What a candidate is judged by, in order.
  struct Score: Comparable {
    var missesObjectives: Int
    var gpus: Int
    var watts: Double

    init(_ plan: ServingPlan) {
      missesObjectives = plan.meetsObjectives ? 0 : 1
      gpus = plan.gpus
      watts = Double(plan.gpus) * plan.gpuWatts(serving: plan.workload)
    }

    /// The fewest GPUs `batched` (a plan before its replicas are found) can end up with.
    static func fewestGPUs(_ batched: ServingPlan) -> Int {
      let deployment = batched.deployment
      let replicas =
        deployment.pinnedReplicas
        ?? (batched.workload.requestsPerSecond > 0 ? batched.replicasForUtilization : 0)
      return replicas * deployment.gpusPerReplica
    }

    static func < (a: Score, b: Score) -> Bool {
      (a.missesObjectives, a.gpus) != (b.missesObjectives, b.gpus)
        ? (a.missesObjectives, a.gpus) < (b.missesObjectives, b.gpus)
        : a.watts < b.watts * (1 - 1e-9)
    }
  }
}

extension ServingPlan {
  /// Whether the plan keeps its latency objectives at its peak: TPOT and the TTFT
  /// percentiles within theirs, and a queue with a steady state.
  public var meetsObjectives: Bool {
    let slo = deployment.slo
    let tolerance = 1 + 1e-9
    if isUnstable { return false }
    if let tpot = slo.tpotMs, batchLimit != .prefillOnly, tpotSeconds * 1000 > tpot * tolerance {
      return false
    }
    if let p95 = slo.ttftP95Ms, ttftP95Seconds * 1000 > p95 * tolerance { return false }
    if let p99 = slo.ttftP99Ms, ttftP99Seconds * 1000 > p99 * tolerance { return false }
    return true
  }
}
