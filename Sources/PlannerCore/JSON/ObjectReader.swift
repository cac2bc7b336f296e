/// Typed, located access to one JSON object of a scenario. Every key asked for is declared;
/// `finish()` then reports the keys nobody asked for, with the nearest declared one as a hint.
/// Problems are recorded in the shared `DecodingContext`, never thrown, so that one run
/// reports them all.
public final class ObjectReader {
  public let path: JSONPath
  public let location: SourceLocation
  let context: DecodingContext
  private let members: [JSONValue.Member]
  private var declared: [String] = []
  /// Keys read as required, while a schema is recorded.
  private var required: Set<String> = []
  /// Keys read by a typed getter, whose shape is recorded already (while a schema is
  /// recorded).
  private var typed: Set<String> = []

  /// Reads `value` as an object; nil (with an error recorded) when it is something else.
  public init?(_ value: JSONValue, path: JSONPath, context: DecodingContext) {
    guard case .object(let members) = value.kind else {
      context.error(path, at: value.location, "expected an object, found \(value.typeDescription)")
      return nil
    }
    self.path = path
    self.location = value.location
    self.context = context
    self.members = members
    context.note(path, at: value.location)
    context.recorder?.record(path, .object)
  }

  /// The raw value of `key`, declaring it; nil when absent (an error when `required`). A value
  /// read raw is read by code of its own: the schema takes any value there.
  public func value(_ key: String, required: Bool = false) -> JSONValue? {
    // a key read typed before and looked up again for its location keeps its shape
    if let recorder = context.recorder, !typed.contains(key) {
      recorder.record(path.appending(key), .custom)
    }
    return member(key, required: required)
  }

  /// Remembers that `key` was read by a typed getter; only a schema being recorded asks.
  private func noteTyped(_ key: String) {
    if context.recorder != nil { typed.insert(key) }
  }

  /// The member `key` for a typed reading, which records its own shape.
  private func member(_ key: String, required isRequired: Bool) -> JSONValue? {
    declared.append(key)
    // which keys are required matters only to a schema being recorded
    if isRequired && context.recorder != nil { required.insert(key) }
    guard let member = members.first(where: { $0.key == key }) else {
      if isRequired {
        context.error(path.appending(key), at: location, "missing required key '\(key)'")
      }
      return nil
    }
    context.note(path.appending(key), at: member.value.location)
    return member.value
  }

  /// Declares keys that are read some other way (or not at all in this context).
  public func declare(_ keys: String...) { declared.append(contentsOf: keys) }

  /// Whether the object has `key` (does not declare it).
  public func has(_ key: String) -> Bool {
    members.contains { $0.key == key } || context.probingPresence
  }

  /// Where `key` stands, else where the object stands.
  public func location(of key: String) -> SourceLocation {
    members.first { $0.key == key }?.keyLocation ?? location
  }

  public func string(_ key: String, required: Bool = false) -> String? {
    context.recorder?.record(path.appending(key), .string)
    noteTyped(key)
    guard let value = member(key, required: required) else { return nil }
    return ValueReader.string(value, path: path.appending(key), context: context)
  }

  public func number(_ key: String, _ rule: NumberRule = .any, required: Bool = false) -> Double? {
    context.recorder?.record(path.appending(key), .number(rule))
    noteTyped(key)
    guard let value = member(key, required: required) else { return nil }
    return ValueReader.number(value, rule, path: path.appending(key), context: context)
  }

  public func integer(_ key: String, minimum: Int, required: Bool = false) -> Int? {
    context.recorder?.record(path.appending(key), .integer(minimum: minimum))
    noteTyped(key)
    guard let value = member(key, required: required) else { return nil }
    return ValueReader.integer(value, minimum: minimum, path: path.appending(key), context: context)
  }

  public func bool(_ key: String) -> Bool? {
    context.recorder?.record(path.appending(key), .bool)
    noteTyped(key)
    guard let value = member(key, required: false) else { return nil }
    guard case .bool(let flag) = value.kind else {
      context.error(
        path.appending(key), at: value.location,
        "expected true or false, found \(value.typeDescription)")
      return nil
    }
    return flag
  }

  /// One of a fixed set of names (an enum's raw values), with a hint listing them.
  public func choice<T: RawRepresentable & CaseIterable>(
    _ key: String, as type: T.Type, required: Bool = false
  ) -> T? where T.RawValue == String {
    let names = T.allCases.map(\.rawValue)
    context.recorder?.record(path.appending(key), .names(names))
    guard let text = string(key, required: required) else { return nil }
    if let match = T(rawValue: text) ?? T(rawValue: text.lowercased()) { return match }
    context.error(
      path.appending(key), at: member(key, required: false)?.location, "unknown value '\(text)'",
      hint: Suggestion.didYouMean(text, among: names)
        ?? "one of \(names.map { "'\($0)'" }.joined(separator: ", "))")
    return nil
  }

  public func object(_ key: String, required: Bool = false) -> ObjectReader? {
    context.recorder?.record(path.appending(key), .object)
    noteTyped(key)
    guard let value = member(key, required: required) ?? probe(.object([])) else { return nil }
    return ObjectReader(value, path: path.appending(key), context: context)
  }

  /// The elements of an array with their paths.
  public func array(_ key: String, required: Bool = false, atMost limit: Int? = nil) -> [(
    value: JSONValue, path: JSONPath
  )]? {
    context.recorder?.record(path.appending(key), .array)
    noteTyped(key)
    let element = JSONValue(.object([]), at: location)
    guard let value = member(key, required: required) ?? probe(.array([element])) else {
      return nil
    }
    return ValueReader.array(value, path: path.appending(key), context: context, atMost: limit)
  }

  /// While probing, an absent object or array stands in as `kind`, so its keys are read.
  private func probe(_ kind: JSONValue.Kind) -> JSONValue? {
    context.probing ? JSONValue(kind, at: location) : nil
  }

  /// Unknown keys of one object that get a did-you-mean or the list of known keys.
  static let hintedUnknownKeys = 100

  /// Reports every key that was never declared, in source order.
  public func finish() {
    context.recorder?.finished(path, declared: declared, required: required, closed: true)
    let known = Set(declared)
    var knownList: String?
    var unknown = 0
    for member in members where !known.contains(member.key) {
      unknown += 1
      // hints past the first hundred are never printed (the command line shows 50 problems)
      // and would cost an edit distance each: 500,000 unknown keys stay fast
      guard unknown <= Self.hintedUnknownKeys else {
        context.error(
          path.appending(member.key), at: member.keyLocation, "unknown key '\(member.key)'")
        continue
      }
      if knownList == nil {
        knownList = "known keys: \(known.sorted().map { "'\($0)'" }.joined(separator: ", "))"
      }
      let hint = Suggestion.didYouMean(member.key, among: declared) ?? knownList
      context.error(
        path.appending(member.key), at: member.keyLocation, "unknown key '\(member.key)'",
        hint: hint)
    }
  }
}

/// Typed access to a single JSON value, recording problems in the context.
public enum ValueReader {
  /// The preset called `name`, or nil with an error naming the presets and what else the key
  /// takes (`orElse`).
  public static func preset<T>(
    _ name: String, among presets: [T], named: KeyPath<T, String>, what: String, orElse: String,
    at location: SourceLocation, path: JSONPath, context: DecodingContext
  ) -> T? {
    context.recorder?.record(path, .names(presets.map { $0[keyPath: named] }))
    if let preset = presets.first(where: { $0[keyPath: named] == name }) { return preset }
    let names = presets.map { $0[keyPath: named] }
    context.error(
      path, at: location, "unknown \(what) '\(name)'",
      hint: Suggestion.didYouMean(name, among: names)
        ?? "a preset (\(names.map { "'\($0)'" }.joined(separator: ", "))) or \(orElse)")
    return nil
  }

  public static func string(_ value: JSONValue, path: JSONPath, context: DecodingContext) -> String?
  {
    context.recorder?.record(path, .string)
    guard case .string(let text) = value.kind else {
      context.error(path, at: value.location, "expected a string, found \(value.typeDescription)")
      return nil
    }
    return text
  }

  /// The number `value` holds, obeying `rule` and, when `ranged`, its key's physical range.
  public static func number(
    _ value: JSONValue, _ rule: NumberRule, path: JSONPath, context: DecodingContext,
    ranged: Bool = true
  ) -> Double? {
    context.recorder?.record(path, .number(rule))
    switch value.kind {
    case .number(let number, let literal):
      if let problem = rule.violation(number, literal: literal)
        ?? (ranged ? PhysicalRange.violation(number, literal: literal, path: path) : nil)
      {
        context.error(path, at: value.location, problem.message, hint: problem.hint)
        return nil
      }
      return number
    case .string(let text) where Double(text) != nil:
      context.error(
        path, at: value.location, "expected a number, found the string \"\(text)\"",
        hint: "write \(text) without quotes")
      return nil
    default:
      context.error(path, at: value.location, "expected a number, found \(value.typeDescription)")
      return nil
    }
  }

  public static func integer(
    _ value: JSONValue, minimum: Int, path: JSONPath, context: DecodingContext
  ) -> Int? {
    context.recorder?.record(path, .integer(minimum: minimum))
    guard let number = number(value, .any, path: path, context: context, ranged: false) else {
      return nil
    }
    guard number == number.rounded(), abs(number) < 1e15 else {
      context.error(path, at: value.location, "\(Format.plain(number)) is not a whole number")
      return nil
    }
    guard number >= Double(minimum) else {
      context.error(path, at: value.location, "\(Format.plain(number)) must be at least \(minimum)")
      return nil
    }
    if case .number(_, let literal) = value.kind,
      let problem = PhysicalRange.violation(number, literal: literal, path: path)
    {
      context.error(path, at: value.location, problem.0, hint: problem.1)
      return nil
    }
    return Int(number)
  }

  /// The elements of an array with their paths. With `limit`, an array of more elements is
  /// refused at its first excess element, before the others are looked at.
  public static func array(
    _ value: JSONValue, path: JSONPath, context: DecodingContext, atMost limit: Int? = nil
  ) -> [(value: JSONValue, path: JSONPath)]? {
    context.recorder?.record(path, .array)
    guard case .array(let elements) = value.kind else {
      context.error(path, at: value.location, "expected an array, found \(value.typeDescription)")
      return nil
    }
    if let limit, elements.count > limit {
      context.error(
        path.appending(index: limit), at: elements[limit].location,
        "more than \(limit) elements (\(elements.count))",
        hint: "this array holds at most \(limit)")
      return nil
    }
    return elements.enumerated().map { index, element in
      let elementPath = path.appending(index: index)
      context.note(elementPath, at: element.location)
      return (element, elementPath)
    }
  }
}
