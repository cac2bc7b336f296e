/// A node that lost one feed of its 2N pair runs on the supplies of the other side. When fewer
/// survive than it needs (DGX H100: 3 of 6 against 4 of its 4+2) it is braked to what they
/// carry, and its GPUs to the cap that keeps it there; the power-cap curve gives the cost.
public struct NodeBrake: Sendable, Equatable, Codable {
  /// The system's id.
  public var system: String
  /// Supplies left on the surviving side, and the N of its N+M.
  public var survivingSupplies: Int
  public var requiredSupplies: Int
  /// Most a node (for rack-scale systems, a node's share of the rack's shelves) draws, in kW.
  public var nodeLimitKW: Double
  /// The per-GPU cap that keeps a node inside the limit with its host at peak, in W (boundary:
  /// GPU board): (limit × PSU efficiency − host peak) / GPUs per node, within the settable range.
  public var gpuCapWatts: Double
  /// Share of throughput kept by the braked system's busiest deployment (the power-cap curve).
  public var throughput: Double

  /// Whether `system` is braked in `state`: a 2N feed lost and fewer supplies left than needed.
  static func applies(to system: SystemSpec, in state: OperatingState) -> Bool {
    state.failures.feeds > 0 && state.scenario.site.feed.redundancy == .twoN
      && system.powerSupplies.brakesOnFeedLoss
  }

  /// Most one node draws on the surviving side's supplies, in kW: for a rack-scale system the
  /// shelves' share per node after the rack's own equipment.
  static func nodeLimitKW(_ system: SystemSpec) -> Double {
    let side = system.powerSupplies.oneSideKW
    guard let nodes = system.fixedNodesPerRack else { return side }
    return max(0, side - system.rackOverheadKW) / Double(nodes)
  }

  /// The GPU cap of a braked node of `system` carrying `gpu`, in W.
  static func gpuCapWatts(_ system: SystemSpec, gpu: GPUSpec) -> Double {
    PowerCap.safeCap(for: system, gpu: gpu, nodeBudgetKW: nodeLimitKW(system))
      ?? gpu.minPowerLimitWatts
  }
}
