/// One five-minute slot of the representative day: modelled power by component, from the GPU
/// boards to the utility meter, in kW (boundaries as in `PowerStack`).
public struct SlotPowerReport: Sendable, Equatable, Codable {
  /// The slot's start, `HH:MM`.
  public var start: String
  /// GPU boards (boundary: GPU board).
  public var gpuKW: Double
  /// Host of the GPU nodes: CPUs, memory, NICs, switches, fans.
  public var hostKW: Double
  /// Losses of the nodes' power supplies.
  public var psuLossKW: Double
  /// Top-of-rack network and rack-level equipment.
  public var networkKW: Double
  /// The CPU pool's servers.
  public var cpuPoolKW: Double
  /// Storage and the fans' uplift above the reference inlet temperature.
  public var otherITKW: Double
  /// Everything IT (boundary: IT).
  public var itKW: Double
  /// UPS, transformer and distribution losses, and lighting.
  public var electricalLossKW: Double
  /// Chillers, pumps and fans.
  public var coolingKW: Double
  /// What the utility meter sees (boundary: facility).
  public var facilityKW: Double

  /// `HH:MM` of slot `index` (five minutes each).
  public static func start(ofSlot index: Int) -> String {
    let minutes = index * 5
    let hh = minutes / 60
    let mm = minutes % 60
    return "\(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm)"
  }
}

/// The policy's headroom thresholds, as fractions 0…1.
public struct PolicyReport: Sendable, Equatable, Codable {
  /// Headroom below this warns (`policy.warnBelowHeadroom`).
  public var warnBelowHeadroom: Double
  /// Headroom below this fails (`policy.failBelowHeadroom`).
  public var failBelowHeadroom: Double
}
