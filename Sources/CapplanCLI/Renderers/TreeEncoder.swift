import PlannerCore

/// A number the encoder was given that is infinite or not a number, and where it stood.
struct NonFiniteFigure: Error, CustomStringConvertible {
  /// The figure's path in the encoded value (`deployments[0].tpotMs`).
  var path: String
  var value: Double

  var description: String {
    "figure '\(path)' is \(value.isNaN ? "not a number" : "infinite")"
  }
}

/// Encodes any `Encodable` into a `JSONTree`: every number rounded to at most four decimals as
/// it is encoded, and a number that is not finite refused with the path of the figure.
struct TreeEncoder: Encoder {
  /// Where one encoded value goes; containers fill it after they are handed out.
  final class Box {
    var leaf: JSONTree?
    var members: [String: Box]?
    var elements: [Box]?

    /// The value written into the box; a value that wrote nothing is an empty object, as with
    /// Foundation's encoder.
    var tree: JSONTree {
      if let leaf { return leaf }
      if let elements { return .array(elements.map(\.tree)) }
      return .object((members ?? [:]).mapValues(\.tree))
    }
  }

  let box: Box
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  /// The tree of `value`; throws `NonFiniteFigure` for an infinite or NaN number.
  static func tree<T: Encodable>(of value: T) throws -> JSONTree {
    let box = Box()
    try value.encode(to: TreeEncoder(box: box, codingPath: []))
    return box.tree
  }

  /// `a.b[2].c` for a coding path.
  static func describe(_ path: [any CodingKey]) -> String {
    JSONPath(path.map { $0.intValue.map(JSONPath.Component.index) ?? .key($0.stringValue) })
      .description
  }

  /// The leaf for a floating-point number, refused when not finite.
  static func number(_ value: Double, at path: [any CodingKey]) throws -> JSONTree {
    guard value.isFinite else { throw NonFiniteFigure(path: describe(path), value: value) }
    return .number(JSONTree.number(value))
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if box.members == nil { box.members = [:] }
    return KeyedEncodingContainer(KeyedTreeContainer<Key>(box: box, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if box.elements == nil { box.elements = [] }
    return UnkeyedTreeContainer(box: box, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleTreeContainer(box: box, codingPath: codingPath)
  }
}

/// One value: a leaf, or whatever a nested `Encodable` writes.
struct SingleTreeContainer: SingleValueEncodingContainer {
  let box: TreeEncoder.Box
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { box.leaf = .null }
  mutating func encode(_ value: Bool) throws { box.leaf = .bool(value) }
  mutating func encode(_ value: String) throws { box.leaf = .string(value) }
  mutating func encode(_ value: Double) throws {
    box.leaf = try TreeEncoder.number(value, at: codingPath)
  }
  mutating func encode(_ value: Float) throws {
    box.leaf = try TreeEncoder.number(Double(value), at: codingPath)
  }
  mutating func encode(_ value: Int) throws { box.leaf = .number(String(value)) }
  mutating func encode(_ value: Int8) throws { box.leaf = .number(String(value)) }
  mutating func encode(_ value: Int16) throws { box.leaf = .number(String(value)) }
  mutating func encode(_ value: Int32) throws { box.leaf = .number(String(value)) }
  mutating func encode(_ value: Int64) throws { box.leaf = .number(String(value)) }
  mutating func encode(_ value: UInt) throws { box.leaf = .number(String(value)) }
  mutating func encode(_ value: UInt8) throws { box.leaf = .number(String(value)) }
  mutating func encode(_ value: UInt16) throws { box.leaf = .number(String(value)) }
  mutating func encode(_ value: UInt32) throws { box.leaf = .number(String(value)) }
  mutating func encode(_ value: UInt64) throws { box.leaf = .number(String(value)) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: TreeEncoder(box: box, codingPath: codingPath))
  }
}

/// An object's members.
struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: TreeEncoder.Box
  let codingPath: [any CodingKey]

  private func child(_ key: Key) -> TreeEncoder.Box {
    let child = TreeEncoder.Box()
    box.members![key.stringValue] = child
    return child
  }

  mutating func encodeNil(forKey key: Key) throws { child(key).leaf = .null }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    var single = SingleTreeContainer(box: child(key), codingPath: codingPath + [key])
    try single.encode(value)
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    child(key).leaf = try TreeEncoder.number(value, at: codingPath + [key])
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    child(key).leaf = .number(String(value))
  }
  mutating func encode(_ value: String, forKey key: Key) throws { child(key).leaf = .string(value) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { child(key).leaf = .bool(value) }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    TreeEncoder(box: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    TreeEncoder(box: child(key), codingPath: codingPath + [key]).unkeyedContainer()
  }
  mutating func superEncoder() -> any Encoder {
    TreeEncoder(box: child(Key(stringValue: "super")!), codingPath: codingPath)
  }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    TreeEncoder(box: child(key), codingPath: codingPath + [key])
  }
}

/// An array's elements.
struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
  let box: TreeEncoder.Box
  let codingPath: [any CodingKey]
  var count: Int { box.elements?.count ?? 0 }

  /// An array index as a coding key, for the paths of refused figures.
  private struct Index: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
  }

  private func next() -> (box: TreeEncoder.Box, path: [any CodingKey]) {
    let child = TreeEncoder.Box()
    let path = codingPath + [Index(intValue: count)]
    box.elements!.append(child)
    return (child, path)
  }

  mutating func encodeNil() throws { next().box.leaf = .null }
  mutating func encode<T: Encodable>(_ value: T) throws {
    let (child, path) = next()
    var single = SingleTreeContainer(box: child, codingPath: path)
    try single.encode(value)
  }
  mutating func encode(_ value: Double) throws {
    let (child, path) = next()
    child.leaf = try TreeEncoder.number(value, at: path)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let (child, path) = next()
    return TreeEncoder(box: child, codingPath: path).container(keyedBy: keyType)
  }
  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let (child, path) = next()
    return TreeEncoder(box: child, codingPath: path).unkeyedContainer()
  }
  mutating func superEncoder() -> any Encoder {
    let (child, path) = next()
    return TreeEncoder(box: child, codingPath: path)
  }
}
