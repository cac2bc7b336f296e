/// Decodes `events[]` and `degradation[]`, and checks the names they refer to.
enum EventsDecoder {
  /// Each event decoded, with its path.
  static func decodeEvents(
    _ elements: [(value: JSONValue, path: JSONPath)], context: DecodingContext
  ) -> [(event: Event, path: JSONPath)] {
    elements.compactMap { element -> (event: Event, path: JSONPath)? in
      guard let object = ObjectReader(element.value, path: element.path, context: context) else {
        return nil
      }
      defer { object.finish() }
      let name = object.string("name", required: true)
      let firmware = object.object("firmware").flatMap { firmware -> FirmwareRegression? in
        defer { firmware.finish() }
        return FirmwareRegression(
          gpuWattsIncrease: firmware.number("gpuWattsIncrease", .nonNegative) ?? 0,
          throughputLoss: firmware.number("throughputLoss", .fraction) ?? 0)
      }
      let surfaces =
        object.array("surfaces")?.compactMap {
          ValueReader.string($0.value, path: $0.path, context: context)
        } ?? []
      let event = Event(
        name: name ?? "",
        coolingUnitsLost: object.integer("coolingUnitsLost", minimum: 0) ?? 0,
        feedsLost: object.integer("feedsLost", minimum: 0) ?? 0,
        upsModulesLost: object.integer("upsModulesLost", minimum: 0) ?? 0,
        generatorUnitsLost: object.integer("generatorUnitsLost", minimum: 0) ?? 0,
        ambientC: object.number("ambientC", .any),
        serverInletC: object.number("serverInletC", .any),
        trafficMultiplier: object.number("trafficMultiplier", .positive) ?? 1,
        failoverShare: object.number("failoverShare", .nonNegative) ?? 0,
        surfaces: surfaces, firmware: firmware)
      return name == nil ? nil : (event, element.path)
    }
  }

  /// Each step decoded, with its path.
  static func decodeLadder(
    _ elements: [(value: JSONValue, path: JSONPath)], context: DecodingContext
  ) -> [(step: DegradationStep, path: JSONPath)] {
    elements.compactMap { element -> (step: DegradationStep, path: JSONPath)? in
      decodeStep(element, context: context).map { ($0, element.path) }
    }
  }

  static func decodeStep(
    _ element: (value: JSONValue, path: JSONPath), context: DecodingContext
  ) -> DegradationStep? {
    guard let object = ObjectReader(element.value, path: element.path, context: context) else {
      return nil
    }
    defer { object.finish() }
    guard let kind = object.choice("step", as: StepKind.self, required: true) else {
      object.declare("gpuWatts", "fractionOfTDP", "route", "deployment", "share", "fraction")
      return nil
    }
    switch kind {
    case .powerCap:
      let watts = object.number("gpuWatts", .positive)
      let fraction = object.number("fractionOfTDP", .positiveFraction)
      switch (watts, fraction) {
      case (let w?, nil): return .powerCap(.watts(w))
      case (nil, let f?): return .powerCap(.fractionOfTDP(f))
      default:
        let given = watts != nil
        context.error(
          object.path.appending(given ? "fractionOfTDP" : "step"),
          at: given ? object.location(of: "fractionOfTDP") : object.location(of: "step"),
          given
            ? "both 'gpuWatts' and 'fractionOfTDP' given"
            : "a power cap needs 'gpuWatts' or 'fractionOfTDP'",
          hint: "give the cap in watts or as a fraction of each GPU's TDP")
        return nil
      }
    case .shedBatch:
      return .shedBatch
    case .routeToSmall:
      let route = object.string("route", required: true)
      let deployment = object.string("deployment", required: true)
      let share = object.number("share", .fraction, required: true)
      guard let route, let deployment, let share else { return nil }
      return .routeToSmall(route: route, deployment: deployment, share: share)
    case .lowerBatch:
      return object.number("fraction", .positiveFraction, required: true).map {
        .lowerBatch(fraction: $0)
      }
    case .serveFromCache:
      return object.number("fraction", .fraction, required: true).map {
        .serveFromCache(fraction: $0)
      }
    case .shedInteractive:
      return object.number("fraction", .fraction, required: true).map {
        .shedInteractive(fraction: $0)
      }
    }
  }

  /// JSON names of the ladder's steps.
  enum StepKind: String, CaseIterable {
    case powerCap, shedBatch, routeToSmall, lowerBatch, serveFromCache, shedInteractive
  }

  /// Event names are unique; the surfaces, routes and deployments they name exist, each of
  /// its own kind.
  static func checkReferences(
    _ scenario: Scenario, names: NameIndex, events eventPaths: [JSONPath],
    ladder ladderPaths: [JSONPath], context: DecodingContext
  ) {
    var seen: Set<String> = []
    for (event, path) in zip(scenario.events, eventPaths) {
      if !seen.insert(event.name).inserted {
        context.error(
          path.appending("name"), at: context.locations[path.appending("name").description],
          "duplicate name '\(event.name)'", hint: "names in 'events' must be unique")
      }
      for (j, surface) in event.surfaces.enumerated() {
        names.resolve(
          surface, as: [.surface], role: "an event's 'surfaces'",
          at: path.appending("surfaces").appending(index: j), context: context)
      }
    }
    for (step, path) in zip(scenario.degradation, ladderPaths) {
      guard case .routeToSmall(let route, let deployment, _) = step else { continue }
      names.resolve(
        route, as: [.route], role: "a 'routeToSmall' step's 'route'", at: path.appending("route"),
        context: context)
      guard
        names.resolve(
          deployment, as: [.deployment], role: "a 'routeToSmall' step's 'deployment'",
          at: path.appending("deployment"), context: context),
        let d = scenario.deployment(named: deployment), d.model.role != .generative
      else { continue }
      context.error(
        path.appending("deployment"),
        at: context.locations[path.appending("deployment").description],
        "'\(deployment)' cannot generate", hint: "route to a generative deployment")
    }
  }
}
