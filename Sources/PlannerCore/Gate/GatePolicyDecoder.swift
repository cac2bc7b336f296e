/// Reads a policy file as strictly as a scenario: every key known (with "did you mean"),
/// fractions in 0…1, dates that exist, every problem located.
public enum GatePolicyDecoder {
  /// The policy format this version reads.
  public static let schemaVersion = 1

  /// Parses and checks `bytes` (UTF-8 JSON); names of checks and events are checked against a
  /// report later, by `Gate.evaluate`.
  public static func decode(_ bytes: [UInt8]) throws(DiagnosticError) -> GatePolicy {
    let root = try JSONReader.parse(bytes)
    let context = DecodingContext()
    var policy = GatePolicy()
    if let object = ObjectReader(root, path: .root, context: context) {
      if let version = object.integer("schemaVersion", minimum: 1, required: true),
        version != schemaVersion
      {
        context.error(
          .root.appending("schemaVersion"), at: object.value("schemaVersion")?.location,
          "unsupported schemaVersion \(version)",
          hint: "this capplan reads policy version \(schemaVersion)")
      }
      object.declare("description")
      if let text = object.value("description") {
        _ = ValueReader.string(text, path: .root.appending("description"), context: context)
      }
      if let headroom = object.value("minHeadroom") {
        policy.minHeadroom = decodeHeadroom(
          headroom, path: .root.appending("minHeadroom"), context: context)
      }
      policy.maxJoulesPerToken = object.number("maxJoulesPerToken", .positive)
      policy.minRunwayMonths = object.number("minRunwayMonths", .nonNegative)
      policy.minRunwayLocation = object.value("minRunwayMonths")?.location
      policy.events = (object.array("events") ?? []).compactMap { decodeEvent($0, context) }
      policy.waivers = (object.array("waivers") ?? []).compactMap { decodeWaiver($0, context) }
      object.finish()
    }
    guard !context.hasErrors else { throw DiagnosticError(context.sortedDiagnostics) }
    return policy
  }

  private static func decodeHeadroom(
    _ value: JSONValue, path: JSONPath, context: DecodingContext
  ) -> [GatePolicy.HeadroomRule] {
    guard case .object(let members) = value.kind else {
      context.error(
        path, at: value.location,
        "expected an object of check names or kinds to fractions, found \(value.typeDescription)",
        hint: #"such as { "utility": 0.15, "pdu-feed": 0.05 }"#)
      return []
    }
    return members.compactMap { member in
      let memberPath = path.appending(member.key)
      guard
        let minimum = ValueReader.number(
          member.value, .fraction, path: memberPath, context: context)
      else { return nil }
      return GatePolicy.HeadroomRule(
        target: member.key, minimum: minimum, path: memberPath.description,
        location: member.keyLocation)
    }
  }

  private static func decodeEvent(
    _ element: (value: JSONValue, path: JSONPath), _ context: DecodingContext
  ) -> GatePolicy.EventRule? {
    guard let object = ObjectReader(element.value, path: element.path, context: context) else {
      return nil
    }
    defer { object.finish() }
    guard let name = object.string("name", required: true) else { return nil }
    return GatePolicy.EventRule(
      name: name, minRequestsServed: object.number("minRequestsServed", .fraction),
      mustBeContained: object.bool("mustBeContained") ?? false,
      path: element.path.appending("name").description, location: object.location(of: "name"))
  }

  private static func decodeWaiver(
    _ element: (value: JSONValue, path: JSONPath), _ context: DecodingContext
  ) -> GatePolicy.Waiver? {
    guard let object = ObjectReader(element.value, path: element.path, context: context) else {
      return nil
    }
    defer { object.finish() }
    let check = object.string("check", required: true)
    let reason = object.string("reason", required: true)
    if let reason, reason.allSatisfy(\.isWhitespace) {
      context.error(
        element.path.appending("reason"), at: object.value("reason")?.location,
        "a waiver needs a reason", hint: "say why the check may fail and who owns the fix")
    }
    let expires = object.string("expires", required: true).flatMap { text -> CalendarDate? in
      guard let date = CalendarDate(text) else {
        context.error(
          element.path.appending("expires"), at: object.value("expires")?.location,
          "'\(text)' is not a date", hint: "write the last day the waiver holds as YYYY-MM-DD")
        return nil
      }
      return date
    }
    guard let check, let reason, let expires else { return nil }
    return GatePolicy.Waiver(
      check: check, reason: reason, expires: expires,
      path: element.path.appending("check").description, location: object.location(of: "check"))
  }
}
