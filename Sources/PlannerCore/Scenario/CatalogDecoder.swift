/// A catalog entry a scenario can name by id and override field by field.
protocol CatalogEntry: Sendable {
  var id: String { get }
  /// How a message names this kind of entry (`GPU`).
  static var kindName: String { get }
  static func entries(in catalog: Catalog) -> [Self]
  static func replace(_ entries: [Self], in catalog: inout Catalog)
  /// Decodes an entry; with a `base`, every field is optional and defaults to the base's.
  static func decode(_ object: ObjectReader, base: Self?) -> Self?
  /// Records what is wrong between `entry` and the rest of `catalog` (an unknown GPU, a
  /// nameplate below the GPUs it holds).
  static func checkAgainst(_ catalog: Catalog, entry: Self, object: ObjectReader)
}

extension CatalogEntry {
  static func checkAgainst(_ catalog: Catalog, entry: Self, object: ObjectReader) {}
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
    var hint =
      Suggestion.didYouMean(id, among: ids).map {
        "\($0) (known \(T.kindName)s: \(ids.joined(separator: ", ")))"
      }
      ?? "known \(T.kindName)s: \(ids.joined(separator: ", "))"
    if let other = otherKind(of: id, in: catalog, than: T.kindName) {
      hint = "'\(id)' is \(other); '\(key(of: path))' names a \(T.kindName); " + hint
    }
    context.error(path, at: location, "unknown \(T.kindName) '\(id)'", hint: hint)
    return nil
  }

  /// The kind of catalog entry `id` is, when it is one of another kind than `kindName`
  /// (`a system`).
  static func otherKind(of id: String, in catalog: Catalog, than kindName: String) -> String? {
    let kinds: [(name: String, ids: [String])] = [
      ("a \(GPUSpec.kindName)", catalog.gpus.map(\.id)),
      ("a \(SystemSpec.kindName)", catalog.systems.map(\.id)),
      ("a \(ModelSpec.kindName)", catalog.models.map(\.id)),
    ]
    return kinds.first { $0.name != "a \(kindName)" && $0.ids.contains(id) }?.name
  }

  /// The last key of `path` (`gpu` for `deployments[0].gpu`, also for `deployments[0].gpu.id`).
  private static func key(of path: JSONPath) -> String {
    let keys = path.components.compactMap { component -> String? in
      if case .key(let key) = component { return key }
      return nil
    }
    return keys.last == "id" ? keys.dropLast().last ?? "id" : keys.last ?? ""
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
    var seen: Set<String> = []
    for element in elements {
      guard let item = ObjectReader(element.value, path: element.path, context: object.context)
      else { continue }
      guard let id = item.string("id", required: true) else {
        if item.context.probing {
          probe(element.value, path: element.path, as: type, catalog, context: item.context)
        }
        item.finish()
        continue
      }
      // a second entry is refused whole: its fields would silently replace the first's
      guard seen.insert(id).inserted else {
        item.context.error(
          item.path.appending("id"), at: item.value("id")?.location, "duplicate id '\(id)'",
          hint: "give each id once in 'catalog.\(key)'; one entry overrides the fields it names")
        continue
      }
      let index = entries.firstIndex { $0.id == id }
      let entry = T.decode(item, base: index.map { entries[$0] })
      item.finish()
      guard let entry else { continue }
      T.checkAgainst(catalog, entry: entry, object: item)
      if let index { entries[index] = entry } else { entries.append(entry) }
    }
    T.replace(entries.sorted { $0.id < $1.id }, in: &catalog)
  }

  /// While a schema is recorded: reads an entry's fields both as an override (of the first
  /// entry) and as a new entry, so each field's type is known and none but `id` is required.
  private static func probe<T: CatalogEntry>(
    _ value: JSONValue, path: JSONPath, as type: T.Type, _ catalog: Catalog,
    context: DecodingContext
  ) {
    for base in [T.entries(in: catalog).first, nil] {
      guard let reader = ObjectReader(value, path: path, context: context) else { return }
      _ = reader.string("id", required: true)
      _ = T.decode(reader, base: base)
      reader.finish()
    }
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
