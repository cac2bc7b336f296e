/// Decodes `fleet` and `site`.
enum FleetDecoder {
  static let defaults = Fleet(
    nodesPerRack: nil, provisionBy: .nameplate, networkKWPerRack: 1.5, storageKW: 0,
    cpuServer: .default)

  static func decode(_ object: ObjectReader) -> Fleet {
    defer { object.finish() }
    let server = object.object("cpuServer").map { server -> CPUServer in
      defer { server.finish() }
      let base = CPUServer.default
      let idle = server.number("idleWatts", .nonNegative) ?? base.idleWatts
      let peak = server.number("peakWatts", .positive) ?? base.peakWatts
      if peak < idle {
        server.context.error(
          server.path.appending("peakWatts"), at: server.location(of: "peakWatts"),
          "peak power \(Format.plain(peak)) W is below idle power \(Format.plain(idle)) W")
      }
      return CPUServer(
        cores: server.integer("cores", minimum: 1) ?? base.cores,
        idleWatts: idle,
        peakWatts: peak,
        targetUtilization: server.number("targetUtilization", .positiveFraction)
          ?? base.targetUtilization,
        serversPerRack: server.integer("serversPerRack", minimum: 1) ?? base.serversPerRack)
    }
    return Fleet(
      nodesPerRack: object.integer("nodesPerRack", minimum: 1),
      provisionBy: object.choice("provisionBy", as: Fleet.Provisioning.self)
        ?? defaults.provisionBy,
      networkKWPerRack: object.number("networkKWPerRack", .nonNegative)
        ?? defaults.networkKWPerRack,
      storageKW: object.number("storageKW", .nonNegative) ?? defaults.storageKW,
      cpuServer: server ?? .default,
      install: object.choice("install", as: Fleet.Install.self) ?? .perMonth)
  }
}

enum SiteDecoder {
  /// A site used only to check a scenario's references when its own site failed to decode.
  static let standIn = Site(
    rackLimitKW: 1,
    feed: PDUFeed(
      phases: 3, volts: 400, amps: 32, powerFactor: 1, continuousDerate: 1, feedsPerRack: 1,
      redundancy: .n),
    cooling: CoolingPlant(
      units: RedundantUnits(count: 1, unitKW: 1, redundancy: .n), ratedAmbientC: 35, ratedCOP: 3,
      curve: .flat),
    overhead: .constantPUE(1), ups: nil, utilityKW: 1, designAmbientC: 35)

  static func decode(_ object: ObjectReader) -> Site? {
    defer { object.finish() }
    var defaulted: [String] = []
    let rackLimit = object.number("rackLimitKW", .positive, required: true)
    let feed = object.object("pdu", required: true).flatMap { decodeFeed($0, &defaulted) }
    let cooling = object.object("cooling", required: true).flatMap {
      decodeCooling($0, &defaulted)
    }
    var overheadInside = true
    let overhead = object.object("overhead", required: true).flatMap { overhead in
      if !overhead.has("inCooledSpace") { defaulted.append("overhead.inCooledSpace") }
      return decodeOverhead(overhead, inCooledSpace: &overheadInside)
    }
    let ups = object.object("ups").map { decodeUPS($0, defaulted: &defaulted) }
    let utility = object.number("utilityKW", .positive, required: true)
    if !object.has("designAmbientC") { defaulted.append("designAmbientC") }
    let ambient = object.number("designAmbientC", .any) ?? 35
    let generator = object.object("generator").map { generator in
      for key in ["stepAcceptance", "deratePer100M", "deratePerK"] where !generator.has(key) {
        defaulted.append("generator.\(key)")
      }
      return decodeGenerator(generator)
    }
    let path = object.object("powerPath").map {
      decodePowerPath($0, powerFactor: feed?.powerFactor ?? 0.95)
    }
    let gains = HeatGains(
      lightingKW: object.number("lightingKW", .nonNegative) ?? 0,
      occupants: object.integer("occupants", minimum: 0) ?? 0)
    let altitude = object.number("altitudeM", .any) ?? 0
    let row = object.object("row").flatMap { row -> RowFeed? in
      defer { row.finish() }
      let racks = row.integer("racks", minimum: 1, required: true)
      let limit = row.number("limitKW", .positive, required: true)
      guard let racks, let limit else { return nil }
      return RowFeed(racks: racks, limitKW: limit)
    }
    let liquid = object.object("liquidCooling").flatMap { loop in
      defer { loop.finish() }
      return decodeUnits(loop)
    }
    let airLimit = object.number("rackAirLimitKW", .positive)
    let inlet = ServerInlet(
      celsius: object.number("serverInletC", .any) ?? ServerInlet.referenceC,
      powerPerC: object.number("fanPowerPerC", .fraction) ?? ServerInlet().powerPerC)
    let monthly = decodeMonths(object)
    let horizonKeys = HorizonDecoder.decodeSite(object)
    guard let rackLimit, let feed, let cooling, let overhead, let utility else { return nil }
    var site = Site(
      rackLimitKW: rackLimit, feed: feed, cooling: cooling, overhead: overhead, ups: ups?.0,
      utilityKW: utility, designAmbientC: ambient)
    site.generator = generator?.0
    site.upsDetail = ups?.1 ?? UPSDetail()
    site.generatorDetail = generator?.1 ?? GeneratorDetail()
    site.powerPath = path ?? PowerPath()
    site.heatGains = gains
    site.altitudeM = altitude
    site.overheadInCooledSpace = overheadInside
    site.defaulted = defaulted.sorted()
    site.row = row
    site.liquidLoop = liquid
    site.rackAirLimitKW = airLimit
    site.inlet = inlet
    site.monthlyAmbientC = monthly
    horizonKeys.apply(to: &site)
    return site
  }

  /// Twelve monthly mean temperatures, January first.
  static func decodeMonths(_ object: ObjectReader) -> [Double]? {
    guard let elements = object.array("monthlyAmbientC", atMost: 12) else { return nil }
    let path = object.path.appending("monthlyAmbientC")
    let values = elements.compactMap {
      ValueReader.number($0.value, .any, path: $0.path, context: object.context)
    }
    guard elements.count == 12 else {
      object.context.error(
        path, at: object.location(of: "monthlyAmbientC"),
        "\(elements.count) months given", hint: "give 12 monthly mean temperatures, January first")
      return nil
    }
    return values.count == 12 ? values : nil
  }

  static func decodeFeed(_ object: ObjectReader, _ defaulted: inout [String]) -> PDUFeed? {
    defer { object.finish() }
    let phases = object.integer("phases", minimum: 1) ?? 3
    if phases != 1 && phases != 3 {
      object.context.error(
        object.path.appending("phases"), at: object.value("phases")?.location, "\(phases) phases",
        hint: "1 or 3")
    }
    let volts = object.number("volts", .positive, required: true)
    let amps = object.number("amps", .positive, required: true)
    if !object.has("powerFactor") { defaulted.append("pdu.powerFactor") }
    let pf = object.number("powerFactor", .positiveFraction) ?? 0.95
    let derate = object.number("continuousDerate", .positiveFraction) ?? 0.8
    let feeds = object.integer("feedsPerRack", minimum: 1) ?? 2
    let redundancy =
      object.choice("redundancy", as: PDUFeed.Redundancy.self) ?? (feeds >= 2 ? .twoN : .n)
    if redundancy == .twoN && feeds % 2 != 0 {
      object.context.error(
        object.path.appending("feedsPerRack"), at: object.value("feedsPerRack")?.location,
        "2N needs an even number of feeds, found \(feeds)", hint: "A and B feeds come in pairs")
    }
    guard let volts, let amps else { return nil }
    return PDUFeed(
      phases: phases, volts: volts, amps: amps, powerFactor: pf, continuousDerate: derate,
      feedsPerRack: feeds, redundancy: redundancy)
  }

  /// Reads `units`, `unitKW` and `redundancy`; the caller finishes the object.
  static func decodeUnits(_ object: ObjectReader, kva: Double?? = nil) -> RedundantUnits? {
    let count = object.integer("units", minimum: 1, required: true)
    let unitKW: Double?
    if let kva {
      // rated in kVA (converted to kW by the caller) or in kW, one of the two
      if object.has("unitKW") && kva != nil {
        object.context.error(
          object.path.appending("unitKW"), at: object.location(of: "unitKW"),
          "'unitKW' given with 'unitKVA'",
          hint: "rate the units in kVA with a powerFactor, or in kW")
      }
      // either-or: the schema requires neither of the two
      unitKW =
        object.number("unitKW", .positive, required: kva == nil && !object.context.probing) ?? kva
    } else {
      unitKW = object.number("unitKW", .positive, required: true)
    }
    let redundancy = object.choice("redundancy", as: RedundantUnits.Redundancy.self) ?? .n
    guard let count, let unitKW else { return nil }
    let units = RedundantUnits(count: count, unitKW: unitKW, redundancy: redundancy)
    if redundancy == .twoN && count % 2 != 0 {
      object.context.error(
        object.path.appending("units"), at: object.value("units")?.location,
        "2N needs an even number of units, found \(count)",
        hint: "each unit in service has its twin")
    } else if units.spares >= count {
      object.context.error(
        object.path.appending("units"), at: object.value("units")?.location,
        "\(count) units leave none in service under \(redundancy.rawValue.uppercased())",
        hint: "give more units or less redundancy")
    }
    return units
  }

  static func decodeCooling(_ object: ObjectReader, _ defaulted: inout [String]) -> CoolingPlant? {
    defer { object.finish() }
    let units = decodeUnits(object)
    let rated = object.number("ratedAmbientC", .any) ?? 35
    let kind = object.choice("kind", as: ChillerKind.self) ?? .airCooled
    let cop = object.number("cop", .positive) ?? kind.defaultCOP
    let curve = object.value("curve").flatMap {
      decodeCurve($0, path: object.path.appending("curve"), context: object.context)
    }
    for key in ["kind", "cop", "curve"] where !object.has(key) {
      defaulted.append("cooling.\(key)")
    }
    if !object.has("auxiliaries") { defaulted.append("cooling.auxiliaries") }
    let auxiliaries = object.object("auxiliaries").map(decodeAuxiliaries)
    let economiser = object.object("economiser").flatMap(decodeEconomiser)
    guard let units else { return nil }
    var plant = CoolingPlant(
      units: units, ratedAmbientC: rated, ratedCOP: cop, curve: curve ?? kind.defaultCurve)
    plant.kind = kind
    plant.auxiliaries = auxiliaries ?? PlantAuxiliaries()
    plant.economiser = economiser
    return plant
  }

  static func decodeCurve(_ value: JSONValue, path: JSONPath, context: DecodingContext)
    -> ChillerCurve?
  {
    if case .string(let name) = value.kind {
      return ValueReader.preset(
        name, among: ChillerCurve.presets, named: \.name, what: "curve", orElse: "points",
        at: value.location,
        path: path, context: context)
    }
    guard let elements = ValueReader.array(value, path: path, context: context) else { return nil }
    let points = elements.compactMap { element -> ChillerCurve.Point? in
      guard let point = ObjectReader(element.value, path: element.path, context: context) else {
        return nil
      }
      defer { point.finish() }
      let t = point.number("ambientC", .any, required: true)
      let capacity = point.number("capacityFactor", .positive, required: true)
      let cop = point.number("copFactor", .positive, required: true)
      guard let t, let capacity, let cop else { return nil }
      return ChillerCurve.Point(ambientC: t, capacityFactor: capacity, copFactor: cop)
    }
    guard !points.isEmpty else {
      context.error(path, at: value.location, "a curve needs at least one point")
      return nil
    }
    return ChillerCurve(name: "custom", points: points)
  }

  static func decodeOverhead(_ object: ObjectReader, inCooledSpace: inout Bool)
    -> FacilityOverhead?
  {
    defer { object.finish() }
    inCooledSpace = object.bool("inCooledSpace") ?? true
    if object.has("pue") {
      object.declare("fixedKW", "proportional", "squareLaw", "ratedITKW")
      for key in ["fixedKW", "proportional", "squareLaw", "ratedITKW"] where object.has(key) {
        object.context.error(
          object.path.appending(key), at: object.location(of: key), "'\(key)' given with 'pue'",
          hint: "give a constant pue, or the loss model without it")
      }
      return object.number("pue", .atLeast(1)).map { .constantPUE($0) }
    }
    let fixed = object.number("fixedKW", .nonNegative) ?? 0
    let proportional = object.number("proportional", .nonNegative) ?? 0
    let squareLaw = object.number("squareLaw", .nonNegative) ?? 0
    let rated = object.number("ratedITKW", .positive)
    object.declare("pue")
    if squareLaw > 0 && rated == nil {
      object.context.error(
        object.path.appending("ratedITKW"), at: object.location, "missing required key 'ratedITKW'",
        hint: "the square-law loss is relative to the rated IT load")
      return nil
    }
    return .model(
      fixedKW: fixed, proportional: proportional, squareLaw: squareLaw, ratedITKW: rated ?? 1)
  }
}

extension RedundantUnits {
  /// Units held in reserve: 0 for N, 1 for N+1, 2 for N+2, half for 2N.
  public var spares: Int {
    switch redundancy {
    case .n: return 0
    case .nPlus1: return 1
    case .nPlus2: return 2
    case .twoN: return count / 2
    }
  }

  /// Capacity with the spares out, in kW, before any derating.
  public var firmKW: Double { Double(count - spares) * unitKW }

  /// Capacity in a failed state, with `lost` units out and every other unit running (spares
  /// started), in kW: (count − lost) × unit kW (shared/facility-reference.md §4.5).
  public func runningKW(lost: Int) -> Double { Double(max(count - lost, 0)) * unitKW }

  /// Capacity in the normal state (nil: firm, spares held back) or in a failed state.
  public func capacityKW(_ lost: Int?) -> Double { lost.map(runningKW) ?? firmKW }
}
