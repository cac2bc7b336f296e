extension JSONValue {
  /// The value as compact JSON with every object's keys sorted and numbers as written: two
  /// documents that differ only in layout or key order give the same text.
  public var canonicalText: String {
    var text = ""
    writeCanonical(into: &text)
    return text
  }

  private func writeCanonical(into text: inout String) {
    switch kind {
    case .null: text += "null"
    case .bool(let flag): text += flag ? "true" : "false"
    case .number(_, let literal): text += literal
    case .string(let string): Self.writeString(string, into: &text)
    case .array(let elements):
      text += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { text += "," }
        element.writeCanonical(into: &text)
      }
      text += "]"
    case .object(let members):
      text += "{"
      for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
        if index > 0 { text += "," }
        Self.writeString(member.key, into: &text)
        text += ":"
        member.value.writeCanonical(into: &text)
      }
      text += "}"
    }
  }

  /// A JSON string literal: quote, backslash and control characters escaped, `/` and every
  /// other character as it is.
  public static func writeString(_ string: String, into text: inout String) {
    text += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      case "\u{8}": text += "\\b"
      case "\u{C}": text += "\\f"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: text.unicodeScalars.append(scalar)
      }
    }
    text += "\""
  }
}
