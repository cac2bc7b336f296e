import PlannerCore

/// A JSON value as the report encoder builds it: numbers already rounded to their text, object
/// members kept until writing sorts them.
indirect enum JSONTree {
  case object([String: JSONTree])
  case array([JSONTree])
  case string(String)
  /// A number's text, as written (`12`, `0.1975`).
  case number(String)
  case bool(Bool)
  case null

  /// The text of a finite `value` with at most four decimals, trailing zeros dropped
  /// (`0.19751` → `0.1975`, `3.0` → `3`): floating-point noise never reaches a diff.
  static func number(_ value: Double) -> String {
    var text = Format.fixed(value, 4)
    guard text.contains(".") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// The tree as text: keys sorted, two-space indentation, `"key" : value`, the layout
  /// Foundation's `JSONEncoder` writes with `.prettyPrinted` (an empty container spans two
  /// lines), so reports saved by earlier versions compare byte for byte.
  func text() -> String {
    var out = ""
    out.reserveCapacity(1 << 16)
    write(to: &out, indent: 0)
    return out
  }

  private func write(to out: inout String, indent: Int) {
    switch self {
    case .object(let members):
      out += "{\n"
      let keys = members.keys.sorted()
      for (index, key) in keys.enumerated() {
        Self.pad(&out, indent + 1)
        Self.quote(key, into: &out)
        out += " : "
        members[key]!.write(to: &out, indent: indent + 1)
        out += index == keys.count - 1 ? "\n" : ",\n"
      }
      if keys.isEmpty { out += "\n" }
      Self.pad(&out, indent)
      out += "}"
    case .array(let elements):
      out += "[\n"
      for (index, element) in elements.enumerated() {
        Self.pad(&out, indent + 1)
        element.write(to: &out, indent: indent + 1)
        out += index == elements.count - 1 ? "\n" : ",\n"
      }
      if elements.isEmpty { out += "\n" }
      Self.pad(&out, indent)
      out += "]"
    case .string(let text): Self.quote(text, into: &out)
    case .number(let text): out += text
    case .bool(let flag): out += flag ? "true" : "false"
    case .null: out += "null"
    }
  }

  private static func pad(_ out: inout String, _ level: Int) {
    out += String(repeating: "  ", count: level)
  }

  /// A JSON string literal, written as the canonical scenario text writes one: quote,
  /// backslash and control characters escaped, `/` and every other character as it is.
  static func quote(_ text: String, into out: inout String) {
    JSONValue.writeString(text, into: &out)
  }
}
