/// Turns a `SchemaRecorder`'s record into JSON Schema, place by place.
struct SchemaBuilder {
  let recorder: SchemaRecorder

  /// The schema of the value at `place`.
  func schema(at place: JSONPath) -> SchemaValue {
    var shapes = recorder.shapes[place] ?? []
    if place.components.isEmpty { shapes = [.object] }
    if shapes.contains(where: { if case .custom = $0 { return true } else { return false } }) {
      return custom(shapes)
    }
    if shapes.contains(where: { if case .names = $0 { return true } else { return false } }) {
      shapes.removeAll { if case .string = $0 { return true } else { return false } }
    }
    if shapes.contains(where: { if case .integer = $0 { return true } else { return false } }) {
      shapes.removeAll {
        if case .number(.any) = $0 { return true } else { return false }
      }
    }
    let schemas = shapes.map { shape(shape: $0, at: place) }
    switch schemas.count {
    case 0: return .object([])
    case 1: return schemas[0]
    default: return .object([("anyOf", .array(schemas))])
    }
  }

  /// A value read by code of its own: anything, except that a string must be one of the
  /// names the code knows, when it only knows names (a preset, or else a list of numbers).
  private func custom(_ shapes: [SchemaRecorder.Shape]) -> SchemaValue {
    let plainString = shapes.contains { if case .string = $0 { return true } else { return false } }
    for case .names(let names) in shapes where !plainString {
      return .object([
        (
          "anyOf",
          .array([
            .object([("enum", .array(names.map(SchemaValue.string)))]),
            .object([("not", .object([("type", .string("string"))]))]),
          ])
        )
      ])
    }
    return .object([])
  }

  private func shape(shape: SchemaRecorder.Shape, at place: JSONPath) -> SchemaValue {
    switch shape {
    case .string: return .object([("type", .string("string"))])
    case .names(let names): return .object([("enum", .array(names.map(SchemaValue.string)))])
    case .bool: return .object([("type", .string("boolean"))])
    case .integer(let minimum):
      return .object([("type", .string("integer"))] + bounds(.atLeast(Double(minimum)), at: place))
    case .number(let rule): return .object([("type", .string("number"))] + bounds(rule, at: place))
    case .array:
      return .object([
        ("type", .string("array")), ("items", schema(at: place.appending(index: 0))),
      ])
    case .object: return object(at: place)
    case .custom: return .object([])
    }
  }

  private func object(at place: JSONPath) -> SchemaValue {
    let record = recorder.objects[place] ?? SchemaRecorder.ObjectRecord()
    var members: [(String, SchemaValue)] = [("type", .string("object"))]
    members.append(
      ("properties", .object(record.keys.map { ($0, schema(at: place.appending($0))) })))
    let required = record.required
    if !required.isEmpty { members.append(("required", .array(required.map(SchemaValue.string)))) }
    if record.closed { members.append(("additionalProperties", .bool(false))) }
    return .object(members)
  }

  /// The range of a number at `place` as JSON Schema keywords: its rule within the physical
  /// range of its key (`PhysicalRange`, by the last key of the path, as the loader looks it
  /// up; a key without one has the fallback magnitude).
  func bounds(_ rule: NumberRule, at place: JSONPath) -> [(String, SchemaValue)] {
    let key = place.components.reversed().lazy.compactMap { component -> String? in
      if case .key(let key) = component { return key }
      return nil
    }.first
    let physical = key.flatMap(PhysicalRange.of) ?? PhysicalRange.fallback
    let range = rule.range
    var members: [(String, SchemaValue)] = []
    if let low = range.minimum, low >= physical.lower {
      members.append((range.exclusiveMinimum ? "exclusiveMinimum" : "minimum", .number(low)))
    } else {
      members.append(("minimum", .number(physical.lower)))
    }
    if let high = range.maximum, high <= physical.upper {
      members.append((range.exclusiveMaximum ? "exclusiveMaximum" : "maximum", .number(high)))
    } else {
      members.append(("maximum", .number(physical.upper)))
    }
    return members
  }
}

extension NumberRule {
  /// The values the rule allows, as bounds (nil: unbounded). A test checks them against
  /// `violation` for every rule the loader uses.
  var range: (minimum: Double?, exclusiveMinimum: Bool, maximum: Double?, exclusiveMaximum: Bool) {
    switch self {
    case .positive: return (0, true, nil, false)
    case .nonNegative: return (0, false, nil, false)
    case .fraction: return (0, false, 1, false)
    case .positiveFraction: return (0, true, 1, false)
    case .atLeast(let minimum): return (minimum, false, nil, false)
    case .any: return (nil, false, nil, false)
    }
  }
}
