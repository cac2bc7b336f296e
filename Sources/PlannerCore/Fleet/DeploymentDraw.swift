/// One deployment's nodes as a function of the work they serve: the figures of its plan that
/// the activity of a replica and the draw of its nodes read, taken once. `ServingPlan.activity`,
/// `NodeDraw` and every slot of every month's day go through it; a slot then reads a few
/// numbers instead of copying the plan with its deployment, model and strings.
public struct DeploymentDraw: Sendable {
  /// Replicas planned, spares excluded.
  let replicas: Int
  let spareReplicas: Int
  let batch: Int
  let prefillOnly: Bool
  let serviceSeconds: Double
  let prefillSeconds: Double
  let curve: GPUPowerCurve
  /// The deployment's profile when it measures watts (it then replaces the curve).
  let measured: MeasuredProfile?
  let gpuIdleWatts: Double
  let gpuTDPWatts: Double
  let gpuPowerCapWatts: Double?
  let gpusPerReplica: Int
  let gpusPerNode: Int
  let hostIdleWatts: Double
  let hostPeakWatts: Double
  let psuEfficiency: Double
  /// The fewest replicas kept running when idle ones are powered down; nil when none are.
  let warmReplicas: Int?
  /// Requests per second of the peak the replicas were sized for.
  let peakRequestsPerSecond: Double

  /// The figures of `plan`.
  public init(_ plan: ServingPlan) {
    let deployment = plan.deployment
    replicas = plan.replicas
    spareReplicas = plan.spareReplicas
    batch = plan.batch
    prefillOnly = plan.batchLimit == .prefillOnly
    serviceSeconds = plan.serviceSeconds
    prefillSeconds = plan.prefillSeconds
    curve = plan.powerCurve
    measured = deployment.profile.flatMap { $0.measuresWatts ? $0 : nil }
    gpuIdleWatts = deployment.gpu.idleWatts
    gpuTDPWatts = deployment.gpu.tdpWatts
    gpuPowerCapWatts = plan.gpuPowerCapWatts
    gpusPerReplica = deployment.gpusPerReplica
    gpusPerNode = deployment.system.gpusPerNode
    hostIdleWatts = deployment.system.hostIdleWatts
    hostPeakWatts = deployment.system.hostPeakWatts
    psuEfficiency = deployment.system.psuEfficiency
    warmReplicas = deployment.warmReplicas
    peakRequestsPerSecond = plan.workload.requestsPerSecond
  }

  /// Mean activity (0…1) of one replica serving `workload` spread over all replicas; with
  /// `up` only that many replicas are running (the others powered down).
  public func activity(serving workload: Workload, up: Int? = nil) -> Double {
    let running = up ?? replicas
    guard running > 0, workload.requestsPerSecond > 0 else { return 0 }
    let perReplica = workload.requestsPerSecond / Double(running)
    if prefillOnly {
      // each forward pass serves `batch` requests and runs at the limit
      return curve.activity(
        prefillShare: perReplica * serviceSeconds / Double(batch), meanOccupancy: 0)
    }
    let occupancy = min(Double(batch), perReplica * serviceSeconds)
    let slots = Double(batch)
    if let measured {
      return measured.activity(
        idleWatts: gpuIdleWatts, tdpWatts: gpuTDPWatts, meanOccupancy: occupancy, slots: slots)
    }
    return curve.activity(
      prefillShare: perReplica * prefillSeconds, meanOccupancy: occupancy, slots: slots)
  }

  /// Board power of one active GPU at `activity`, under the operating cap where there is one.
  public func gpuWatts(activity: Double) -> Double {
    min(
      GPUPowerCurve.watts(idle: gpuIdleWatts, tdp: gpuTDPWatts, activity: activity),
      gpuPowerCapWatts ?? .infinity)
  }

  /// Nodes the replicas, spares included, fill (`up` replicas when some are powered down):
  /// replicas never straddle nodes unless one replica spans several whole nodes.
  public func nodes(up: Int? = nil) -> Int {
    let all = (up ?? replicas) + spareReplicas
    if gpusPerReplica >= gpusPerNode {
      return all * Capacity.units(covering: Double(gpusPerReplica) / Double(gpusPerNode))
    }
    return Capacity.units(covering: Double(all) / Double(gpusPerNode / gpusPerReplica))
  }

  /// What `nodes` nodes draw serving at `activity` (0…1) on their active GPUs; the host
  /// moves from idle to peak with the same activity. With `up` only that many replicas run
  /// (`nodes` then counts the nodes they and the spares fill; the rest are off).
  public func draw(nodes: Int, activity: Double, up: Int? = nil) -> NodeDraw {
    let running = up ?? replicas
    let activeGPUWatts = running > 0 ? gpuWatts(activity: activity) : 0
    // spare replicas stand by at idle, as do the unused GPUs of a part-filled node
    let active = running * gpusPerReplica
    let spare = Double(nodes * gpusPerNode - active)
    let boards = Power(watts: Double(active) * activeGPUWatts + spare * gpuIdleWatts)
    let host = Power(
      watts: Double(nodes) * (hostIdleWatts + (hostPeakWatts - hostIdleWatts) * activity))
    return NodeDraw(
      activeGPUWatts: activeGPUWatts, boards: boards, host: host,
      wall: (boards + host) / psuEfficiency)
  }

  /// What the nodes draw serving `workload`, with `up` replicas running when some are
  /// powered down (fewer than planned); the planned replicas on `plannedNodes` otherwise.
  public func draw(serving workload: Workload, plannedNodes: Int, up: Int? = nil) -> NodeDraw {
    guard let running = up, running < replicas else {
      return draw(nodes: plannedNodes, activity: activity(serving: workload))
    }
    return draw(
      nodes: nodes(up: running), activity: activity(serving: workload, up: running), up: running)
  }

  /// Replicas running serving `workload` when idle ones are powered down:
  /// max(warm, ⌈replicas × rate / peak rate⌉), at most those planned; all planned otherwise.
  public func replicasUp(serving workload: Workload) -> Int {
    guard let warm = warmReplicas, replicas > 0 else { return replicas }
    let share =
      peakRequestsPerSecond > 0 ? workload.requestsPerSecond / peakRequestsPerSecond : 0
    let needed = Capacity.units(covering: Double(replicas) * share)
    return min(replicas, max(warm, needed))
  }
}
