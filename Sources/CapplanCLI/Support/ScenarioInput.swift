import Foundation
import PlannerCore

/// Reads a scenario from a file or standard input and turns every problem into
/// compiler-style lines naming the file, line, column and JSON path.
struct ScenarioInput {
  /// The name messages use: the path as given, or `<stdin>`.
  let displayName: String
  let bytes: [UInt8]

  /// Reads `path` (`-`: standard input): a file, pipe, FIFO or process substitution, up to
  /// `InputFile.limitBytes`.
  static func read(_ path: String, console: Console) throws(CLIError) -> ScenarioInput {
    guard !path.isEmpty else {
      throw .usage("the scenario path is empty", hint: "give a file, or '-' for standard input")
    }
    if path == "-" {
      let bytes = console.readStandardInput()
      guard bytes.count <= InputFile.limitBytes else {
        throw refused("<stdin>", .tooLarge(bytes: nil))
      }
      return ScenarioInput(displayName: "<stdin>", bytes: bytes)
    }
    switch InputFile.read(path) {
    case .success(let bytes): return ScenarioInput(displayName: path, bytes: bytes)
    case .failure(let problem): throw refused(path, problem)
    }
  }

  private static func refused(_ name: String, _ problem: InputFile.Problem) -> CLIError {
    CLIError(lines: ["\(name): error: \(problem.message)"], code: ExitCode.invalidInput)
  }

  /// Loads and plans the scenario; invalid input becomes a CLIError with one line per problem.
  /// `guarded: false` leaves the non-finite check to the caller (the JSON writer refuses a
  /// non-finite figure itself, so a JSON plan is not encoded twice); `provenance: false`
  /// leaves out the digests, for a format that does not show them.
  func plan(slotSeries: Bool = false, guarded: Bool = true, provenance: Bool = true)
    throws(CLIError) -> Report
  {
    try plan(try load(), slotSeries: slotSeries, guarded: guarded, provenance: provenance)
  }

  /// Plans an already loaded scenario, adding the report's provenance.
  func plan(
    _ loaded: ScenarioLoader.Loaded, slotSeries: Bool = false, guarded: Bool = true,
    provenance: Bool = true
  ) throws(CLIError) -> Report {
    var report: Report
    do {
      // the digests are worked out beside the plan
      let document = loaded.document
      let (planned, digests) = concurrently(
        {
          Result { () throws(DiagnosticError) in
            try Planner.plan(loaded.scenario, slotSeries: slotSeries)
          }
        },
        { provenance ? Provenance.of(document: document, version: CapplanCLI.version) : nil })
      report = try planned.get()
      report.provenance = digests
    } catch {
      throw invalid(error.diagnostics, locations: loaded.locations)
    }
    if guarded { try FiniteGuard.check(report) }
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
    switch InputFile.read(path) {
    case .success(let bytes): return Overlay.Source(name: path, bytes: bytes)
    case .failure(let problem):
      return Overlay.Source(name: path, bytes: nil, problem: problem.message)
    }
  }

  /// The most diagnostics printed for one file; the last line counts the rest.
  static let diagnosticsShown = 50

  /// Each diagnostic on its own line (the first `diagnosticsShown`), placed at its own
  /// location or at its path's.
  func invalid(
    _ diagnostics: [Diagnostic], locations: [String: SourceLocation], what: String = "scenario"
  ) -> CLIError {
    let lines = diagnostics.prefix(Self.diagnosticsShown).map { diagnostic -> String in
      var placed = diagnostic
      if placed.location == nil { placed.location = locations[diagnostic.path] }
      return placed.formatted(file: displayName)
    }
    let count = diagnostics.count
    let more = count - lines.count
    return CLIError(
      lines: lines + [
        "\(displayName): \(count) \(count == 1 ? "problem" : "problems")"
          + (more > 0 ? ", the first \(lines.count) shown, and \(more) more" : "") + "; "
          + (what == "scenario" ? "nothing was planned" : "nothing was checked")
      ],
      code: ExitCode.invalidInput)
  }
}

/// Writes a command's output to standard output or, with `--output`, to a file replaced
/// atomically through its symbolic links (`OutputFile`): a failed run never leaves a
/// half-written file, and a command never overwrites the scenario it read.
enum OutputWriter {
  /// Writes `text`; on standard output, `statuses` text has its check statuses coloured when
  /// the console colours.
  /// `inputs` are the files the command read, which `--output` never replaces.
  static func write(
    _ text: String, to path: String?, console: Console, statuses: Bool = false,
    inputs: [String] = []
  ) throws(CLIError) {
    guard let path, path != "-" else {
      console.out(statuses && console.colour ? StatusColour.apply(text) : text)
      return
    }
    do {
      try OutputFile.write(text, to: path, inputs: inputs.filter { $0 != "-" })
    } catch {
      let line = "\(path.isEmpty ? "capplan" : path): error: \(error.message)"
      throw CLIError(
        lines: [error.hint.map { "\(line); \($0)" } ?? line], code: ExitCode.invalidInput)
    }
  }
}
