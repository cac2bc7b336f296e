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

/// Encodes any `Encodable` into a `JSONTree`, keeping every number as it is until the tree is
/// written, and refusing a number that is not finite with the path of the figure. Encoders and
/// containers carry only their place in the tree; a coding path is built from the containers'
/// places in their parents when it is asked for.
struct TreeEncoder: Encoder {
  /// The container the value goes into, and the value's index there.
  let node: JSONTree
  let slot: Int

  var codingPath: [any CodingKey] { PathKey.codingPath(node.path(to: slot)) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  /// The document of `value`; throws `NonFiniteFigure` for an infinite or NaN number.
  static func tree<T: Encodable>(of value: T) throws -> JSONTree {
    let document = JSONTree.document()
    try value.encode(to: TreeEncoder(node: document, slot: 0))
    return document
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(KeyedTreeContainer<Key>(node: node.container(.object, at: slot)))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedTreeContainer(node: node.container(.array, at: slot))
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleTreeContainer(node: node, slot: slot)
  }
}

extension JSONTree {
  /// The refusal of `value`, a number that is not finite, as the value at `slot`.
  func refusal(_ value: Double, at slot: Int) -> NonFiniteFigure {
    NonFiniteFigure(path: JSONPath(path(to: slot)).description, value: value)
  }
}

/// A step of a coding path built from a `JSONTree` path.
private struct PathKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }

  static func codingPath(_ path: [JSONPath.Component]) -> [any CodingKey] {
    path.map { step in
      switch step {
      case .key(let key): PathKey(stringValue: key)
      case .index(let index): PathKey(intValue: index)
      }
    }
  }
}

/// One value: a leaf, or whatever a nested `Encodable` writes.
struct SingleTreeContainer: SingleValueEncodingContainer {
  let node: JSONTree
  let slot: Int
  var codingPath: [any CodingKey] { PathKey.codingPath(node.path(to: slot)) }

  mutating func encodeNil() throws { node.set(.literal("null"), at: slot) }
  mutating func encode(_ value: Bool) throws {
    node.set(.literal(value ? "true" : "false"), at: slot)
  }
  mutating func encode(_ value: String) throws { node.set(.string(value), at: slot) }
  mutating func encode(_ value: Double) throws {
    guard value.isFinite else { throw node.refusal(value, at: slot) }
    node.set(.number(value), at: slot)
  }
  mutating func encode(_ value: Float) throws { try encode(Double(value)) }
  mutating func encode(_ value: Int) throws { node.set(.integer(value), at: slot) }
  mutating func encode(_ value: Int8) throws { node.set(.whole(value), at: slot) }
  mutating func encode(_ value: Int16) throws { node.set(.whole(value), at: slot) }
  mutating func encode(_ value: Int32) throws { node.set(.whole(value), at: slot) }
  mutating func encode(_ value: Int64) throws { node.set(.whole(value), at: slot) }
  mutating func encode(_ value: UInt) throws { node.set(.whole(value), at: slot) }
  mutating func encode(_ value: UInt8) throws { node.set(.whole(value), at: slot) }
  mutating func encode(_ value: UInt16) throws { node.set(.whole(value), at: slot) }
  mutating func encode(_ value: UInt32) throws { node.set(.whole(value), at: slot) }
  mutating func encode(_ value: UInt64) throws { node.set(.whole(value), at: slot) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: TreeEncoder(node: node, slot: slot))
  }
}

/// An object's members, appended in the order they are written.
struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: JSONTree
  var codingPath: [any CodingKey] { PathKey.codingPath(node.path) }

  mutating func encodeNil(forKey key: Key) throws { node.append(key, .literal("null")) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try value.encode(to: TreeEncoder(node: node, slot: node.append(key)))
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    guard value.isFinite else { throw node.refusal(value, at: node.append(key)) }
    node.append(key, .number(value))
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    node.append(key, .integer(value))
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    node.append(key, .string(value))
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    node.append(key, .literal(value ? "true" : "false"))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    superEncoder(forKey: key).container(keyedBy: keyType)
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    superEncoder(forKey: key).unkeyedContainer()
  }
  mutating func superEncoder() -> any Encoder {
    TreeEncoder(node: node, slot: node.append("super"))
  }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    TreeEncoder(node: node, slot: node.append(key))
  }
}

/// An array's elements.
struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
  let node: JSONTree
  var codingPath: [any CodingKey] { PathKey.codingPath(node.path) }
  var count: Int { node.members.count }

  mutating func encodeNil() throws { node.append("", .literal("null")) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: TreeEncoder(node: node, slot: node.append("")))
  }
  mutating func encode(_ value: Double) throws {
    guard value.isFinite else { throw node.refusal(value, at: node.append("")) }
    node.append("", .number(value))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    superEncoder().container(keyedBy: keyType)
  }
  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    superEncoder().unkeyedContainer()
  }
  mutating func superEncoder() -> any Encoder {
    TreeEncoder(node: node, slot: node.append(""))
  }
}
