import PlannerCore

/// The command line, as a library so that tests drive it in process: arguments in, exit code
/// out, every byte written through a `Console`.
public enum CapplanCLI {
  /// The version `--version` prints.
  public static let version = "0.1.0"

  /// Runs one invocation (arguments without the program name) and returns its exit code.
  public static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
    let code: Int32
    do {
      code = try dispatch(arguments, console: console)
    } catch let error as CLIError {
      console.err(error.lines.joined(separator: "\n") + "\n")
      code = error.code
    } catch {
      console.err("capplan: internal error: \(error)\n")
      code = ExitCode.internalError
    }
    // a report that did not reach standard output is a failed run, whatever its verdict
    if let problem = console.outputProblem() {
      console.err("capplan: error: cannot write to standard output: \(problem)\n")
      return ExitCode.internalError
    }
    return code
  }

  static var commands: [CommandEntry] {
    [
      CommandEntry(PlanCommand.self), CommandEntry(CheckCommand.self),
      CommandEntry(DiffCommand.self),
      CommandEntry(ValidateCommand.self),
      CommandEntry(CatalogCommand.self),
      CommandEntry(ExplainCommand.self), CommandEntry(ChartCommand.self),
      CommandEntry(InitCommand.self), CommandEntry(CompletionsCommand.self),
      CommandEntry(SchemaCommand.self),
    ]
  }

  private static func dispatch(_ arguments: [String], console: Console) throws -> Int32 {
    guard let first = arguments.first else {
      console.err(Help.overview)
      return ExitCode.invalidInput
    }
    switch first {
    case "--help", "-h", "help":
      if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
        console.out(command.help)
      } else {
        console.out(Help.overview)
      }
      return ExitCode.ok
    case "--version":
      console.out("capplan \(version) (catalog \(Catalog.revision))\n")
      return ExitCode.ok
    default:
      guard let command = commands.first(where: { $0.name == first }) else {
        throw CLIError.usage(
          "unknown command '\(first)'",
          hint: Suggestion.didYouMean(first, among: commands.map(\.name))
            ?? "commands: \(commands.map(\.name).joined(separator: ", "))")
      }
      let rest = Array(arguments.dropFirst())
      if rest.contains("--help") || rest.contains("-h") {
        console.out(command.help)
        return ExitCode.ok
      }
      return try command.run(rest, console)
    }
  }
}

/// One subcommand.
protocol Command {
  static var name: String { get }
  static var help: String { get }
  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32
}

/// A subcommand as a value, so the dispatcher needs no existential metatypes.
struct CommandEntry {
  let name: String
  /// The command's help, built when asked for (some build theirs from the templates).
  let helpText: () -> String
  let run: ([String], Console) throws(CLIError) -> Int32

  var help: String { helpText() }

  init<C: Command>(_ command: C.Type) {
    name = C.name
    helpText = { C.help }
    run = { (arguments, console) throws(CLIError) in try C.run(arguments, console: console) }
  }
}

enum Help {
  static let overview = """
    capplan \(CapplanCLI.version) — capacity planning for AI inference sites, from traffic to the utility meter

    usage: capplan <command> [options]

    commands:
      plan FILE       plan a scenario: demand, serving, fleet, power stack, limits
      check FILE      the same plan as a gate: a verdict per limit, exit 1 when any fails
      diff BASE HEAD  what moved between two releases (scenarios or saved JSON reports)
      validate FILE…  check scenario files without planning
      catalog [KIND]  list the built-in GPUs, systems and models (KIND: gpus, systems, models)
      explain FILE [deployments.NAME]
                      one deployment figure by figure: curve, batch, queueing, power, provenance
      chart FILE --kind KIND
                      one chart as SVG (KIND: day, forecast, stack, headroom, curve, events)
      init [--template NAME]
                      a starting scenario (chatbot, code-assistant, batch, mixed)
      completions SHELL
                      a completion script for bash, zsh or fish

    options:
      -h, --help      show help (also 'capplan help COMMAND' or 'capplan COMMAND --help')
      --version       print the version

    FILE may be '-' to read standard input.
    exit codes: 0 ok, 1 a check failed, 2 bad usage or invalid input, 3 internal error

    """
}
