/// Collects the diagnostics of one decoding pass, so that every problem in a file is reported
/// in one run, and remembers where each path is in the source.
public final class DecodingContext {
  public private(set) var diagnostics: [Diagnostic] = []
  /// Where every value decoded stands, in the order they were read. Only a problem needs a
  /// location looked up, so the paths are not spelled out as they are read.
  public private(set) var notes: [(path: JSONPath, location: SourceLocation)] = []
  /// `locations` of the first `indexed` notes: the index grows by the notes taken since it
  /// was last asked for, so asking after every note costs no more than asking once.
  private var index: [String: SourceLocation] = [:]
  private var indexed = 0

  /// The source location of every value decoded, by path string (a value read twice: where
  /// it was read last).
  public var locations: [String: SourceLocation] {
    Self.index(notes[indexed...], into: &index)
    indexed = notes.count
    return index
  }

  /// `notes` by path string, a later note of a path replacing an earlier one.
  public static func locations(of notes: [(path: JSONPath, location: SourceLocation)])
    -> [String: SourceLocation]
  {
    var locations: [String: SourceLocation] = [:]
    index(notes[...], into: &locations)
    return locations
  }

  /// Adds `notes` to `locations` by path string, in order.
  private static func index(
    _ notes: ArraySlice<(path: JSONPath, location: SourceLocation)>,
    into locations: inout [String: SourceLocation]
  ) {
    for note in notes { locations[note.path.description] = note.location }
  }

  /// Records what the loader asks for, when a schema is being generated.
  public var recorder: SchemaRecorder?
  /// Whether absent objects and arrays are read as empty ones (one element for an array), so
  /// that a reading of an empty document reaches every key the loader knows.
  public var probing = false
  /// While probing, whether `has` answers yes for every key, so that a second reading takes
  /// the branches a key's presence opens (a route's `cascade` instead of its `shares`).
  public var probingPresence = false

  public init() {}

  /// Records a problem.
  public func error(
    _ path: JSONPath, at location: SourceLocation?, _ message: String, hint: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(.error, path: path.description, at: location, message, hint: hint))
  }

  /// Records where a path's value stands.
  func note(_ path: JSONPath, at location: SourceLocation) {
    notes.append((path, location))
  }

  /// Whether any error was recorded.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// The diagnostics in source order (then by path), as a run reports them.
  public var sortedDiagnostics: [Diagnostic] {
    diagnostics.sorted {
      let a = $0.location ?? SourceLocation(line: .max, column: .max)
      let b = $1.location ?? SourceLocation(line: .max, column: .max)
      return a != b ? a < b : $0.path < $1.path
    }
  }
}
