/// What the nodes of one deployment draw, by component: GPU boards, the rest of the box, and
/// the wall behind the power supplies.
public struct NodeDraw: Sendable, Equatable {
  /// Board power of one active GPU, in watts (boundary: GPU board).
  public var activeGPUWatts: Double
  /// All GPU boards, spare GPUs of a part-filled node at idle.
  public var boards: Power
  /// CPUs, memory, NICs, switches and fans (DC side).
  public var host: Power
  /// The nodes at the wall: boards and host over the PSU efficiency (boundary: node wall).
  public var wall: Power

  /// `nodes` nodes of `plan`'s system serving at `activity` (0…1) on its active GPUs; the host
  /// moves from idle to peak with the same activity. With `up` only that many replicas run
  /// (`nodes` then counts the nodes they and the spares fill; the rest are off).
  public init(_ plan: ServingPlan, nodes: Int, activity: Double, up: Int? = nil) {
    let system = plan.deployment.system
    let gpu = plan.deployment.gpu
    let running = up ?? plan.replicas
    activeGPUWatts =
      running > 0
      ? min(GPUPowerCurve.watts(gpu, activity: activity), plan.gpuPowerCapWatts ?? .infinity) : 0
    // spare replicas stand by at idle, as do the unused GPUs of a part-filled node
    let active = running * plan.deployment.gpusPerReplica
    let spare = Double(nodes * system.gpusPerNode - active)
    boards = Power(watts: Double(active) * activeGPUWatts + spare * gpu.idleWatts)
    host = Power(
      watts: Double(nodes)
        * (system.hostIdleWatts + (system.hostPeakWatts - system.hostIdleWatts) * activity))
    wall = (boards + host) / system.psuEfficiency
  }

  /// Nodes a deployment's replicas, spares included, fill: replicas never straddle nodes
  /// unless one replica spans several whole nodes.
  public static func nodes(_ plan: ServingPlan, up: Int? = nil) -> Int {
    let perNode = plan.deployment.system.gpusPerNode
    let g = plan.deployment.gpusPerReplica
    let all = (up ?? plan.replicas) + plan.spareReplicas
    if g >= perNode { return all * Capacity.units(covering: Double(g) / Double(perNode)) }
    return Capacity.units(covering: Double(all) / Double(perNode / g))
  }
}
