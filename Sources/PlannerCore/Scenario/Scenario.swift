/// A launch to plan: traffic, pipelines, routes, model deployments, fleet and site, all typed,
/// validated and with every catalog reference resolved.
///
/// Built by `ScenarioLoader` from a JSON file, or directly by code that embeds the planner.
public struct Scenario: Sendable, Equatable {
  /// Short name (JSON `name`).
  public var name: String
  /// What the scenario models and where its assumptions come from (JSON `description`).
  public var description: String
  public var traffic: Traffic
  public var pipelines: [Pipeline]
  public var routes: [Route]
  public var deployments: [Deployment]
  public var fleet: Fleet
  public var site: Site
  public var margins: Margins
  public var policy: Policy
  /// What-ifs evaluated at the planning peak (JSON `events`).
  public var events: [Event] = []
  /// What operators do, in order, to contain an event (JSON `degradation`).
  public var degradation: [DegradationStep] = []
  /// The months the forecast covers and how traffic grows (JSON `growth`).
  public var horizon: Horizon = .flatYear

  public init(
    name: String, description: String, traffic: Traffic, pipelines: [Pipeline], routes: [Route],
    deployments: [Deployment], fleet: Fleet, site: Site, margins: Margins, policy: Policy
  ) {
    self.name = name
    self.description = description
    self.traffic = traffic
    self.pipelines = pipelines
    self.routes = routes
    self.deployments = deployments
    self.fleet = fleet
    self.site = site
    self.margins = margins
    self.policy = policy
  }

  public func pipeline(named name: String) -> Pipeline? { pipelines.first { $0.name == name } }
  public func deployment(named name: String) -> Deployment? {
    deployments.first { $0.name == name }
  }

  /// Generated requests per deployment, per generated request of a surface: a route's shares
  /// or its cascade's legs (the escalation's fraction comes on top of the first model's 1),
  /// or the whole of it when the surface names a deployment directly.
  public func targets(ofRoute name: String) -> [Route.Target] {
    legs(ofRoute: name).map { Route.Target(deployment: $0.deployment, share: $0.fraction) }
  }

  /// Where a surface's generated requests go: a route's legs, or one leg of share 1 when the
  /// surface names a deployment directly.
  public func legs(ofRoute name: String) -> [Route.Leg] {
    if let route = routes.first(where: { $0.name == name }) { return route.legs }
    return [Route.Leg(deployment: name, fraction: 1, kind: .share)]
  }
}
