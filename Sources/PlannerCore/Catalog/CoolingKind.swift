/// How a system rejects its heat (JSON `catalog.systems[].cooling`).
public enum CoolingKind: String, Sendable, Equatable, Codable, CaseIterable {
  /// Fans only: all node heat to room air.
  case air
  /// Cold plates carry some of the node heat (`liquidCooledFraction`), fans the rest.
  case hybrid
  /// Everything to liquid.
  case liquid

  /// Whether the system cannot run without a facility liquid loop.
  public var needsLiquid: Bool { self != .air }

  /// The kind a liquid share implies: 0 air, 1 liquid, between them hybrid.
  public static func implied(byLiquidFraction fraction: Double) -> CoolingKind {
    fraction <= 0 ? .air : fraction >= 1 ? .liquid : .hybrid
  }
}
