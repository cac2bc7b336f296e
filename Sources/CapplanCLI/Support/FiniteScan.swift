/// Walks any `Encodable` looking only at its floating-point numbers, building nothing: the
/// cheap first pass of the non-finite guard. It keeps no coding path; when it finds a number
/// that is not finite it throws `Found`, and the guard encodes the value once more with
/// `TreeEncoder` to name the figure's path.
struct FiniteScan: Encoder {
  /// A number that is infinite or not a number was met.
  struct Found: Error {}

  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  /// Whether every floating-point number in `value` is finite.
  static func allFinite<T: Encodable>(_ value: T) -> Bool {
    do {
      try value.encode(to: FiniteScan())
      return true
    } catch {
      return false
    }
  }

  static func check(_ value: Double) throws {
    if !value.isFinite { throw Found() }
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(Keyed<Key>())
  }
  func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed() }
  func singleValueContainer() -> any SingleValueEncodingContainer { Single() }

  /// One value.
  struct Single: SingleValueEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    mutating func encodeNil() throws {}
    mutating func encode(_ value: Bool) throws {}
    mutating func encode(_ value: String) throws {}
    mutating func encode(_ value: Double) throws { try FiniteScan.check(value) }
    mutating func encode(_ value: Float) throws { try FiniteScan.check(Double(value)) }
    mutating func encode(_ value: Int) throws {}
    mutating func encode(_ value: Int8) throws {}
    mutating func encode(_ value: Int16) throws {}
    mutating func encode(_ value: Int32) throws {}
    mutating func encode(_ value: Int64) throws {}
    mutating func encode(_ value: UInt) throws {}
    mutating func encode(_ value: UInt8) throws {}
    mutating func encode(_ value: UInt16) throws {}
    mutating func encode(_ value: UInt32) throws {}
    mutating func encode(_ value: UInt64) throws {}
    mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: FiniteScan()) }
  }

  /// An object's members.
  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var codingPath: [any CodingKey] { [] }
    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      try value.encode(to: FiniteScan())
    }
    mutating func encode(_ value: Double, forKey key: Key) throws { try FiniteScan.check(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws {
      try FiniteScan.check(Double(value))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {}
    mutating func encode(_ value: String, forKey key: Key) throws {}
    mutating func encode(_ value: Bool, forKey key: Key) throws {}
    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      KeyedEncodingContainer(Keyed<NestedKey>())
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      Unkeyed()
    }
    mutating func superEncoder() -> any Encoder { FiniteScan() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { FiniteScan() }
  }

  /// An array's elements.
  struct Unkeyed: UnkeyedEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    var count = 0
    mutating func encodeNil() throws { count += 1 }
    mutating func encode<T: Encodable>(_ value: T) throws {
      count += 1
      try value.encode(to: FiniteScan())
    }
    mutating func encode(_ value: Double) throws {
      count += 1
      try FiniteScan.check(value)
    }
    mutating func encode(_ value: Int) throws { count += 1 }
    mutating func encode(_ value: String) throws { count += 1 }
    mutating func encode(_ value: Bool) throws { count += 1 }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      count += 1
      return KeyedEncodingContainer(Keyed<NestedKey>())
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      count += 1
      return Unkeyed()
    }
    mutating func superEncoder() -> any Encoder {
      count += 1
      return FiniteScan()
    }
  }
}
