import Foundation

/// The replica sizing of a plan spelled out: the slots its peak needs and the M/M/c queue at
/// the chosen replicas (model.md §4.8), for reports that explain a deployment.
extension ServingPlan {
  /// Time to the first token once a slot is free: the prefill and one step, or the whole
  /// request for a prefill-only model, in seconds.
  public var firstTokenSeconds: Double {
    batchLimit == .prefillOnly ? serviceSeconds : prefillSeconds + tpotSeconds
  }

  /// The plan with its queue figures (slot utilisation, waits, TTFTs) for `rate` requests a
  /// second over its replicas' slots: Erlang C with the output lengths' service variation, or
  /// the overloaded wait of `waitSeconds`; then, for a generative model, the wait for the
  /// replica's prefill (`prefillWaitSeconds`).
  public func queued(arrivalsPerSecond rate: Double) -> ServingPlan {
    var plan = self
    (plan.prefillWaitP95Seconds, plan.prefillWaitP99Seconds) = (0, 0)
    guard replicas > 0 else {
      (plan.slotUtilization, plan.queueWaitP95Seconds) = (0, 0)
      (plan.ttftP95Seconds, plan.ttftP99Seconds) = (firstTokenSeconds, firstTokenSeconds)
      return plan
    }
    let generative = batchLimit != .prefillOnly
    let queue = ErlangC(
      servers: replicas * batch, arrivalsPerSecond: rate, serviceSeconds: serviceSeconds,
      serviceVariation: generative ? workload.outputVariation : 1)
    plan.slotUtilization = queue.utilization
    let slotWaitP99: Double
    (plan.queueWaitP95Seconds, slotWaitP99) = Self.waitSeconds(queue, quantiles: (0.95, 0.99))
    if generative {
      let perReplica = rate / Double(replicas)
      plan.prefillWaitP95Seconds = Self.prefillWaitSeconds(
        perReplica: perReplica, prefillSeconds: prefillSeconds, quantile: 0.95)
      plan.prefillWaitP99Seconds = Self.prefillWaitSeconds(
        perReplica: perReplica, prefillSeconds: prefillSeconds, quantile: 0.99)
    }
    plan.ttftP95Seconds = firstTokenSeconds + plan.queueWaitP95Seconds + plan.prefillWaitP95Seconds
    plan.ttftP99Seconds = firstTokenSeconds + slotWaitP99 + plan.prefillWaitP99Seconds
    return plan
  }

  /// The wait for the replica's prefill exceeded with probability 1 − `quantile`, in seconds
  /// (model.md §4.8). Under continuous batching a replica prefills the requests joining it one
  /// after another, `perReplica` a second of `prefillSeconds` each: an M/D/1 queue of
  /// utilisation ρ = λ s, whose waits are the M/M/1 ones at the Allen–Cunneen factor
  /// (1 + 0) / 2: P(W > t) = ρ e^{−2 (1 − ρ) t / s}, so w_q = s ln(ρ / (1 − q)) / (2 (1 − ρ))
  /// when ρ > 1 − q, else 0. A prefill queue that cannot keep up (ρ ≥ 1) waits as an
  /// overloaded slot queue does, `overloadSeconds` × (ρ − 1).
  public static func prefillWaitSeconds(
    perReplica: Double, prefillSeconds s: Double, quantile: Double
  ) -> Double {
    let rho = perReplica * s
    guard rho > 1 - quantile, s > 0 else { return 0 }
    guard rho < 1 else { return overloadSeconds * (rho - 1) }
    return s * log(rho / (1 - quantile)) / (2 * (1 - rho))
  }

  /// Queueing before a slot frees, 99th percentile, in seconds.
  public var queueWaitP99Seconds: Double {
    ttftP99Seconds - firstTokenSeconds - prefillWaitP99Seconds
  }

  /// Offered load in Erlangs: requests/s × slot time, the slots busy on average at the peak.
  public var offeredLoad: Double { workload.requestsPerSecond * serviceSeconds }

  /// Batch slots the peak needs at the engine's target slot utilisation.
  public var slotsNeeded: Double { offeredLoad / deployment.engine.targetUtilization }

  /// Replicas the target utilisation alone asks for (at least one with traffic); the plan has
  /// more when the TTFT objectives needed them.
  public var replicasForUtilization: Int {
    ServingPlanner.replicasForUtilization(
      deployment, workload: workload, batch: batch, serviceSeconds: serviceSeconds)
  }

  /// Erlang C: the share of requests that wait for a slot at the chosen replicas.
  public var probabilityOfWaiting: Double {
    guard replicas > 0 else { return 0 }
    return ErlangC(
      servers: replicas * batch, arrivalsPerSecond: workload.requestsPerSecond,
      serviceSeconds: serviceSeconds
    ).probabilityOfWaiting
  }
}
