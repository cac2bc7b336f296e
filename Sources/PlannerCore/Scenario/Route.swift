/// How a surface's generated requests split over model deployments (JSON `routes[]`).
public struct Route: Sendable, Equatable {
  /// One deployment and the fraction of requests it receives.
  public struct Target: Sendable, Equatable {
    public var deployment: String
    /// Fraction of the route's requests, 0…1; a route's shares add up to 1.
    public var share: Double

    public init(deployment: String, share: Double) {
      self.deployment = deployment
      self.share = share
    }
  }

  public var name: String
  public var targets: [Target]

  public init(name: String, targets: [Target]) {
    self.name = name
    self.targets = targets
  }
}
