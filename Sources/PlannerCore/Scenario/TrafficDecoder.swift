/// Decodes `traffic`: the diurnal profile and the surfaces.
enum TrafficDecoder {
  static func decode(_ object: ObjectReader) -> Traffic? {
    defer { object.finish() }
    let context = object.context
    let profile =
      object.value("profile").flatMap {
        decodeProfile($0, path: object.path.appending("profile"), context: context)
      } ?? .flat
    guard let elements = object.array("surfaces", required: true) else { return nil }
    if elements.isEmpty {
      context.error(
        object.path.appending("surfaces"), at: object.location(of: "surfaces"),
        "a scenario needs at least one surface")
    }
    let surfaces = elements.compactMap { element in
      ObjectReader(element.value, path: element.path, context: context).flatMap(decodeSurface)
    }
    return Traffic(profile: profile, surfaces: surfaces)
  }

  static func decodeProfile(_ value: JSONValue, path: JSONPath, context: DecodingContext)
    -> DiurnalProfile?
  {
    if case .string(let name) = value.kind {
      return ValueReader.preset(
        name, among: DiurnalProfile.presets, named: \.name, what: "profile",
        orElse: "24 hourly weights",
        at: value.location, path: path, context: context)
    }
    guard let elements = ValueReader.array(value, path: path, context: context) else { return nil }
    guard elements.count == 24 else {
      context.error(
        path, at: value.location, "\(elements.count) hourly weights, expected 24",
        hint: "one weight per hour, hour 0 first")
      return nil
    }
    let weights = elements.compactMap {
      ValueReader.number($0.value, .nonNegative, path: $0.path, context: context)
    }
    guard weights.count == 24 else { return nil }
    guard weights.contains(where: { $0 > 0 }) else {
      context.error(
        path, at: value.location, "every hourly weight is 0",
        hint: "weights are relative load; give the busy hours a positive weight")
      return nil
    }
    return DiurnalProfile(name: "custom", hourlyWeights: weights)
  }

  static func decodeSurface(_ object: ObjectReader) -> Surface? {
    defer { object.finish() }
    let context = object.context
    let name = object.string("name", required: true)
    let rate: Double?
    if object.has("requestsPerSecond") {
      rate = object.number("requestsPerSecond", .positive)
      object.declare("dailyActiveUsers", "requestsPerUserPerDay")
      for key in ["dailyActiveUsers", "requestsPerUserPerDay"] where object.has(key) {
        context.error(
          object.path.appending(key), at: object.location(of: key),
          "'\(key)' given with 'requestsPerSecond'",
          hint: "give either requestsPerSecond or dailyActiveUsers with requestsPerUserPerDay")
      }
    } else if object.has("dailyActiveUsers") || object.has("requestsPerUserPerDay") {
      let users = object.number("dailyActiveUsers", .positive, required: true)
      let perUser = object.number("requestsPerUserPerDay", .positive, required: true)
      object.declare("requestsPerSecond")
      rate = users.flatMap { u in perUser.map { u * $0 / 86_400 } }
    } else {
      object.declare("requestsPerSecond", "dailyActiveUsers", "requestsPerUserPerDay")
      context.error(
        object.path.appending("requestsPerSecond"), at: object.location, "missing the request rate",
        hint: "give requestsPerSecond, or dailyActiveUsers with requestsPerUserPerDay")
      rate = nil
    }
    let prompt = object.number("promptTokens", .positive, required: true)
    let output = object.number("outputTokens", .positive, required: true)
    let worst = object.number("worstFiveMinutesMultiplier", .atLeast(1)) ?? 1
    let retry = object.number("retryRate", .fraction) ?? 0
    let cache = object.number("cacheHitRate", .fraction) ?? 0
    let tier = object.choice("tier", as: Surface.Tier.self) ?? .interactive
    let pipeline = object.string("pipeline", required: true)
    let route = object.string("route") ?? ""
    let deadline = object.number("deadlineHours", .positive)
    // read with the scenario's horizon, which its steps' months need (HorizonDecoder)
    object.declare("growth")
    if deadline != nil && tier != .batch {
      context.error(
        object.path.appending("deadlineHours"), at: object.location(of: "deadlineHours"),
        "deadlineHours on an interactive surface",
        hint: "only deferrable work has a deadline: give the surface \"tier\": \"batch\"")
    }
    guard let name, let rate, let prompt, let output, let pipeline else { return nil }
    var surface = Surface(
      name: name, meanRequestsPerSecond: rate, promptTokens: prompt, outputTokens: output,
      worstFiveMinutesMultiplier: worst, retryRate: retry, cacheHitRate: cache, tier: tier,
      pipeline: pipeline, route: route)
    surface.deadlineHours = deadline
    return surface
  }
}
