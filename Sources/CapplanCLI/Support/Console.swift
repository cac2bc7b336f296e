import Foundation

/// Where a command reads and writes: the real process streams and files, or buffers in tests.
public struct Console: Sendable {
  /// Writes to standard output.
  public var out: @Sendable (String) -> Void
  /// Writes to standard error.
  public var err: @Sendable (String) -> Void
  /// Reads all of standard input.
  public var readStandardInput: @Sendable () -> [UInt8]
  /// The environment variables a command may consult (`GITHUB_STEP_SUMMARY`).
  public var environment: [String: String]
  /// Whether statuses written to standard output are coloured: only on a terminal, never
  /// with `NO_COLOR` set (no-color.org) or `TERM=dumb`, never into a pipe or a file.
  public var colour: Bool
  /// The first error writing standard output (`/dev/full`, a closed descriptor), in the
  /// system's words; nil while every write succeeded.
  public var outputProblem: @Sendable () -> String?

  public init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
    readStandardInput: @escaping @Sendable () -> [UInt8], environment: [String: String] = [:],
    colour: Bool = false, outputProblem: @escaping @Sendable () -> String? = { nil }
  ) {
    self.out = out
    self.err = err
    self.readStandardInput = readStandardInput
    self.environment = environment
    self.colour = colour
    self.outputProblem = outputProblem
  }

  /// The process's own streams, written with checked write(2) calls (`StandardStream`);
  /// standard input is read up to one byte past the size limit (`InputFile.limitBytes`).
  public static let standard = Console(
    out: { StandardStream.output.write($0) },
    err: { StandardStream.error.write($0) },
    readStandardInput: { InputFile.readPrefix(STDIN_FILENO) },
    environment: ProcessInfo.processInfo.environment,
    colour: StatusColour.enabled(
      isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment),
    outputProblem: { StandardStream.output.problem })
}

/// Exit codes: 0 ok, 1 a check failed, 2 bad usage or invalid input, 3 internal error.
public enum ExitCode {
  public static let ok: Int32 = 0
  public static let checkFailed: Int32 = 1
  public static let invalidInput: Int32 = 2
  public static let internalError: Int32 = 3
}

/// A problem the command line reports on standard error before exiting with `code`.
struct CLIError: Error {
  var lines: [String]
  var code: Int32

  static func usage(_ message: String, hint: String? = nil) -> CLIError {
    var line = "capplan: error: \(message)"
    if let hint { line += "; \(hint)" }
    return CLIError(lines: [line, "run 'capplan --help' for usage"], code: ExitCode.invalidInput)
  }
}
