/// A node's power supplies: how many, what each can carry, how many are spares, and how they
/// hang on the rack's A and B feeds (JSON `psuCount`, `psuRatingWatts`, `psuRedundant`,
/// `psusOnFeedA`). For a rack-scale system (`fixedNodesPerRack`) they are the rack's power
/// shelves, shared by its nodes and its rack equipment.
public struct PowerSupplies: Sendable, Equatable, Codable {
  /// Supplies in the node (JSON `psuCount`).
  public var count: Int
  /// Most power one supply carries, in watts (JSON `psuRatingWatts`).
  public var ratingWatts: Double
  /// Supplies that are spares: the M of N+M (JSON `psuRedundant`); the node needs the other N
  /// to run unbraked.
  public var redundant: Int
  /// Supplies cabled to the A feed (JSON `psusOnFeedA`); the rest hang on the B feed.
  public var onFeedA: Int

  public init(count: Int, ratingWatts: Double, redundant: Int, onFeedA: Int? = nil) {
    self.count = count
    self.ratingWatts = ratingWatts
    self.redundant = redundant
    self.onFeedA = onFeedA ?? (count + 1) / 2
  }

  /// A plain server's supplies when a catalog entry gives none: two, each able to carry the
  /// whole node (1+1, one per feed), the common layout of dual-corded servers.
  public static func onePlusOne(nameplateKW: Double) -> PowerSupplies {
    PowerSupplies(count: 2, ratingWatts: nameplateKW * 1000, redundant: 1, onFeedA: 1)
  }

  /// Supplies on the B feed.
  public var onFeedB: Int { count - onFeedA }
  /// Supplies the node needs to run unbraked: N of N+M.
  public var required: Int { count - redundant }
  /// Supplies left on the weaker side when one feed is lost.
  public var survivingOneFeed: Int { min(onFeedA, onFeedB) }

  /// Most the supplies on one side carry when the other feed is lost, in kW.
  public var oneSideKW: Double { Double(survivingOneFeed) * ratingWatts / 1000 }

  /// Whether the node is braked when a feed is lost: fewer supplies survive than it needs.
  public var brakesOnFeedLoss: Bool { survivingOneFeed < required }

  /// `6 × 3.3 kW, 4+2, 3 A / 3 B`.
  public var summary: String {
    "\(count) × \(Format.plain(ratingWatts / 1000)) kW, \(required)+\(redundant), "
      + "\(onFeedA) A / \(onFeedB) B"
  }
}
