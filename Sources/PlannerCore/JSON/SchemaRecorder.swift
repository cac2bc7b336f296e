/// What the loader asks of a scenario, recorded while it reads: for each place in the
/// document (array indices folded to `[]`), the types asked for (string, one of a set of
/// names, number under a rule, integer, boolean, object, array), and for each object the keys
/// it declares, which of them it requires, and whether it refuses other keys. `ScenarioSchema`
/// turns the record into a JSON Schema, so the schema is the loader's own description of
/// itself and cannot drift from it.
public final class SchemaRecorder {
  /// A type the loader asked for at one place.
  public enum Shape: Sendable {
    case string
    case names([String])
    case number(NumberRule)
    case integer(minimum: Int)
    case bool
    case object
    case array
    /// Read by code of its own (an id or an inline object, a preset or a list): any value.
    case custom

    var key: String {
      switch self {
      case .string: return "string"
      case .names(let names): return "names:\(names.joined(separator: "|"))"
      case .number(let rule): return "number:\(rule)"
      case .integer(let minimum): return "integer:\(minimum)"
      case .bool: return "bool"
      case .object: return "object"
      case .array: return "array"
      case .custom: return "custom"
      }
    }
  }

  /// What was recorded of one object place.
  public struct ObjectRecord: Sendable {
    /// Keys in the order the loader first declared them.
    public var keys: [String] = []
    /// How many readings of the object required each key.
    public var requiredCount: [String: Int] = [:]
    /// How many readings of the object finished (declared all its keys).
    public var readings = 0
    /// Whether the loader refuses keys it did not declare.
    public var closed = false

    /// Keys every reading required.
    public var required: [String] {
      keys.filter { readings > 0 && requiredCount[$0] == readings }
    }
  }

  public private(set) var shapes: [JSONPath: [Shape]] = [:]
  public private(set) var objects: [JSONPath: ObjectRecord] = [:]

  public init() {}

  /// `path` with every array index folded to one element place.
  public static func place(_ path: JSONPath) -> JSONPath {
    JSONPath(
      path.components.map {
        if case .index = $0 { return .index(0) }
        return $0
      })
  }

  func record(_ path: JSONPath, _ shape: Shape) {
    let place = Self.place(path)
    var list = shapes[place] ?? []
    if !list.contains(where: { $0.key == shape.key }) { list.append(shape) }
    shapes[place] = list
  }

  /// A key of the object at `path` that a step before the loader reads (and removes).
  func declare(_ path: JSONPath, key: String) {
    let place = Self.place(path)
    var record = objects[place] ?? ObjectRecord()
    if !record.keys.contains(key) { record.keys.append(key) }
    objects[place] = record
  }

  /// One finished reading of an object: the keys it declared and those it required.
  func finished(_ path: JSONPath, declared: [String], required: Set<String>, closed: Bool) {
    let place = Self.place(path)
    var record = objects[place] ?? ObjectRecord()
    for key in declared where !record.keys.contains(key) { record.keys.append(key) }
    for key in required { record.requiredCount[key, default: 0] += 1 }
    record.readings += 1
    record.closed = record.closed || closed
    objects[place] = record
  }
}
