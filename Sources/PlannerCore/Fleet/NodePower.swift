/// Wall power of the nodes of one deployment: GPUs at their modelled draw (spare GPUs of a
/// part-filled node at idle), the host from idle to peak with the GPUs' activity, all over the
/// PSU efficiency.
public enum NodePower {
  /// Wall power of `nodes` nodes of `plan`'s system serving `activity` (0…1) on its active GPUs.
  public static func wall(_ plan: ServingPlan, nodes: Int, activity: Double) -> Power {
    let system = plan.deployment.system
    let gpu = plan.deployment.gpu
    let active = Double(plan.gpus)
    let spare = Double(nodes * system.gpusPerNode) - active
    let gpuWatts = active * GPUPowerCurve.watts(gpu, activity: activity) + spare * gpu.idleWatts
    let host =
      Double(nodes)
      * (system.hostIdleWatts + (system.hostPeakWatts - system.hostIdleWatts) * activity)
    return Power(watts: (gpuWatts + host) / system.psuEfficiency)
  }

  /// GPU board power alone, same terms.
  public static func gpuBoards(_ plan: ServingPlan, nodes: Int, activity: Double) -> Power {
    let system = plan.deployment.system
    let gpu = plan.deployment.gpu
    let spare = Double(nodes * system.gpusPerNode - plan.gpus)
    return Power(
      watts: Double(plan.gpus) * GPUPowerCurve.watts(gpu, activity: activity) + spare
        * gpu.idleWatts)
  }

  /// Nodes a deployment's replicas fill: replicas never straddle nodes unless one replica
  /// spans several whole nodes.
  public static func nodes(_ plan: ServingPlan) -> Int {
    let perNode = plan.deployment.system.gpusPerNode
    let tp = plan.deployment.tensorParallel
    if tp >= perNode { return plan.replicas * (tp / perNode) }
    return Capacity.units(covering: Double(plan.replicas) / Double(perNode / tp))
  }
}
