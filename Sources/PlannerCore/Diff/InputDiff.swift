/// The resolved scenario values that differ between two documents: leaves compared by their
/// canonical JSON, elements of named arrays matched by `name`, so inserting a deployment does
/// not shift every later one.
public enum InputDiff {
  /// Changes from `old` to `new`, in path order.
  public static func changes(from old: JSONValue, to new: JSONValue) -> [InputChange] {
    var before: [String: String] = [:]
    var after: [String: String] = [:]
    flatten(old, path: "", into: &before)
    flatten(new, path: "", into: &after)
    let paths = Set(before.keys).union(after.keys).sorted()
    return paths.compactMap { path in
      before[path] == after[path]
        ? nil : InputChange(path: path, old: before[path], new: after[path])
    }
  }

  /// Leaves by path; a named element is keyed `[name]`, an element whose name is new or gone
  /// is one entry.
  static func flatten(_ value: JSONValue, path: String, into leaves: inout [String: String]) {
    switch value.kind {
    case .object(let members) where !members.isEmpty:
      for member in members {
        flatten(
          member.value, path: path.isEmpty ? member.key : "\(path).\(member.key)", into: &leaves)
      }
    case .array(let elements)
    where !elements.isEmpty && elements.allSatisfy({ $0.memberString("name") != nil }):
      for element in elements {
        flatten(
          element.removing("name"), path: "\(path)[\(element.memberString("name")!)]", into: &leaves
        )
      }
    default:
      leaves[path] = value.canonicalText
    }
  }
}
