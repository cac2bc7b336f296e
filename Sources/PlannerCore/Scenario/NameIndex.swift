/// The names a scenario gives, by kind, so that every reference is resolved against the kind it
/// must name: a share names a deployment, never a pipeline that happens to have that name.
struct NameIndex {
  /// The kinds of named things a scenario declares and refers to.
  enum Kind: String, CaseIterable {
    case surface, pipeline, route, deployment

    /// The kind with its article, for hints (`a pipeline`).
    var withArticle: String { "a \(rawValue)" }
  }

  /// The decoded names of each kind, in file order (for did-you-mean and "known" lists).
  private(set) var decoded: [Kind: [String]] = [:]
  /// Every name the file gives, by kind, also of entries that failed to decode: a reference to
  /// one of those is not reported again, their own errors are already recorded.
  private(set) var declared: [Kind: Set<String>] = [:]

  /// The names of `scenario` by kind, and the names its `root` declares.
  init(_ scenario: Scenario, root: JSONValue) {
    decoded[.surface] = scenario.traffic.surfaces.map(\.name)
    decoded[.pipeline] = scenario.pipelines.map(\.name)
    decoded[.route] = scenario.routes.map(\.name)
    decoded[.deployment] = scenario.deployments.map(\.name)
    for kind in Kind.allCases { declared[kind] = Set(decoded[kind] ?? []) }
    guard case .object(let members) = root.kind else { return }
    for member in members {
      let kind: Kind
      let list: JSONValue
      switch member.key {
      case "pipelines": (kind, list) = (.pipeline, member.value)
      case "routes": (kind, list) = (.route, member.value)
      case "deployments": (kind, list) = (.deployment, member.value)
      case "traffic":
        guard case .object(let traffic) = member.value.kind,
          let surfaces = traffic.first(where: { $0.key == "surfaces" })?.value
        else { continue }
        (kind, list) = (.surface, surfaces)
      default: continue
      }
      guard case .array(let elements) = list.kind else { continue }
      for case .object(let fields) in elements.map(\.kind) {
        if case .string(let name)? = fields.first(where: { $0.key == "name" })?.value.kind {
          declared[kind, default: []].insert(name)
        }
      }
    }
  }

  /// The decoded names of `kind`, in file order.
  func names(_ kind: Kind) -> [String] { decoded[kind] ?? [] }

  /// Whether `name` is declared as one of `kinds` (decoded or not).
  func isDeclared(_ name: String, as kinds: [Kind]) -> Bool {
    kinds.contains { declared[$0]?.contains(name) ?? false }
  }

  /// Checks that `name` names one of `kinds`; records an error otherwise, with a did-you-mean
  /// among those kinds and, when the name is of another kind, a hint saying so. `role` says
  /// what refers (`a share`). Returns whether the name was found decoded.
  @discardableResult
  func resolve(
    _ name: String, as kinds: [Kind], role: String, at path: JSONPath, context: DecodingContext
  ) -> Bool {
    if kinds.contains(where: { names($0).contains(name) }) { return true }
    if isDeclared(name, as: kinds) { return false }
    let candidates = kinds.flatMap { names($0) }
    let wanted = kinds.map(\.rawValue).joined(separator: " or ")
    var hints: [String] = []
    if let other = Kind.allCases.first(where: { !kinds.contains($0) && isDeclared(name, as: [$0]) })
    {
      hints.append(
        "'\(name)' is \(other.withArticle); \(role) names \(kinds.map(\.withArticle).joined(separator: " or "))"
      )
    }
    if let suggestion = Suggestion.didYouMean(name, among: candidates) {
      hints.append(suggestion)
    } else if hints.isEmpty {
      hints.append(
        candidates.isEmpty
          ? "the scenario has no \(kinds.map { "\($0.rawValue)s" }.joined(separator: " or "))"
          : "known \(kinds.map { "\($0.rawValue)s" }.joined(separator: " and ")): \(candidates.map { "'\($0)'" }.joined(separator: ", "))"
      )
    }
    context.error(
      path, at: context.locations[path.description], "unknown \(wanted) '\(name)'",
      hint: hints.joined(separator: "; "))
    return false
  }
}
