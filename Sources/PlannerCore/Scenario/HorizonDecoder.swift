/// Decodes what the forecast needs: the scenario's `growth`, each surface's own `growth`, and
/// the site's seasons, floor, lead times and tariff.
enum HorizonDecoder {
  /// Site keys of the forecast, applied to a decoded site.
  struct SiteKeys {
    var designAmbientByMonthC: [Double]?
    var rackPositions: RackPositions?
    var leadTimes = LeadTimes()
    var tariff = Tariff()

    func apply(to site: inout Site) {
      site.designAmbientByMonthC = designAmbientByMonthC
      site.rackPositions = rackPositions
      site.leadTimes = leadTimes
      site.tariff = tariff
    }
  }

  /// Reads the scenario's `growth` (nil: twelve flat months) and every surface's own, whose
  /// step months are placed in the scenario's horizon.
  static func decode(
    _ growth: ObjectReader?, root: JSONValue, into scenario: inout Scenario,
    context: DecodingContext
  ) {
    if let growth {
      scenario.horizon = decodeHorizon(growth) ?? .flatYear
      checkBound(scenario.horizon.growth, scenario.horizon, at: growth, context: context)
    }
    let surfaces = rawSurfaces(root)
    for (index, raw) in surfaces.enumerated() {
      guard case .object(let members) = raw.kind,
        let value = members.first(where: { $0.key == "growth" })?.value
      else { continue }
      let path = JSONPath.root.appending("traffic").appending("surfaces").appending(index: index)
      guard let object = ObjectReader(value, path: path.appending("growth"), context: context)
      else { continue }
      defer { object.finish() }
      guard growth != nil, let start = scenario.horizon.start else {
        object.declare("monthlyRate", "steps", "maxDailyActiveUsers")
        // a scenario growth that failed to decode has its error already
        if growth != nil { continue }
        context.error(
          object.path, at: value.location, "a surface's growth needs the scenario's growth",
          hint: "give a top-level \"growth\" with startMonth and horizonMonths")
        continue
      }
      let base = scenario.horizon.growth
      var surfaceGrowth = Growth(
        monthlyRate: object.number("monthlyRate", .fraction) ?? base.monthlyRate,
        steps: object.array("steps").map {
          decodeSteps($0, start: start, months: scenario.horizon.months, context: context)
        } ?? base.steps)
      if let ceiling = object.number("maxDailyActiveUsers", .positive) {
        surfaceGrowth.ceilingFactor = ceilingFactor(
          ceiling, surface: members, object: object)
      }
      checkBound(surfaceGrowth, scenario.horizon, at: object, context: context)
      if index < scenario.traffic.surfaces.count {
        scenario.traffic.surfaces[index].growth = surfaceGrowth
      }
    }
  }

  /// Most a horizon may multiply today's traffic by: beyond it the month's fleet is a new
  /// site, not growth (and counts of replicas would leave any sane range).
  static let maxGrowthFactor = 1000.0

  /// An error at `object` when `growth` takes traffic past `maxGrowthFactor` × today's within
  /// `horizon`.
  private static func checkBound(
    _ growth: Growth, _ horizon: Horizon, at object: ObjectReader, context: DecodingContext
  ) {
    guard
      let month = (0..<horizon.months).first(where: {
        growth.factor(atMonth: $0) > maxGrowthFactor
      })
    else { return }
    context.error(
      object.path, at: object.location,
      "traffic passes \(Format.grouped(maxGrowthFactor, 0)) × today's in \(horizon.label(month))",
      hint: "a horizon plans growth, not a new site: lower monthlyRate or the steps, shorten "
        + "horizonMonths, or cap the surface with maxDailyActiveUsers")
  }

  private static func rawSurfaces(_ root: JSONValue) -> [JSONValue] {
    guard case .object(let members) = root.kind,
      case .object(let traffic)? = members.first(where: { $0.key == "traffic" })?.value.kind,
      case .array(let surfaces)? = traffic.first(where: { $0.key == "surfaces" })?.value.kind
    else { return [] }
    return surfaces
  }

  /// The ceiling as a multiple of the surface's daily users, which it must give.
  private static func ceilingFactor(
    _ ceiling: Double, surface: [JSONValue.Member], object: ObjectReader
  ) -> Double? {
    let key = "maxDailyActiveUsers"
    guard
      case .number(let users, _)? = surface.first(where: { $0.key == "dailyActiveUsers" })?
        .value.kind, users > 0
    else {
      object.context.error(
        object.path.appending(key), at: object.location(of: key),
        "a ceiling on daily users needs the surface's dailyActiveUsers",
        hint: "give the surface's traffic as dailyActiveUsers with requestsPerUserPerDay")
      return nil
    }
    guard ceiling >= users else {
      object.context.error(
        object.path.appending(key), at: object.location(of: key),
        "the ceiling \(Format.grouped(ceiling, 0)) is below today's \(Format.grouped(users, 0)) daily users",
        hint: "a ceiling caps growth; it cannot start below the surface's dailyActiveUsers")
      return nil
    }
    return ceiling / users
  }

  private static func decodeHorizon(_ object: ObjectReader) -> Horizon? {
    defer { object.finish() }
    let start = object.value("startMonth", required: true).flatMap {
      month($0, path: object.path.appending("startMonth"), context: object.context)
    }
    let months = object.integer("horizonMonths", minimum: 1, required: true)
    if let months, months > Horizon.maxMonths {
      object.context.error(
        object.path.appending("horizonMonths"), at: object.value("horizonMonths")?.location,
        "\(months) months is beyond the longest horizon of \(Horizon.maxMonths)",
        hint: "plan at most ten years (120 months) ahead")
    }
    let rate = object.number("monthlyRate", .fraction) ?? 0
    guard let start, let months, months <= Horizon.maxMonths else {
      object.declare("steps")
      return nil
    }
    let steps =
      object.array("steps").map {
        decodeSteps($0, start: start, months: months, context: object.context)
      } ?? []
    return Horizon(
      start: start, months: months, growth: Growth(monthlyRate: rate, steps: steps))
  }

  private static func decodeSteps(
    _ elements: [(value: JSONValue, path: JSONPath)], start: CalendarMonth, months: Int,
    context: DecodingContext
  ) -> [Growth.Step] {
    let last = start.adding(months: months - 1)
    return elements.compactMap { element in
      guard let step = ObjectReader(element.value, path: element.path, context: context) else {
        return nil
      }
      defer { step.finish() }
      let when = step.value("month", required: true).flatMap {
        month($0, path: step.path.appending("month"), context: context)
      }
      let multiply = step.number("multiply", .positive, required: true)
      guard let when, let multiply else { return nil }
      let index = start.months(to: when)
      guard (0..<months).contains(index) else {
        context.error(
          step.path.appending("month"), at: step.value("month")?.location,
          "\(when) is outside the horizon \(start)…\(last)",
          hint: "a step falls in one of the horizon's months")
        return nil
      }
      return Growth.Step(monthIndex: index, multiply: multiply)
    }
  }

  /// A `YYYY-MM` string.
  static func month(_ value: JSONValue, path: JSONPath, context: DecodingContext)
    -> CalendarMonth?
  {
    guard let text = ValueReader.string(value, path: path, context: context) else { return nil }
    guard let month = CalendarMonth(parsing: text) else {
      context.error(
        path, at: value.location, "'\(text)' is not a month",
        hint: "write YYYY-MM, such as 2027-03")
      return nil
    }
    return month
  }
}
