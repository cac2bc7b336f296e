/// A JSON value as read from a source text, each node keeping where it starts.
///
/// Objects keep their members in source order; duplicate keys never reach this type
/// (the reader refuses them). Numbers keep their literal text so that an integer can be
/// told from `3.0`, and so that a message can quote the number as the user wrote it.
public struct JSONValue: Sendable, Equatable {
  /// The kind of value and its content.
  public enum Kind: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number: its value and its literal text as written (`1e3`, `15`, `0.15`).
    case number(Double, literal: String)
    case string(String)
    case array([JSONValue])
    case object([Member])
  }

  /// One `"key": value` member of an object.
  public struct Member: Sendable, Equatable {
    public var key: String
    /// Where the key's opening quote stands.
    public var keyLocation: SourceLocation
    public var value: JSONValue

    public init(key: String, keyLocation: SourceLocation, value: JSONValue) {
      self.key = key
      self.keyLocation = keyLocation
      self.value = value
    }
  }

  public var kind: Kind
  /// Where the value's first character stands.
  public var location: SourceLocation

  public init(_ kind: Kind, at location: SourceLocation) {
    self.kind = kind
    self.location = location
  }

  /// The name of the value's JSON type, as a message would say it (`a string`, `an object`).
  public var typeDescription: String {
    switch kind {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}
