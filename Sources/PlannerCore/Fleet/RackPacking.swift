/// Packs nodes of one system into racks under the rack's power budget.
public struct RackPacking: Sendable, Equatable {
  /// Nodes placed in each full rack.
  public var nodesPerRack: Int
  /// Racks needed.
  public var racks: Int
  /// What limited the nodes per rack.
  public var limitedBy: String
  /// Planned power of the fullest rack, in kW.
  public var fullestRackKW: Double

  /// Packs `nodes` nodes charged `nodeKW` each into racks whose budget is `budgetKW`, of
  /// which `overheadKW` goes to the rack's own equipment. `requested` is the most nodes a
  /// rack takes by space or design; a rack-scale system (`fixed`) takes exactly its count.
  public static func pack(
    nodes: Int, nodeKW: Double, budgetKW: Double, overheadKW: Double, requested: Int, fixed: Int?
  ) -> RackPacking {
    guard nodes > 0 else {
      return RackPacking(nodesPerRack: 0, racks: 0, limitedBy: "no nodes", fullestRackKW: 0)
    }
    let byPower =
      nodeKW > 0 ? Capacity.units(within: (budgetKW - overheadKW) / nodeKW + 1e-9) : requested
    let perRack: Int
    let limitedBy: String
    if let fixed {
      (perRack, limitedBy) = (fixed, "rack-scale system")
    } else if byPower >= requested {
      (perRack, limitedBy) = (requested, "space")
    } else {
      (perRack, limitedBy) = (
        max(byPower, 1), byPower >= 1 ? "power" : "power: one node exceeds the rack budget"
      )
    }
    let racks = Capacity.units(covering: Double(nodes) / Double(perRack))
    let fullest = min(perRack, nodes)
    return RackPacking(
      nodesPerRack: perRack, racks: racks, limitedBy: limitedBy,
      fullestRackKW: Double(fullest) * nodeKW + overheadKW)
  }
}
