/// Decoding of the site's electrical and cooling plant beyond its kW ratings: UPS kVA and
/// mode, generator step loading and derates, the power path, the chiller kind, fans, pumps and
/// economiser.
extension SiteDecoder {
  /// `site.ups`: `units`, `unitKW` or `unitKVA` with `powerFactor`, `redundancy`, `mode`,
  /// losses, `inCooledSpace`, `rechargeFraction`.
  static func decodeUPS(_ object: ObjectReader, defaulted: inout [String]) -> (
    RedundantUnits?, UPSDetail
  ) {
    defer { object.finish() }
    for key in ["rechargeFraction", "mode"] where !object.has(key) {
      defaulted.append("ups.\(key)")
    }
    let kva = object.number("unitKVA", .positive)
    if kva != nil && !object.has("powerFactor") { defaulted.append("ups.powerFactor") }
    let pf = object.number("powerFactor", .positiveFraction) ?? (kva == nil ? 1 : 0.9)
    let units = decodeUnits(object, kva: .some(kva.map { $0 * pf }))
    var detail = UPSDetail(
      unitKVA: kva, powerFactor: pf, mode: object.choice("mode", as: UPSMode.self))
    if let mode = detail.mode {
      detail.losses = decodeLosses(object, base: mode.defaultLosses)
    } else {
      object.declare("noLoadLoss", "proportionalLoss", "squareLawLoss")
    }
    detail.inCooledSpace = object.bool("inCooledSpace") ?? true
    detail.rechargeFraction = object.number("rechargeFraction", .fraction) ?? 0.1
    return (units, detail)
  }

  /// `noLoadLoss`, `proportionalLoss`, `squareLawLoss`, each defaulting to `base`'s.
  static func decodeLosses(_ object: ObjectReader, base: LossCoefficients?) -> LossCoefficients? {
    let keys = ["noLoadLoss", "proportionalLoss", "squareLawLoss"]
    guard base != nil || keys.contains(where: object.has) else {
      object.declare("noLoadLoss", "proportionalLoss", "squareLawLoss")
      return nil
    }
    let old = base ?? LossCoefficients(noLoad: 0, proportional: 0, squareLaw: 0)
    return LossCoefficients(
      noLoad: object.number("noLoadLoss", .fraction) ?? old.noLoad,
      proportional: object.number("proportionalLoss", .fraction) ?? old.proportional,
      squareLaw: object.number("squareLawLoss", .fraction) ?? old.squareLaw)
  }

  /// `site.generator`: the units and their step loading and derates.
  static func decodeGenerator(_ object: ObjectReader) -> (RedundantUnits?, GeneratorDetail) {
    defer { object.finish() }
    let units = decodeUnits(object)
    var detail = GeneratorDetail()
    detail.stepAcceptance =
      object.number("stepAcceptance", .positiveFraction) ?? detail.stepAcceptance
    detail.largestStepKW = object.number("largestStepKW", .positive)
    detail.ratedAltitudeM = object.number("ratedAltitudeM", .nonNegative) ?? detail.ratedAltitudeM
    detail.deratePer100M = object.number("deratePer100M", .fraction) ?? detail.deratePer100M
    detail.ratedAmbientC = object.number("ratedAmbientC", .any) ?? detail.ratedAmbientC
    detail.deratePerK = object.number("deratePerK", .fraction) ?? detail.deratePerK
    return (units, detail)
  }

  /// `site.powerPath`: `transformer`, `switchboard`, `floorPDU`.
  static func decodePowerPath(_ object: ObjectReader, powerFactor: Double) -> PowerPath {
    defer { object.finish() }
    func element(_ key: String, inCooledSpace: Bool) -> PathElement? {
      object.object(key).flatMap { item in
        defer { item.finish() }
        let kva = item.number("unitKVA", .positive)
        let pf = item.number("powerFactor", .positiveFraction) ?? powerFactor
        let units = decodeUnits(item, kva: .some(kva.map { $0 * pf }))
        let losses = decodeLosses(item, base: nil)
        let inCooled = item.bool("inCooledSpace") ?? inCooledSpace
        guard let units else { return nil }
        return PathElement(units: units, unitKVA: kva, losses: losses, inCooledSpace: inCooled)
      }
    }
    return PowerPath(
      transformer: element("transformer", inCooledSpace: false),
      switchboard: element("switchboard", inCooledSpace: false),
      floorPDU: element("floorPDU", inCooledSpace: true))
  }

  /// `site.cooling.auxiliaries`.
  static func decodeAuxiliaries(_ object: ObjectReader) -> PlantAuxiliaries {
    defer { object.finish() }
    var aux = PlantAuxiliaries()
    func read(_ key: String, _ field: WritableKeyPath<PlantAuxiliaries, Double>) {
      if let value = object.number(key, .fraction) { aux[keyPath: field] = value }
    }
    read("airHandlerFanKWPerKW", \.airHandlerFanKWPerKW)
    read("chilledWaterPumpKWPerKW", \.chilledWaterPumpKWPerKW)
    read("condenserPumpKWPerKW", \.condenserPumpKWPerKW)
    read("towerFanKWPerKW", \.towerFanKWPerKW)
    read("cduPumpKWPerKW", \.cduPumpKWPerKW)
    return aux
  }

  /// `site.cooling.economiser`.
  static func decodeEconomiser(_ object: ObjectReader) -> Economiser? {
    defer { object.finish() }
    let below = object.number("belowC", .any, required: true)
    let swing = object.number("diurnalSwingK", .nonNegative) ?? 10
    return below.map { Economiser(belowC: $0, diurnalSwingK: swing) }
  }
}
