/// One problem found in a scenario: where it is, what is wrong and how to mend it.
///
/// Printed compiler style by the command line:
/// `chat.json:14:22: error: traffic.surfaces[2].cacheHitRate: 15 is not a fraction in 0…1; write 0.15 for 15%`.
public struct Diagnostic: Sendable, Hashable, Codable {
  /// How bad the problem is.
  public enum Severity: String, Sendable, Codable {
    case error
    case warning
  }

  public var severity: Severity
  /// The JSON path of the offending value (`traffic.surfaces[2].cacheHitRate`); empty for the document.
  public var path: String
  /// Where in the source the problem is, when known.
  public var location: SourceLocation?
  /// What is wrong, lower case, no full stop.
  public var message: String
  /// How to mend it, when there is something useful to say (`did you mean 'cacheHitRate'?`).
  public var hint: String?

  public init(
    _ severity: Severity = .error, path: String, at location: SourceLocation?, _ message: String,
    hint: String? = nil
  ) {
    self.severity = severity
    self.path = path
    self.location = location
    self.message = message
    self.hint = hint
  }

  /// The diagnostic as one line, `file:line:col: error: path: message; hint`; a location in
  /// another file (an `extends` base) names that file instead of `file`.
  public func formatted(file: String) -> String {
    var line = location?.file ?? file
    if let location { line += ":\(location.line):\(location.column)" }
    line += ": \(severity.rawValue): "
    if !path.isEmpty { line += "\(path): " }
    line += message
    if let hint { line += "; \(hint)" }
    return line
  }
}

/// An error carrying every diagnostic found, in source order.
public struct DiagnosticError: Error, Sendable, Equatable {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }
}
