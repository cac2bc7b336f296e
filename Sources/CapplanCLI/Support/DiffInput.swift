import Foundation
import PlannerCore

/// One side of `capplan diff`: a scenario, planned here, or a saved JSON report, decoded.
struct DiffInput {
  var report: Report
  /// `scenario` or `report`.
  var kind: String
  /// The resolved scenario document, for the inputs that changed; nil for a report.
  var document: JSONValue?

  static func read(_ path: String, console: Console) throws(CLIError) -> DiffInput {
    let input = try ScenarioInput.read(path, console: console)
    let root: JSONValue
    do {
      root = try JSONReader.parse(input.bytes)
    } catch {
      throw input.invalid(error.diagnostics, locations: [:])
    }
    if root.member("summary") != nil && root.member("checks") != nil
      && root.member("traffic") == nil
    {
      return DiffInput(report: try decodeReport(input, root: root), kind: "report", document: nil)
    }
    let loaded = try input.load()
    // Through the JSON a saved report has, so a scenario and its saved report compare equal.
    let planned = try input.plan(loaded)
    let report: Report
    do {
      report = try JSONDecoder().decode(
        Report.self, from: Data(try JSONReport.render(planned).utf8))
    } catch {
      throw CLIError(lines: ["capplan: internal error: \(error)"], code: ExitCode.internalError)
    }
    return DiffInput(report: report, kind: "scenario", document: loaded.document)
  }

  /// A saved report of this capplan's report version.
  private static func decodeReport(_ input: ScenarioInput, root: JSONValue) throws(CLIError)
    -> Report
  {
    let version = root.member("schemaVersion")
    guard case .number(let number, let literal)? = version?.value.kind,
      number == Double(Report.currentSchemaVersion)
    else {
      let found: String
      if case .number(_, let literal)? = version?.value.kind {
        found = literal
      } else {
        found = "none"
      }
      let diagnostic = Diagnostic(
        path: "schemaVersion", at: version?.value.location ?? root.location,
        "a report of schemaVersion \(found); this capplan reads reports of version \(Report.currentSchemaVersion)",
        hint: "plan the scenario again with this capplan ('capplan plan FILE --format json')")
      throw CLIError(
        lines: [diagnostic.formatted(file: input.displayName)], code: ExitCode.invalidInput)
    }
    _ = literal
    do {
      return try JSONDecoder().decode(Report.self, from: Data(input.bytes))
    } catch {
      throw CLIError(
        lines: [
          "\(input.displayName): error: not a capplan report: \(describe(error)); diff reads scenarios and reports saved with 'capplan plan --format json'"
        ], code: ExitCode.invalidInput)
    }
  }

  private static func describe(_ error: Error) -> String {
    switch error as? DecodingError {
    case .keyNotFound(let key, let context)?:
      return "missing '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
    case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?,
      .dataCorrupted(let context)?:
      return
        "'\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
    default:
      return "\(error)"
    }
  }
}
