import PlannerCore

/// `capplan schema`: the JSON Schema of the scenario format, for editors and CI.
enum SchemaCommand: Command {
  static let name = "schema"
  static let help = """
    usage: capplan schema [--output PATH]

    Prints the JSON Schema (draft 2020-12) of the scenario format, generated from the loader's
    own reading of the format: every key with its type, range, allowed names and whether it is
    required; unknown keys are refused as the loader refuses them. Save it beside your
    scenarios and name it in each ('"$schema": "./capplan.schema.json"') or in your editor's
    settings for completion and checking as you type (docs/schema.md). The loader still checks
    more than a schema can say (references between names, sense checks).

    options:
      --output PATH   write to PATH (replaced atomically) instead of stdout

    exit codes: 0 printed, 2 bad usage

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(arguments, valued: ["output"])
    guard args.positionals.isEmpty else { throw .usage("schema takes no file") }
    try OutputWriter.write(render(), to: args.options["output"], console: console)
    return ExitCode.ok
  }

  /// The schema as text, from the loader's readings of an empty document and the templates.
  static func render() -> String {
    SchemaJSON.render(ScenarioSchema.generate(corpus: Template.all.map { Array($0.json.utf8) }))
  }
}
