import PlannerCore

/// `capplan validate FILE…`: load every file, report every problem, plan nothing.
enum ValidateCommand: Command {
  static let name = "validate"
  static let help = """
    usage: capplan validate FILE...

    Reads each scenario file ('-' for standard input) strictly, as plan would, and reports
    every problem with its file, line, column and JSON path. Plans nothing.

    exit codes: 0 every file is valid, 2 any file is not (or bad usage)

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(arguments, valued: [])
    guard !args.positionals.isEmpty else {
      throw .usage("validate needs at least one scenario file")
    }
    var code = ExitCode.ok
    for path in args.positionals {
      do {
        let input = try ScenarioInput.read(path, console: console)
        let scenario = try input.load().scenario
        console.out(
          "\(input.displayName): ok (\(scenario.traffic.surfaces.count) surfaces, \(scenario.deployments.count) deployments)\n"
        )
      } catch {
        console.err(error.lines.joined(separator: "\n") + "\n")
        code = ExitCode.invalidInput
      }
    }
    return code
  }
}
