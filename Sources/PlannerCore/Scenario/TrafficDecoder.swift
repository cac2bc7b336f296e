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
    guard let elements = ValueReader.array(value, path: path, context: context, atMost: 24) else {
      return nil
    }
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
    let promptSpread = spread(object, key: "promptTokens", mean: prompt, default: .fixed)
    let outputSpread = spread(object, key: "outputTokens", mean: output, default: .exponential)
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
    surface.promptSpread = promptSpread
    surface.deadlineHours = deadline
    surface.outputSpread = outputSpread
    return surface
  }

  /// The spread of `key`'s lengths: `<key>P95` (a lognormal through the mean and that 95th
  /// percentile) or `<key>Sigma` (the lognormal σ of ln length, 0…3), else `fallback`.
  static func spread(
    _ object: ObjectReader, key: String, mean: Double?, default fallback: LengthSpread
  ) -> LengthSpread {
    let context = object.context
    let p95Key = key + "P95"
    let sigmaKey = key + "Sigma"
    let p95 = object.number(p95Key, .positive)
    let sigma = object.number(sigmaKey, .nonNegative)
    if p95 != nil && sigma != nil {
      context.error(
        object.path.appending(sigmaKey), at: object.location(of: sigmaKey),
        "'\(sigmaKey)' given with '\(p95Key)'", hint: "give one of the two")
      return fallback
    }
    if let sigma {
      guard sigma <= 3 else {
        context.error(
          object.path.appending(sigmaKey), at: object.location(of: sigmaKey),
          "\(Format.plain(sigma)) is outside 0…3",
          hint: "σ of ln(tokens); 0.5–1.2 is typical of chat traffic")
        return fallback
      }
      return .lognormal(sigma: sigma)
    }
    guard let p95, let mean else { return fallback }
    guard let s = LengthSpread.sigma(mean: mean, p95: p95) else {
      context.error(
        object.path.appending(p95Key), at: object.location(of: p95Key),
        "a 95th percentile of \(Format.plain(p95)) does not fit a mean of \(Format.plain(mean))",
        hint:
          "give a p95 from the mean to \(Format.fixed(LengthSpread.largestP95Ratio, 2)) × the mean, or '\(sigmaKey)'"
      )
      return fallback
    }
    return .lognormal(sigma: s)
  }
}
