import Foundation
import PlannerCore

/// Reads a scenario from a file or standard input and turns every problem into
/// compiler-style lines naming the file, line, column and JSON path.
struct ScenarioInput {
  /// The name messages use: the path as given, or `<stdin>`.
  let displayName: String
  let bytes: [UInt8]

  static func read(_ path: String, console: Console) throws(CLIError) -> ScenarioInput {
    if path == "-" {
      return ScenarioInput(displayName: "<stdin>", bytes: console.readStandardInput())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError(lines: ["\(path): error: no such file"], code: ExitCode.invalidInput)
    }
    guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
      throw CLIError(lines: ["\(path): error: cannot read the file"], code: ExitCode.invalidInput)
    }
    return ScenarioInput(displayName: path, bytes: [UInt8](data))
  }

  /// Loads and plans the scenario; invalid input becomes a CLIError with one line per problem.
  func plan(slotSeries: Bool = false) throws(CLIError) -> Report {
    try plan(try load(), slotSeries: slotSeries)
  }

  /// Plans an already loaded scenario, adding the report's provenance.
  func plan(_ loaded: ScenarioLoader.Loaded, slotSeries: Bool = false) throws(CLIError) -> Report {
    var report: Report
    do {
      report = try Planner.plan(loaded.scenario, slotSeries: slotSeries)
      report.provenance = Provenance.of(document: loaded.document, version: CapplanCLI.version)
    } catch {
      throw invalid(error.diagnostics, locations: loaded.locations)
    }
    try FiniteGuard.check(report)
    return report
  }

  func load() throws(CLIError) -> ScenarioLoader.Loaded {
    do {
      let document = try Overlay.resolve(name: displayName, bytes: bytes, base: Self.readBase)
      return try ScenarioLoader.load(document: document)
    } catch {
      throw invalid(error.diagnostics, locations: [:])
    }
  }

  /// Reads the base `reference` names, relative to the file `from` (standard input: to the
  /// current directory).
  static func readBase(_ reference: String, from: String) -> Overlay.Source {
    let folder = from == "<stdin>" ? "" : FilePath.folder(of: from)
    let path = FilePath.normalized(reference.hasPrefix("/") ? reference : folder + reference)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return Overlay.Source(name: path, bytes: nil, problem: "no such file")
    }
    guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
      return Overlay.Source(name: path, bytes: nil, problem: "cannot read the file")
    }
    return Overlay.Source(name: path, bytes: [UInt8](data))
  }

  /// Each diagnostic on its own line, placed at its own location or at its path's.
  func invalid(
    _ diagnostics: [Diagnostic], locations: [String: SourceLocation], what: String = "scenario"
  ) -> CLIError {
    let lines = diagnostics.map { diagnostic -> String in
      var placed = diagnostic
      if placed.location == nil { placed.location = locations[diagnostic.path] }
      return placed.formatted(file: displayName)
    }
    let count = diagnostics.count
    return CLIError(
      lines: lines + [
        "\(displayName): \(count) \(count == 1 ? "problem" : "problems"); "
          + (what == "scenario" ? "nothing was planned" : "nothing was checked")
      ],
      code: ExitCode.invalidInput)
  }
}

/// Writes a command's output to standard output or, with `--output`, to a file replaced
/// atomically: a failed run never leaves a half-written file.
enum OutputWriter {
  /// Writes `text`; on standard output, `statuses` text has its check statuses coloured when
  /// the console colours.
  static func write(
    _ text: String, to path: String?, console: Console, statuses: Bool = false
  ) throws(CLIError) {
    guard let path, path != "-" else {
      console.out(statuses && console.colour ? StatusColour.apply(text) : text)
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CLIError(
        lines: ["\(path): error: cannot write the output: \(error.localizedDescription)"],
        code: ExitCode.invalidInput)
    }
  }
}
