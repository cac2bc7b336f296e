/// An optional that is written as JSON `null` when absent instead of leaving its key out, so
/// that a reader sees "nothing fails" rather than a missing figure; a missing key still
/// decodes (as nil), so older reports read back.
@propertyWrapper
public struct EncodedNull<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
  /// The value; nil is written as `null`.
  public var wrappedValue: Value?

  /// Wraps `wrappedValue`.
  public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue {
      try container.encode(wrappedValue)
    } else {
      try container.encodeNil()
    }
  }
}

extension KeyedDecodingContainer {
  /// A missing key decodes as nil.
  public func decode<Value>(_ type: EncodedNull<Value>.Type, forKey key: Key) throws
    -> EncodedNull<Value>
  {
    try decodeIfPresent(type, forKey: key) ?? EncodedNull(wrappedValue: nil)
  }
}
