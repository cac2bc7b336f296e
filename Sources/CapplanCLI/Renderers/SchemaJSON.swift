import PlannerCore

/// A `SchemaValue` as JSON text: two-space indentation, members in the schema's own order
/// (the loader's key order), numbers through `Format`, strings escaped.
enum SchemaJSON {
  static func render(_ value: SchemaValue) -> String {
    var out = ""
    write(value, indent: "", to: &out)
    return out + "\n"
  }

  private static func write(_ value: SchemaValue, indent: String, to out: inout String) {
    let inner = indent + "  "
    switch value {
    case .string(let text): out += quote(text)
    case .number(let number): out += Format.plain(number)
    case .bool(let flag): out += flag ? "true" : "false"
    case .array(let items):
      // short lists of scalars (enum names, required keys) stay on one line
      if items.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
        out +=
          "["
          + items.map { item -> String in
            var text = ""
            write(item, indent: inner, to: &text)
            return text
          }.joined(separator: ", ") + "]"
        return
      }
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += inner
        write(item, indent: inner, to: &out)
        out += index == items.count - 1 ? "\n" : ",\n"
      }
      out += indent + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (index, member) in members.enumerated() {
        out += inner + quote(member.0) + ": "
        write(member.1, indent: inner, to: &out)
        out += index == members.count - 1 ? "\n" : ",\n"
      }
      out += indent + "}"
    }
  }

  /// A JSON string literal, escaped as the report's JSON writer escapes it.
  static func quote(_ text: String) -> String {
    var out = ""
    JSONTree.quote(text, into: &out)
    return out
  }
}
