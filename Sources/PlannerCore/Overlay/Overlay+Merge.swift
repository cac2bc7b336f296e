extension Overlay {
  /// `overlay` deep-merged over `base`: objects member by member, arrays of named objects
  /// element by `name` (`"remove": true` drops one), anything else replaced. A value of another
  /// JSON type than the one it replaces (an object over a number) is refused, naming both files.
  static func merge(
    _ base: JSONValue, under overlay: JSONValue, path: JSONPath,
    diagnostics: inout [Diagnostic]
  ) -> JSONValue {
    switch (base.kind, overlay.kind) {
    case (.object(let old), .object(let new)):
      return JSONValue(
        .object(mergeMembers(old, new, path: path, diagnostics: &diagnostics)),
        at: overlay.location)
    case (.array(let old), .array(let new)) where isNamed(old) && isNamed(new):
      return JSONValue(
        .array(mergeNamed(old, new, path: path, diagnostics: &diagnostics)), at: overlay.location)
    case (.number, .number), (.string, .string), (.bool, .bool), (.array, .array), (.null, _),
      (_, .null):
      return overlay
    default:
      diagnostics.append(
        Diagnostic(
          path: path.description, at: overlay.location,
          "\(overlay.typeDescription) over \(base.typeDescription) in \(described(base.location))",
          hint: "an overlay keeps the type of the value it replaces"))
      return overlay
    }
  }

  private static func mergeMembers(
    _ old: [JSONValue.Member], _ new: [JSONValue.Member], path: JSONPath,
    diagnostics: inout [Diagnostic]
  ) -> [JSONValue.Member] {
    var members = old.map { member -> JSONValue.Member in
      guard let replacement = new.first(where: { $0.key == member.key }) else { return member }
      let value = merge(
        member.value, under: replacement.value, path: path.appending(member.key),
        diagnostics: &diagnostics)
      return JSONValue.Member(key: member.key, keyLocation: replacement.keyLocation, value: value)
    }
    let oldKeys = Set(old.map(\.key))
    members += new.filter { !oldKeys.contains($0.key) }
    return members
  }

  /// Named elements merged by `name`: the base's order kept, new names appended in the
  /// overlay's order.
  private static func mergeNamed(
    _ old: [JSONValue], _ new: [JSONValue], path: JSONPath, diagnostics: inout [Diagnostic]
  ) -> [JSONValue] {
    var elements: [JSONValue?] = old
    for (index, element) in new.enumerated() {
      let elementPath = path.appending(index: index)
      let name = element.memberString("name") ?? ""
      let removal = element.member("remove")
      var removes = false
      if let removal {
        guard case .bool(let flag) = removal.value.kind else {
          diagnostics.append(
            Diagnostic(
              path: elementPath.appending("remove").description, at: removal.value.location,
              "expected true or false, found \(removal.value.typeDescription)"))
          continue
        }
        removes = flag
      }
      let body = element.removing("remove")
      guard let match = elements.firstIndex(where: { $0?.memberString("name") == name }) else {
        if removes {
          diagnostics.append(
            Diagnostic(
              path: elementPath.appending("remove").description, at: removal!.keyLocation,
              "no '\(name)' in the base to remove",
              hint:
                "names in the base: \(old.compactMap { $0.memberString("name") }.map { "'\($0)'" }.joined(separator: ", "))"
            ))
        } else {
          elements.append(body)
        }
        continue
      }
      elements[match] =
        removes
        ? nil
        : merge(elements[match]!, under: body, path: elementPath, diagnostics: &diagnostics)
    }
    return elements.compactMap { $0 }
  }

  /// A non-empty array whose every element is an object with a string `name`.
  private static func isNamed(_ elements: [JSONValue]) -> Bool {
    !elements.isEmpty && elements.allSatisfy { $0.memberString("name") != nil }
  }

  /// `base.json (3:14)`.
  private static func described(_ location: SourceLocation) -> String {
    "\(location.file ?? "the base") (\(location.line):\(location.column))"
  }
}
