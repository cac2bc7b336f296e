import PlannerCore

/// `capplan init [--template NAME] [--output FILE]`: a starting scenario.
enum InitCommand: Command {
  static let name = "init"
  static let help = """
    usage: capplan init [--template chatbot|code-assistant|batch|mixed] [--output PATH]

    Prints a realistic starting scenario that validates and plans as it is; its description
    states every assumption to replace with your own figures. It names its schema
    ('$schema': './capplan.schema.json'); save 'capplan schema' there for editor completion.

    templates:
    \(Template.all.map { "  \($0.name.padding(toLength: 16, withPad: " ", startingAt: 0))\($0.summary)" }.joined(separator: "\n"))

    options:
      --template NAME   the template (default: chatbot)
      --output PATH     write to PATH (replaced atomically) instead of stdout

    exit codes: 0 written, 2 bad usage

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(arguments, valued: ["template", "output"])
    guard args.positionals.isEmpty else { throw .usage("init takes no file; use '--output'") }
    let name = try args.choice(
      "template", allowed: Template.all.map(\.name), default: Template.all[0].name)
    let template = Template.all.first { $0.name == name } ?? Template.all[0]
    try OutputWriter.write(template.json, to: args.options["output"], console: console)
    return ExitCode.ok
  }
}
