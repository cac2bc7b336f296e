/// Checks of how a deployment is operated, beyond its latency objectives: whether a pinned
/// batch's paged KV cache holds in the tail (model.md §4.1).
extension Limits {
  /// The serving checks of `plan`.
  static func servingChecks(_ plan: ServingPlan, policy: Policy) -> [Check] {
    var checks: [Check] = []
    if let memory = kvMemoryCheck(plan) { checks.append(memory) }
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
