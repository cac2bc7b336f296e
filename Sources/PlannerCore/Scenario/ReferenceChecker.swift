/// Checks what a scenario's parts say about each other: names are unique, every name
/// referred to exists, and each stage runs on a model of the right role.
enum ReferenceChecker {
  /// `names` holds every name the file gives by kind, also of entries that failed to decode,
  /// whose errors are already recorded.
  static func check(_ scenario: Scenario, names: NameIndex, context: DecodingContext) {
    func error(_ path: JSONPath, _ message: String, hint: String? = nil) {
      context.error(path, at: context.locations[path.description], message, hint: hint)
    }
    func unique(_ names: [String], _ list: JSONPath) {
      var seen: Set<String> = []
      for (index, name) in names.enumerated() where !seen.insert(name).inserted {
        error(
          list.appending(index: index).appending("name"), "duplicate name '\(name)'",
          hint: "names in '\(list)' must be unique")
      }
    }
    unique(
      scenario.traffic.surfaces.map(\.name),
      JSONPath.root.appending("traffic").appending("surfaces"))
    unique(scenario.pipelines.map(\.name), JSONPath.root.appending("pipelines"))
    unique(scenario.routes.map(\.name), JSONPath.root.appending("routes"))
    unique(scenario.deployments.map(\.name), JSONPath.root.appending("deployments"))

    func checkGenerator(_ name: String, _ path: JSONPath, role: String) {
      guard names.resolve(name, as: [.deployment], role: role, at: path, context: context),
        let deployment = scenario.deployment(named: name)
      else { return }
      if deployment.model.role != .generative {
        error(
          path,
          "'\(name)' serves \(deployment.model.id), \(deployment.model.role == .embedding ? "an" : "a") \(deployment.model.role.rawValue) model, which cannot generate",
          hint: "route generation to a generative model")
      }
    }

    for (index, surface) in scenario.traffic.surfaces.enumerated() {
      let path = JSONPath.root.appending("traffic").appending("surfaces").appending(index: index)
      guard
        names.resolve(
          surface.pipeline, as: [.pipeline], role: "a surface's 'pipeline'",
          at: path.appending("pipeline"), context: context),
        let pipeline = scenario.pipeline(named: surface.pipeline)
      else { continue }
      let generates = pipeline.stages.contains { $0.placement == .generation }
      if generates && surface.route.isEmpty {
        error(
          path.appending("route"), "missing required key 'route'",
          hint: "pipeline '\(pipeline.name)' has a generate stage; name a route or a deployment")
      } else if generates
        && !names.resolve(
          surface.route, as: [.route, .deployment], role: "a surface's 'route'",
          at: path.appending("route"), context: context)
      {
        // reported, or declared by an entry whose own errors are recorded
      } else if generates && !scenario.routes.contains(where: { $0.name == surface.route }) {
        checkGenerator(surface.route, path.appending("route"), role: "a surface's 'route'")
      }
      for leg in generates ? scenario.legs(ofRoute: surface.route) : [] {
        // an escalation that reads the first model's draft holds it in its context too
        let context =
          surface.promptTokens + surface.outputTokens * (leg.readsDraft ? 2 : 1)
        guard let model = scenario.deployment(named: leg.deployment)?.model,
          context > Double(model.maxContextTokens)
        else { continue }
        error(
          path.appending("promptTokens"),
          "prompt\(leg.readsDraft ? ", draft" : "") and output (\(Format.grouped(context, 0)) tokens) exceed \(model.id)'s context of \(Format.grouped(Double(model.maxContextTokens), 0)) tokens",
          hint: "route '\(surface.name)' to a model with a longer context, or shorten its prompts")
      }
    }
    for (r, route) in scenario.routes.enumerated() {
      for (t, target) in route.targets.enumerated() {
        checkGenerator(
          target.deployment,
          JSONPath.root.appending("routes").appending(index: r).appending("shares").appending(
            index: t
          ).appending("deployment"), role: "a share")
      }
      if let cascade = route.cascade {
        let path = JSONPath.root.appending("routes").appending(index: r).appending("cascade")
        checkGenerator(cascade.first, path.appending("first"), role: "a cascade's 'first'")
        checkGenerator(
          cascade.escalate, path.appending("escalate"), role: "a cascade's 'escalate'")
      }
    }
    for (p, pipeline) in scenario.pipelines.enumerated() {
      for (s, stage) in pipeline.stages.enumerated() {
        guard case .model(let name, _) = stage.placement else { continue }
        let path = JSONPath.root.appending("pipelines").appending(index: p).appending("stages")
          .appending(index: s).appending("deployment")
        guard
          names.resolve(name, as: [.deployment], role: "a stage", at: path, context: context),
          let deployment = scenario.deployment(named: name)
        else { continue }
        if deployment.model.role == .generative {
          error(
            path,
            "'\(name)' serves a generative model; a \(stage.kind.rawValue) stage runs an embedding, reranker or guard model",
            hint: "generation belongs in the 'generate' stage")
        }
      }
    }
  }
}
