import CapplanCLI
import Foundation

/// The outcome of one in-process run of the command line.
public struct CLIRun: Sendable {
  public var code: Int32
  public var out: String
  public var err: String

  /// Runs `capplan arguments…` in process, with `stdin` as standard input and `environment`
  /// as the only environment variables.
  public static func capplan(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:]
  ) -> CLIRun {
    let buffer = Buffer()
    let console = Console(
      out: { buffer.append(out: $0) }, err: { buffer.append(err: $0) },
      readStandardInput: { Array(stdin.utf8) }, environment: environment)
    let code = CapplanCLI.run(arguments, console: console)
    return CLIRun(code: code, out: buffer.out, err: buffer.err)
  }
}

/// Output captured from a run; a lock keeps it safe to share with the console's closures.
private final class Buffer: @unchecked Sendable {
  private let lock = NSLock()
  private var outText = ""
  private var errText = ""

  var out: String { lock.withLock { outText } }
  var err: String { lock.withLock { errText } }
  func append(out text: String) { lock.withLock { outText += text } }
  func append(err text: String) { lock.withLock { errText += text } }
}
