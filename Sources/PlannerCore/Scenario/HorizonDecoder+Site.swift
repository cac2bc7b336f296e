extension HorizonDecoder {
  /// Reads the site's forecast keys: seasons, floor, lead times and tariff.
  static func decodeSite(_ object: ObjectReader) -> SiteKeys {
    var keys = SiteKeys()
    keys.designAmbientByMonthC = values(
      object, "designAmbientByMonthC", .any, counts: [12],
      hint: "give 12 monthly design temperatures (each month's hottest afternoon), January first")
    keys.rackPositions = object.value("rackPositions").flatMap {
      rackPositions($0, path: object.path.appending("rackPositions"), context: object.context)
    }
    if let lead = object.object("leadTimeMonths") {
      defer { lead.finish() }
      for kind in LeadTimes.Kind.allCases {
        if let months = lead.integer(kind.rawValue, minimum: 0) {
          keys.leadTimes.months[kind] = months
        }
      }
    }
    keys.tariff = Tariff(
      pricePerKWh: values(
        object, "energyPricePerKWh", .nonNegative, counts: [1, 24],
        hint: "one price, or 24 hourly prices (hour 0 first)") ?? [],
      demandChargePerKWMonth: object.number("demandChargePerKWMonth", .nonNegative) ?? 0,
      carbonGPerKWh: values(
        object, "gridCarbonGPerKWh", .nonNegative, counts: [1, 24, 12],
        hint: "one intensity, 24 hourly (hour 0 first) or 12 monthly (January first)") ?? [])
    return keys
  }

  /// A number (when `counts` allows 1) or an array of one of `counts` numbers.
  private static func values(
    _ object: ObjectReader, _ key: String, _ rule: NumberRule, counts: [Int], hint: String
  ) -> [Double]? {
    guard let value = object.value(key) else { return nil }
    let path = object.path.appending(key)
    let context = object.context
    if case .number = value.kind, counts.contains(1) {
      return ValueReader.number(value, rule, path: path, context: context).map { [$0] }
    }
    guard
      let elements = ValueReader.array(
        value, path: path, context: context, atMost: counts.max())
    else {
      return nil
    }
    let numbers = elements.compactMap {
      ValueReader.number($0.value, rule, path: $0.path, context: context)
    }
    guard counts.contains(elements.count), elements.count > 1 || counts == [1] else {
      context.error(path, at: value.location, "\(elements.count) values given", hint: hint)
      return nil
    }
    return numbers.count == elements.count ? numbers : nil
  }

  private static func rackPositions(_ value: JSONValue, path: JSONPath, context: DecodingContext)
    -> RackPositions?
  {
    if case .number = value.kind {
      return ValueReader.integer(value, minimum: 1, path: path, context: context).map {
        RackPositions(rows: nil, perRow: $0)
      }
    }
    guard let object = ObjectReader(value, path: path, context: context) else { return nil }
    defer { object.finish() }
    let rows = object.integer("rows", minimum: 1, required: true)
    let perRow = object.integer("racksPerRow", minimum: 1, required: true)
    guard let rows, let perRow else { return nil }
    return RackPositions(rows: rows, perRow: perRow)
  }
}
