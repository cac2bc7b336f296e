/// The power path as a chain, utility → transformer → switchboard → UPS → floor PDU →
/// busway → rack PDU: which checks are its elements, in that order, and the one that binds
/// (the least headroom; NVIDIA's DPS example chain checks every level, facility-reference §1.8).
public enum PowerPathOrder {
  /// Check names of the path, utility first; pools' rack feeds match `pdu-feed[`.
  public static let order = [
    "utility", "transformer", "switchboard", "ups", "ups-kva", "floor-pdu", "row", "pdu-feed[",
  ]

  /// The checks that are elements of the path, in path order (the site's normal state).
  public static func elements(_ checks: [Check]) -> [Check] {
    order.flatMap { name in
      checks.filter { name.hasSuffix("[") ? $0.name.hasPrefix(name) : $0.name == name }
    }
  }

  /// The element with the least headroom; the first in path order on a tie.
  public static func binding(_ elements: [PathElementReport]) -> String? {
    var best: PathElementReport?
    for element in elements where best == nil || element.headroom < best!.headroom {
      best = element
    }
    return best?.element
  }
}
