/// A catalog entry a scenario can name by id and override field by field.
protocol CatalogEntry: Sendable {
  var id: String { get }
  /// How a message names this kind of entry (`GPU`).
  static var kindName: String { get }
  static func entries(in catalog: Catalog) -> [Self]
  static func replace(_ entries: [Self], in catalog: inout Catalog)
  /// Decodes an entry; with a `base`, every field is optional and defaults to the base's.
  static func decode(_ object: ObjectReader, base: Self?) -> Self?
}

/// Decodes catalog references (`"gpu": "h100-sxm"` or `"gpu": { "id": "h100-sxm", "tdpWatts": 600 }`)
/// and the scenario's `catalog` section of overrides and additions.
enum CatalogDecoder {
  /// The entry named by `value`: an id string, or an object with `id` and fields to override.
  static func reference<T: CatalogEntry>(
    _ value: JSONValue, path: JSONPath, in catalog: Catalog, as type: T.Type,
    context: DecodingContext
  ) -> T? {
    if case .object = value.kind {
      guard let object = ObjectReader(value, path: path, context: context) else { return nil }
      defer { object.finish() }
      guard let id = object.string("id", required: true) else { return nil }
      guard
        let base = lookup(
          id, in: catalog, as: type, path: path.appending("id"), at: object.value("id")?.location,
          context: context)
      else { return nil }
      return T.decode(object, base: base)
    }
    guard let id = ValueReader.string(value, path: path, context: context) else { return nil }
    return lookup(id, in: catalog, as: type, path: path, at: value.location, context: context)
  }

  private static func lookup<T: CatalogEntry>(
    _ id: String, in catalog: Catalog, as type: T.Type, path: JSONPath,
    at location: SourceLocation?,
    context: DecodingContext
  ) -> T? {
    let entries = T.entries(in: catalog)
    if let entry = entries.first(where: { $0.id == id }) { return entry }
    let ids = entries.map(\.id)
    let hint =
      Suggestion.didYouMean(id, among: ids).map {
        "\($0) (known \(T.kindName)s: \(ids.joined(separator: ", ")))"
      }
      ?? "known \(T.kindName)s: \(ids.joined(separator: ", "))"
    context.error(path, at: location, "unknown \(T.kindName) '\(id)'", hint: hint)
    return nil
  }

  /// Applies `catalog.gpus[]`, `catalog.systems[]` and `catalog.models[]`: an entry whose id
  /// exists overrides the fields it gives; a new id must give every field.
  static func decodeOverrides(_ object: ObjectReader, base: Catalog) -> Catalog {
    defer { object.finish() }
    var catalog = base
    apply(object, key: "gpus", as: GPUSpec.self, to: &catalog)
    apply(object, key: "systems", as: SystemSpec.self, to: &catalog)
    apply(object, key: "models", as: ModelSpec.self, to: &catalog)
    return catalog
  }

  private static func apply<T: CatalogEntry>(
    _ object: ObjectReader, key: String, as type: T.Type, to catalog: inout Catalog
  ) {
    guard let elements = object.array(key) else { return }
    var entries = T.entries(in: catalog)
    for element in elements {
      guard let item = ObjectReader(element.value, path: element.path, context: object.context)
      else { continue }
      defer { item.finish() }
      guard let id = item.string("id", required: true) else { continue }
      let index = entries.firstIndex { $0.id == id }
      guard let entry = T.decode(item, base: index.map { entries[$0] }) else { continue }
      if let index { entries[index] = entry } else { entries.append(entry) }
    }
    T.replace(entries.sorted { $0.id < $1.id }, in: &catalog)
  }
}

/// Field-by-field reading with a base entry's values as defaults.
struct FieldReader {
  init(_ object: ObjectReader, hasBase: Bool) {
    self.object = object
    self.hasBase = hasBase
  }

  let object: ObjectReader
  let hasBase: Bool

  func number(_ key: String, _ rule: NumberRule, _ base: Double?) -> Double? {
    object.number(key, rule, required: !hasBase) ?? base
  }

  func optionalNumber(_ key: String, _ rule: NumberRule, _ base: Double?) -> Double? {
    object.has(key) ? object.number(key, rule) : base
  }

  func integer(_ key: String, minimum: Int, _ base: Int?) -> Int? {
    object.integer(key, minimum: minimum, required: !hasBase) ?? base
  }

  func string(_ key: String, _ base: String?) -> String? {
    object.string(key, required: !hasBase) ?? base
  }
}
