/// What the systems a scenario deploys ask of its site: a system that sends heat to liquid
/// (cold plates) cannot stand on a site without a liquid loop.
enum SiteRequirements {
  /// Records an error at `deployments[i].system` for every deployment whose system needs
  /// liquid cooling on a site that has no `liquidCooling`.
  static func check(_ scenario: Scenario, context: DecodingContext) {
    guard scenario.site.liquidLoop == nil else { return }
    for (index, deployment) in scenario.deployments.enumerated()
    where deployment.system.cooling.needsLiquid {
      let path = JSONPath.root.appending("deployments").appending(index: index)
      let system = deployment.system
      let at =
        context.locations[path.appending("system").description]
        ?? context.locations[path.description]
      context.error(
        path.appending("system"), at: at,
        "deployment '\(deployment.name)' runs on '\(system.id)', which is \(system.cooling.rawValue)-cooled (\(Format.percent(system.liquidCooledFraction, 0)) of node heat to liquid), and the site has no liquid loop",
        hint:
          "give site.liquidCooling (the CDUs: units, unitKW, redundancy) or an air-cooled system")
    }
  }
}
