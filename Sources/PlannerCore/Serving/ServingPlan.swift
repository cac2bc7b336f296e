/// One deployment sized for its peak workload: the batch, the replicas, the latencies they
/// give, and how the replicas behave at any other rate of the same mix.
public struct ServingPlan: Sendable, Equatable {
  /// What stopped the batch from growing.
  public enum BatchLimit: String, Sendable, Codable {
    /// A larger batch would break the time-per-output-token SLO.
    case tpotSLO = "tpot-slo"
    /// The KV cache of a larger batch would not fit in memory.
    case memory
    /// The engine's most sequences per step (`maxBatch`).
    case engine
    /// A prefill-only model: the prompts that fit the engine's token budget, one pass.
    case prefillOnly = "prefill-only"
    /// Pinned by the scenario (JSON `deployments[].batch`).
    case pinned
    /// The largest batch of the deployment's measured profile (never extrapolated).
    case profile
  }

  public var deployment: Deployment
  /// The peak workload it was sized for.
  public var workload: Workload
  public var batch: Int
  public var batchLimit: BatchLimit
  public var maxBatchByMemory: Int
  public var replicas: Int
  /// Time per output token at the chosen batch, in seconds (0 for prefill-only models).
  public var tpotSeconds: Double
  /// Prefill of one mean prompt, in seconds.
  public var prefillSeconds: Double
  /// How long a request holds its batch slot, in seconds: O × TPOT (its own prefill is one of
  /// the joining prefills in TPOT), or the whole request for a prefill-only model.
  public var serviceSeconds: Double
  /// Queueing before a slot frees, 95th percentile, in seconds.
  public var queueWaitP95Seconds: Double
  /// Time to first token, 95th and 99th percentiles, queueing included, in seconds.
  public var ttftP95Seconds: Double
  public var ttftP99Seconds: Double
  /// Wait for the replica's prefill behind other joining requests, 95th and 99th
  /// percentiles, in seconds (0 for prefill-only models).
  public var prefillWaitP95Seconds: Double = 0
  public var prefillWaitP99Seconds: Double = 0
  /// Mean share of batch slots busy at the peak.
  public var slotUtilization: Double
  public var powerCurve: GPUPowerCurve
  /// A power limit set below the board's TDP while operating (a degradation step), in watts.
  public var gpuPowerCapWatts: Double? = nil

  /// Spare replicas kept at idle beyond `replicas`, for maintenance and rolling upgrades
  /// (model.md §4.15).
  public var spareReplicas: Int = 0

  /// GPUs the replicas occupy, spares included.
  public var gpus: Int { (replicas + spareReplicas) * deployment.gpusPerReplica }

  /// Board power of one of its GPUs, in watts, when the deployment serves `workload`.
  public func gpuWatts(serving workload: Workload) -> Double {
    let draw = DeploymentDraw(self)
    return draw.gpuWatts(activity: draw.activity(serving: workload))
  }

  /// Mean activity (0…1) of one replica serving `workload` spread over all replicas.
  /// With `up` only that many replicas are running (the others powered down).
  public func activity(serving workload: Workload, up: Int? = nil) -> Double {
    DeploymentDraw(self).activity(serving: workload, up: up)
  }
}

extension ServingPlan {
  /// How long an overloaded queue is taken to grow, in seconds: the planning peak, the worst
  /// five minutes.
  public static let overloadSeconds = 300.0

  /// Whether the replicas' slots cannot carry the peak: offered load at or above their
  /// number, a queue that grows for as long as the peak lasts.
  public var isUnstable: Bool {
    replicas > 0 && workload.requestsPerSecond > 0 && slotUtilization >= 1
  }

  /// Whether the replicas were pinned by the scenario rather than chosen.
  public var replicasPinned: Bool { deployment.pinnedReplicas != nil }

  /// The waits for a slot exceeded with probability `1 − quantile`, at two quantiles of one
  /// queue, in seconds, from one probability of waiting. A stable queue: Erlang C. An
  /// overloaded one (utilisation ρ ≥ 1) has no steady state: its backlog grows by λ − c/s a
  /// second and drains at c/s, so a request arriving at the end of the peak waits
  /// `overloadSeconds` × (ρ − 1), at every quantile — finite, and the latency checks fail.
  static func waitSeconds(_ queue: ErlangC, quantiles: (Double, Double)) -> (Double, Double) {
    guard queue.utilization < 1 else {
      let wait = overloadSeconds * (queue.utilization - 1)
      return (wait, wait)
    }
    let waiting = queue.probabilityOfWaiting
    return (
      queue.waitSeconds(quantile: quantiles.0, waiting: waiting),
      queue.waitSeconds(quantile: quantiles.1, waiting: waiting)
    )
  }
}
