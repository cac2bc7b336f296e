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

  public init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
    readStandardInput: @escaping @Sendable () -> [UInt8], environment: [String: String] = [:],
    colour: Bool = false
  ) {
    self.out = out
    self.err = err
    self.readStandardInput = readStandardInput
    self.environment = environment
    self.colour = colour
  }

  /// The process's own streams.
  public static let standard = Console(
    out: { FileHandle.standardOutput.write(Data($0.utf8)) },
    err: { FileHandle.standardError.write(Data($0.utf8)) },
    readStandardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) },
    environment: ProcessInfo.processInfo.environment,
    colour: StatusColour.enabled(
      isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment))
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
