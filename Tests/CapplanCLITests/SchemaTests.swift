import Foundation
import TestSupport
import Testing

@testable import CapplanCLI
@testable import PlannerCore

/// The schema against the loader it is generated from: for every object of every example,
/// the keys the schema requires are exactly those the loader reports missing when the object
/// is empty; every name list is exactly what the loader accepts; every number range is the
/// loader's rule.
@Suite struct SchemaTests {
  static let schema = ScenarioSchema.generate(corpus: Template.all.map { Array($0.json.utf8) })

  /// An object of an example document with the schema of its place.
  struct Instance {
    var path: String
    var pointer: [PointerStep]
    var schema: SchemaValue
  }

  enum PointerStep {
    case key(String)
    case index(Int)
  }

  static func instances(_ value: Any, schema: SchemaValue, path: String, pointer: [PointerStep])
    -> [Instance]
  {
    var found: [Instance] = []
    if let object = value as? [String: Any], schema["type"] == .string("object") {
      found.append(Instance(path: path, pointer: pointer, schema: schema))
      for key in object.keys.sorted() {
        guard let child = schema["properties"]?[key] else { continue }
        found += instances(
          object[key]!, schema: child, path: path.isEmpty ? key : "\(path).\(key)",
          pointer: pointer + [.key(key)])
      }
    } else if let array = value as? [Any], schema["type"] == .string("array"),
      let items = schema["items"]
    {
      for (index, element) in array.enumerated() {
        found += instances(
          element, schema: items, path: "\(path)[\(index)]", pointer: pointer + [.index(index)])
      }
    }
    return found
  }

  static func replacing(_ value: Any, at pointer: ArraySlice<PointerStep>, with new: Any) -> Any {
    guard let step = pointer.first else { return new }
    switch step {
    case .key(let key):
      var object = value as! [String: Any]
      object[key] = replacing(object[key] ?? NSNull(), at: pointer.dropFirst(), with: new)
      return object
    case .index(let index):
      var array = value as! [Any]
      array[index] = replacing(array[index], at: pointer.dropFirst(), with: new)
      return array
    }
  }

  static func diagnostics(_ document: Any) throws -> [Diagnostic] {
    let bytes = try JSONSerialization.data(withJSONObject: document)
    do {
      _ = try ScenarioLoader.load([UInt8](bytes))
      return []
    } catch {
      return error.diagnostics
    }
  }

  static func document(_ example: String) throws -> Any {
    try JSONSerialization.jsonObject(
      with: Data(contentsOf: Repository.root.appendingPathComponent("Examples/\(example)")))
  }

  /// Keys the loader requires only when another is absent: a route needs `shares` or a
  /// `cascade`, a deployment its `gpu` or its `system`, a UPS or power-path element its
  /// `unitKW` or its `unitKVA`. The schema lists what every reading requires, so it requires
  /// neither of a pair.
  static let eitherOr: Set<String> = [
    "routes[].shares", "deployments[].gpu", "site.ups.unitKW",
    "site.powerPath.transformer.unitKW", "site.powerPath.switchboard.unitKW",
    "site.powerPath.floorPDU.unitKW",
  ]

  /// `a.b[3].c` as its place, `a.b[].c`.
  static func place(_ path: String) -> String {
    path.replacing(/\[\d+\]/, with: "[]")
  }

  @Test(arguments: Repository.examples.map(\.lastPathComponent))
  func requiredKeysAreTheLoaders(_ example: String) throws {
    let document = try Self.document(example)
    for instance in Self.instances(document, schema: Self.schema, path: "", pointer: []) {
      let emptied = Self.replacing(document, at: instance.pointer[...], with: [String: Any]())
      let prefix = instance.path.isEmpty ? "" : instance.path + "."
      let loader = Set(
        try Self.diagnostics(emptied).compactMap { diagnostic -> String? in
          guard diagnostic.message.hasPrefix("missing required key '"),
            diagnostic.path.hasPrefix(prefix),
            !diagnostic.path.dropFirst(prefix.count).contains(where: { ".[".contains($0) })
          else { return nil }
          return String(diagnostic.path.dropFirst(prefix.count))
        })
      var schemaRequired: Set<String> = []
      if case .array(let names)? = instance.schema["required"] {
        for case .string(let name) in names { schemaRequired.insert(name) }
      }
      let conditional = loader.filter {
        Self.eitherOr.contains(Self.place(prefix + $0))
      }
      #expect(
        loader.subtracting(conditional) == schemaRequired,
        "\(example): \(instance.path.isEmpty ? "(root)" : instance.path)")
    }
  }

  @Test(arguments: Repository.examples.map(\.lastPathComponent))
  func nameListsAreTheLoaders(_ example: String) throws {
    let document = try Self.document(example)
    for instance in Self.instances(document, schema: Self.schema, path: "", pointer: []) {
      guard case .object(let properties)? = instance.schema["properties"] else { continue }
      for (key, property) in properties {
        guard case .array(let names)? = property["enum"] else { continue }
        let path = instance.path.isEmpty ? key : "\(instance.path).\(key)"
        for case .string(let name) in names + [.string("no-such-name")] {
          let changed = Self.replacing(
            document, at: (instance.pointer + [.key(key)])[...], with: name)
          let refused = try Self.diagnostics(changed).contains {
            $0.path == path && $0.message.hasPrefix("unknown value")
          }
          #expect(refused == (name == "no-such-name"), "\(example): \(path) = \(name)")
        }
      }
    }
  }

  @Test func numberRangesAreTheLoadersRules() {
    // every number place the loader reads, against the loader's own check of a value there
    // (its rule and the physical range of its key), on both sides of every bound
    let recorder = ScenarioSchema.record(corpus: Template.all.map { Array($0.json.utf8) })
    let builder = SchemaBuilder(recorder: recorder)
    var checked = 0
    for (place, shapes) in recorder.shapes {
      for case .number(let rule) in shapes {
        checked += 1
        let bounds = Dictionary(
          uniqueKeysWithValues: builder.bounds(rule, at: place).map { ($0.0, $0.1) })
        for value in [
          -1e10, -1e6, -300, -91, -90, -1, -0.001, 0, 0.001, 0.5, 1, 1.001, 50, 60, 61, 1e6, 1e7,
          1e9, 1e10,
        ] {
          var accepts = true
          if case .number(let low)? = bounds["minimum"] { accepts = accepts && value >= low }
          if case .number(let low)? = bounds["exclusiveMinimum"] {
            accepts = accepts && value > low
          }
          if case .number(let high)? = bounds["maximum"] { accepts = accepts && value <= high }
          if case .number(let high)? = bounds["exclusiveMaximum"] {
            accepts = accepts && value < high
          }
          let context = DecodingContext()
          let json = JSONValue(
            .number(value, literal: Format.plain(value)), at: SourceLocation(line: 1, column: 1))
          let loader = ValueReader.number(json, rule, path: place, context: context) != nil
          #expect(accepts == loader, "\(place) (\(rule)) at \(value)")
        }
      }
    }
    #expect(checked > 100)
  }

  @Test func everyTopLevelKeyAndTheSchemaKey() throws {
    let properties = try #require(Self.schema["properties"])
    for key in [
      "$schema", "schemaVersion", "name", "traffic", "pipelines", "deployments", "site",
      "events", "degradation", "growth", "extends",
    ] {
      #expect(properties[key] != nil, "\(key)")
    }
    #expect(Self.schema["additionalProperties"] == .bool(false))
    #expect(Self.schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
  }

  @Test func commandPrintsTheSameSchemaTwice() {
    let first = CLIRun.capplan(["schema"])
    #expect(first.code == 0)
    #expect(first.out == CLIRun.capplan(["schema"]).out)
    #expect(first.out.contains("\"additionalProperties\": false"))
  }
}
