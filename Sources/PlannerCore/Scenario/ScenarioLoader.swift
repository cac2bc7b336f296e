/// Reads a scenario file: strict JSON, every key known, every value checked, every catalog
/// reference resolved. All problems of a file come back together, each with its path and
/// location.
public enum ScenarioLoader {
  /// The scenario format this version reads.
  public static let schemaVersion = 1

  /// A loaded scenario and where each of its values stands in the source.
  public struct Loaded: Sendable {
    public var scenario: Scenario
    /// Where each value stands, in the order they were read (`DecodingContext.notes`).
    public var notes: [(path: JSONPath, location: SourceLocation)]
    /// The document the scenario was decoded from, overlays merged.
    public var document: JSONValue

    /// Source location by JSON path string, for placing later diagnostics; built when asked.
    public var locations: [String: SourceLocation] { DecodingContext.locations(of: notes) }
  }

  /// Parses and validates `bytes` (UTF-8 JSON) against `catalog`.
  public static func load(_ bytes: [UInt8], catalog: Catalog = .builtIn) throws(DiagnosticError)
    -> Loaded
  {
    try load(document: try JSONReader.parse(bytes), catalog: catalog)
  }

  /// Validates a parsed document (an overlay chain already merged, `Overlay.resolve`).
  public static func load(document root: JSONValue, catalog: Catalog = .builtIn)
    throws(DiagnosticError) -> Loaded
  {
    let context = DecodingContext()
    let scenario = decode(root, catalog: catalog, context: context)
    guard let scenario, !context.hasErrors else {
      throw DiagnosticError(context.sortedDiagnostics)
    }
    return Loaded(scenario: scenario, notes: context.notes, document: root)
  }

  static func decode(_ root: JSONValue, catalog: Catalog, context: DecodingContext) -> Scenario? {
    guard let object = ObjectReader(root, path: .root, context: context) else { return nil }
    if let version = object.integer("schemaVersion", minimum: 1, required: true),
      version != schemaVersion
    {
      context.error(
        .root.appending("schemaVersion"), at: object.value("schemaVersion")?.location,
        "unsupported schemaVersion \(version)", hint: "this capplan reads version \(schemaVersion)")
    }
    // the JSON Schema an editor validates the file against; the loader only checks its type
    _ = object.string("$schema")
    let name = object.string("name", required: true)
    let description = object.string("description") ?? ""
    let resolved =
      object.object("catalog").map { CatalogDecoder.decodeOverrides($0, base: catalog) } ?? catalog
    let traffic = object.object("traffic", required: true).flatMap(TrafficDecoder.decode)
    let pipelines = object.array("pipelines", required: true).map {
      PipelineDecoder.decode($0, context: context)
    }
    let routes = object.array("routes").map { RouteDecoder.decode($0, context: context) } ?? []
    let deployments = object.array("deployments", required: true).map {
      DeploymentDecoder.decode($0, catalog: resolved, context: context)
    }
    let fleet = object.object("fleet").map(FleetDecoder.decode) ?? FleetDecoder.defaults
    let site = object.object("site", required: true).flatMap(SiteDecoder.decode)
    let margins = object.object("margins").map(decodeMargins) ?? Margins()
    let policy = object.object("policy").map(decodePolicy) ?? Policy()
    let events = object.array("events").map { EventsDecoder.decodeEvents($0, context: context) }
    let ladder = object.array("degradation").map {
      EventsDecoder.decodeLadder($0, context: context)
    }
    let growth = object.object("growth")
    object.finish()

    guard let name, let traffic, let pipelines, let deployments else { return nil }
    // A site that failed to decode has its errors recorded already; the references between
    // the other parts are still worth checking, so a stand-in site takes its place.
    var scenario = Scenario(
      name: name, description: description, traffic: traffic, pipelines: pipelines, routes: routes,
      deployments: deployments, fleet: fleet, site: site ?? SiteDecoder.standIn, margins: margins,
      policy: policy)
    scenario.events = events?.map(\.event) ?? []
    scenario.degradation = ladder?.map(\.step) ?? []
    HorizonDecoder.decode(growth, root: root, into: &scenario, context: context)
    let names = NameIndex(scenario, root: root)
    ReferenceChecker.check(scenario, names: names, context: context)
    if site != nil { SiteRequirements.check(scenario, context: context) }
    EventsDecoder.checkReferences(
      scenario, names: names, events: events?.map(\.path) ?? [], ladder: ladder?.map(\.path) ?? [],
      context: context)
    return site == nil ? nil : scenario
  }

  private static func decodeMargins(_ object: ObjectReader) -> Margins {
    defer { object.finish() }
    return Margins(
      burst: object.number("burst", .nonNegative) ?? 0,
      modelBloat: object.number("modelBloat", .nonNegative) ?? 0,
      maintenance: object.number("maintenance", .nonNegative) ?? 0)
  }

  private static func decodePolicy(_ object: ObjectReader) -> Policy {
    defer { object.finish() }
    let defaults = Policy()
    var policy = Policy(
      warnBelowHeadroom: object.number("warnBelowHeadroom", .fraction)
        ?? defaults.warnBelowHeadroom,
      failBelowHeadroom: object.number("failBelowHeadroom", .fraction) ?? defaults.failBelowHeadroom
    )
    policy.failBelowServed =
      object.number("failBelowServed", .fraction) ?? Policy.defaultFailBelowServed
    if policy.warnBelowHeadroom < policy.failBelowHeadroom {
      object.context.error(
        object.path.appending("warnBelowHeadroom"), at: object.location(of: "warnBelowHeadroom"),
        "warnBelowHeadroom \(Format.plain(policy.warnBelowHeadroom)) is below failBelowHeadroom \(Format.plain(policy.failBelowHeadroom))",
        hint: "a check warns before it fails: warn at the larger headroom")
    }
    return policy
  }
}
