/// Resolves a scenario's `extends` chain: a release file names the file it overlays
/// (`"extends": "base.json"`), which may name another, up to `maxFiles` files. Each overlay is
/// deep-merged over its base at the level of JSON values, before any decoding, so the merged
/// document is read as strictly as a single file, and every value keeps the file it came from.
///
/// Pure: the caller reads files through `base`, which turns a reference (as written, relative
/// to the file naming it) into the file's display name and bytes.
public enum Overlay {
  /// The most files one chain may hold, the scenario itself included.
  public static let maxFiles = 8

  /// A base file as the caller found it.
  public struct Source: Sendable {
    /// The file's name as messages print it, also its identity for finding cycles.
    public var name: String
    /// The file's bytes; nil when it could not be read.
    public var bytes: [UInt8]?
    /// Why it could not be read (`no such file`), when `bytes` is nil.
    public var problem: String?

    public init(name: String, bytes: [UInt8]?, problem: String? = nil) {
      self.name = name
      self.bytes = bytes
      self.problem = problem
    }
  }

  /// The document `bytes` (the file `name`) with its `extends` chain merged in. A document
  /// without `extends` comes back exactly as read, its locations naming no file.
  public static func resolve(
    name: String, bytes: [UInt8], base: (_ reference: String, _ from: String) -> Source
  ) throws(DiagnosticError) -> JSONValue {
    let root = try JSONReader.parse(bytes)
    guard extendsMember(of: root) != nil else { return root }
    let chain = try load(Chain.Link(name: name, root: root.stamped(file: name)), base: base)
    var diagnostics: [Diagnostic] = []
    var merged = chain.links.last!.root.removing("extends")
    for link in chain.links.dropLast().reversed() {
      merged = merge(
        merged, under: link.root.removing("extends"), path: .root, diagnostics: &diagnostics)
    }
    guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
    return merged
  }

  /// The files of a chain, the scenario first and its deepest base last.
  struct Chain {
    struct Link {
      var name: String
      var root: JSONValue
    }
    var links: [Link]
  }

  /// Follows `extends` from `first` until a file has none, refusing a reference that is not a
  /// string, a base that cannot be read or parsed, a cycle and a chain longer than `maxFiles`.
  static func load(
    _ first: Chain.Link, base: (String, String) -> Source
  ) throws(DiagnosticError) -> Chain {
    var chain = Chain(links: [first])
    while let member = extendsMember(of: chain.links.last!.root) {
      let from = chain.links.last!.name
      let path = JSONPath.root.appending("extends")
      guard case .string(let reference) = member.value.kind else {
        throw fail(
          path, member.value.location,
          "expected the name of a base file, found \(member.value.typeDescription)",
          hint: "write \"extends\": \"base.json\", relative to this file")
      }
      let source = base(reference, from)
      let names = chain.links.map(\.name)
      if names.contains(source.name) {
        throw fail(
          path, member.value.location,
          "'\(reference)' closes a cycle: \((names + [source.name]).joined(separator: " → "))",
          hint: "a base must not extend a file that extends it")
      }
      guard chain.links.count < maxFiles else {
        throw fail(
          path, member.value.location,
          "'\(reference)' would make a chain of more than \(maxFiles) files: \(names.joined(separator: " → "))",
          hint: "fold some of the bases into one")
      }
      guard let bytes = source.bytes else {
        throw fail(
          path, member.value.location,
          "cannot read the base '\(reference)' (\(source.name)): \(source.problem ?? "unreadable")")
      }
      let root: JSONValue
      do {
        root = try JSONReader.parse(bytes)
      } catch {
        throw DiagnosticError(error.diagnostics.map { $0.placed(in: source.name) })
      }
      guard case .object = root.kind else {
        throw fail(
          .root, root.location.inFile(source.name),
          "a base must be an object, found \(root.typeDescription)")
      }
      chain.links.append(Chain.Link(name: source.name, root: root.stamped(file: source.name)))
    }
    return chain
  }

  static func extendsMember(of root: JSONValue) -> JSONValue.Member? {
    guard case .object(let members) = root.kind else { return nil }
    return members.first { $0.key == "extends" }
  }

  static func fail(
    _ path: JSONPath, _ location: SourceLocation, _ message: String, hint: String? = nil
  ) -> DiagnosticError {
    DiagnosticError([Diagnostic(path: path.description, at: location, message, hint: hint)])
  }
}

extension Diagnostic {
  /// The diagnostic located in `file` (a base read for an overlay).
  func placed(in file: String) -> Diagnostic {
    var copy = self
    copy.location = (location ?? SourceLocation(line: 1, column: 1)).inFile(file)
    return copy
  }
}

extension SourceLocation {
  /// The same position in `file`.
  func inFile(_ file: String) -> SourceLocation {
    SourceLocation(line: line, column: column, file: file)
  }
}
