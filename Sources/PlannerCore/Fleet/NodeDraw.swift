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
    self = DeploymentDraw(plan).draw(nodes: nodes, activity: activity, up: up)
  }

  init(activeGPUWatts: Double, boards: Power, host: Power, wall: Power) {
    self.activeGPUWatts = activeGPUWatts
    self.boards = boards
    self.host = host
    self.wall = wall
  }

  /// Nodes a deployment's replicas, spares included, fill: replicas never straddle nodes
  /// unless one replica spans several whole nodes.
  public static func nodes(_ plan: ServingPlan, up: Int? = nil) -> Int {
    DeploymentDraw(plan).nodes(up: up)
  }
}
