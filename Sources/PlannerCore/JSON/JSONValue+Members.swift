extension JSONValue {
  /// The member called `key` of an object; nil for a missing key or another kind of value.
  public func member(_ key: String) -> Member? {
    guard case .object(let members) = kind else { return nil }
    return members.first { $0.key == key }
  }

  /// The string value of the member `key`, when the value is an object holding one.
  public func memberString(_ key: String) -> String? {
    guard case .string(let text)? = member(key)?.value.kind else { return nil }
    return text
  }

  /// This value without the object member `key` (unchanged when it is not an object).
  public func removing(_ key: String) -> JSONValue {
    guard case .object(let members) = kind else { return self }
    return JSONValue(.object(members.filter { $0.key != key }), at: location)
  }

  /// This value with every location, its own and those of all nested values and keys, in `file`.
  public func stamped(file: String) -> JSONValue {
    var copy = self
    copy.location.file = file
    switch kind {
    case .array(let elements):
      copy.kind = .array(elements.map { $0.stamped(file: file) })
    case .object(let members):
      copy.kind = .object(
        members.map { member in
          var keyLocation = member.keyLocation
          keyLocation.file = file
          return Member(
            key: member.key, keyLocation: keyLocation, value: member.value.stamped(file: file))
        })
    default:
      break
    }
    return copy
  }

  /// Where each member's key stands, by the JSON path of its value (`site.rackLimitKW`):
  /// where a report points at "the key that set this".
  public func keyLocations() -> [String: SourceLocation] {
    var result: [String: SourceLocation] = [:]
    collectKeyLocations(path: .root, into: &result)
    return result
  }

  private func collectKeyLocations(path: JSONPath, into result: inout [String: SourceLocation]) {
    switch kind {
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        let elementPath = path.appending(index: index)
        result[elementPath.description] = element.location
        element.collectKeyLocations(path: elementPath, into: &result)
      }
    case .object(let members):
      for member in members {
        let memberPath = path.appending(member.key)
        result[memberPath.description] = member.keyLocation
        member.value.collectKeyLocations(path: memberPath, into: &result)
      }
    default:
      break
    }
  }
}
