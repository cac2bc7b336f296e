/// Decodes `pipelines[]` and `routes[]`.
enum PipelineDecoder {
  static func decode(_ elements: [(value: JSONValue, path: JSONPath)], context: DecodingContext)
    -> [Pipeline]
  {
    elements.compactMap { element in
      guard let object = ObjectReader(element.value, path: element.path, context: context) else {
        return nil
      }
      defer { object.finish() }
      let name = object.string("name", required: true)
      let elements = object.array("stages", required: true)
      let stages = elements?.compactMap { stage in
        ObjectReader(stage.value, path: stage.path, context: context).flatMap(decodeStage)
      }
      if let elements, elements.isEmpty {
        context.error(
          object.path.appending("stages"), at: object.value("stages")?.location,
          "a pipeline needs at least one stage",
          hint: "give the stages a request runs through, such as [{\"stage\": \"generate\"}]")
      }
      checkOneGeneration(elements ?? [], context: context)
      guard let name, let stages else { return nil }
      return Pipeline(name: name, stages: stages)
    }
  }

  /// A request is generated once: a second 'generate' stage would count its tokens twice.
  private static func checkOneGeneration(
    _ elements: [(value: JSONValue, path: JSONPath)], context: DecodingContext
  ) {
    let generating = elements.filter { element in
      guard case .object(let members) = element.value.kind,
        case .string("generate")? = members.first(where: { $0.key == "stage" })?.value.kind
      else { return false }
      return true
    }
    for element in generating.dropFirst() {
      context.error(
        element.path.appending("stage"), at: element.value.location,
        "a second 'generate' stage",
        hint: "a pipeline generates once, on the surface's route; drop one of them")
    }
  }

  static func decodeStage(_ object: ObjectReader) -> Stage? {
    defer { object.finish() }
    let context = object.context
    guard let kind = object.choice("stage", as: Stage.Kind.self, required: true) else {
      object.declare("cpuMs", "deployment", "tokens")
      return nil
    }
    if kind == .generate {
      object.declare("cpuMs", "deployment", "tokens")
      for key in ["cpuMs", "deployment", "tokens"] where object.has(key) {
        context.error(
          object.path.appending(key), at: object.location(of: key),
          "a generate stage takes no '\(key)'",
          hint: "generation runs on the surface's route")
      }
      return Stage(kind: kind, placement: .generation)
    }
    if object.has("deployment") {
      object.declare("cpuMs")
      if object.has("cpuMs") {
        context.error(
          object.path.appending("cpuMs"), at: object.location(of: "cpuMs"),
          "'cpuMs' given with 'deployment'",
          hint: "a stage runs either on the CPU pool (cpuMs) or on a model deployment")
      }
      let deployment = object.string("deployment")
      let tokens = object.number("tokens", .positive, required: true)
      guard let deployment, let tokens else { return nil }
      return Stage(kind: kind, placement: .model(deployment: deployment, tokens: tokens))
    }
    object.declare("deployment", "tokens")
    if object.has("tokens") {
      context.error(
        object.path.appending("tokens"), at: object.location(of: "tokens"),
        "a CPU stage takes no 'tokens'",
        hint: "tokens size a stage that runs on a model 'deployment'")
    }
    guard let cpuMs = object.number("cpuMs", .nonNegative, required: true) else { return nil }
    return Stage(kind: kind, placement: .cpu(milliseconds: cpuMs))
  }
}

enum RouteDecoder {
  static func decode(_ elements: [(value: JSONValue, path: JSONPath)], context: DecodingContext)
    -> [Route]
  {
    elements.compactMap { element in
      guard let object = ObjectReader(element.value, path: element.path, context: context) else {
        return nil
      }
      defer { object.finish() }
      let name = object.string("name", required: true)
      if object.has("cascade") {
        if object.has("shares") {
          context.error(
            object.path.appending("cascade"), at: object.location(of: "cascade"),
            "a route has 'shares' or a 'cascade', not both",
            hint: "split requests by shares, or send them to a small model first and escalate")
        }
        object.declare("shares")
        let cascade = object.object("cascade").flatMap(decodeCascade)
        guard let name, let cascade else { return nil }
        return Route(name: name, cascade: cascade)
      }
      if !object.has("shares") {
        object.declare("cascade")
        context.error(
          object.path.appending("shares"), at: object.location, "missing required key 'shares'",
          hint: "a route splits requests by 'shares' or escalates them by a 'cascade'")
        return nil
      }
      object.declare("cascade")
      let targets = object.array("shares", required: true)?.compactMap { target -> Route.Target? in
        guard let item = ObjectReader(target.value, path: target.path, context: context) else {
          return nil
        }
        defer { item.finish() }
        let deployment = item.string("deployment", required: true)
        let share = item.number("share", .positiveFraction, required: true)
        guard let deployment, let share else { return nil }
        return Route.Target(deployment: deployment, share: share)
      }
      guard let name, let targets else { return nil }
      let total = targets.map(\.share).reduce(0, +)
      if !targets.isEmpty, abs(total - 1) > 1e-6 {
        context.error(
          object.path.appending("shares"), at: object.location(of: "shares"),
          "shares add up to \(Format.plain(total)), not 1",
          hint: "each share is the fraction of the route's requests")
      }
      return Route(name: name, targets: targets)
    }
  }

  /// `{"first": …, "escalate": …, "escalationRate": …, "includeDraft": …}`.
  static func decodeCascade(_ object: ObjectReader) -> Route.Cascade? {
    defer { object.finish() }
    let first = object.string("first", required: true)
    let escalate = object.string("escalate", required: true)
    let rate = object.number("escalationRate", .fraction, required: true)
    let includeDraft = object.bool("includeDraft") ?? false
    guard let first, let escalate, let rate else { return nil }
    if first == escalate {
      object.context.error(
        object.path.appending("escalate"), at: object.value("escalate")?.location,
        "a cascade escalates from '\(first)' to itself",
        hint: "escalate to a larger model's deployment, or name '\(first)' as the route")
    }
    return Route.Cascade(
      first: first, escalate: escalate, escalationRate: rate, includeDraft: includeDraft)
  }
}
