/// Checks of how a deployment is operated, beyond its latency objectives: whether a pinned
/// batch's paged KV cache holds in the tail (model.md §4.1), and whether it has a spare
/// replica (§4.15).
extension Limits {
  /// The serving checks of `plan`, whose deployment is at `path` in the scenario.
  static func servingChecks(_ plan: ServingPlan, path: JSONPath?) -> [Check] {
    var checks: [Check] = []
    if var memory = kvMemoryCheck(plan) {
      memory.source = path?.appending("batch").description
      checks.append(memory)
    }
    if var spare = spareCheck(plan) {
      spare.source = path?.appending("spareReplicas").description
      checks.append(spare)
    }
    return checks
  }

  /// A pinned batch whose mean resident context fits but whose 95th percentile does not: the
  /// engine preempts (and recomputes) sequences in the tail, a warning rather than a failure.
  static func kvMemoryCheck(_ plan: ServingPlan) -> Check? {
    guard plan.batchLimit == .pinned, plan.workload.requestsPerSecond > 0 else { return nil }
    let roofline = Roofline(plan.deployment)
    let tail = roofline.residentTokensP95(batch: plan.batch, plan.workload)
    let capacity = roofline.kvCapacityTokens
    guard tail > capacity else { return nil }
    return Check(
      name: "kv-memory[\(plan.deployment.name)]", load: tail, limit: capacity, unit: "tokens",
      headroom: 1 - tail / capacity, status: .warn,
      detail:
        "pinned batch \(plan.batch): the mean context fits, the 95th percentile does not; the engine preempts in the tail"
    )
  }
}

extension Limits {
  /// A deployment left without a spare replica by default (no `spareReplicas`, `spareShare`
  /// or maintenance margin): a replica out for maintenance or an upgrade leaves the rest
  /// short of the load, so the plan says so.
  static func spareCheck(_ plan: ServingPlan) -> Check? {
    let d = plan.deployment
    guard plan.replicas > 0, plan.spareReplicas == 0, d.spareReplicas == nil, d.spareShare == nil
    else { return nil }
    let n = Double(plan.replicas)
    return Check(
      name: "spare[\(d.name)]", load: n, limit: n, unit: "replicas", headroom: 0, status: .warn,
      detail:
        "no spare replica: one out for maintenance leaves \(plan.replicas - 1) of the \(plan.replicas) the load needs; set spareReplicas, spareShare or margins.maintenance"
    )
  }
}
