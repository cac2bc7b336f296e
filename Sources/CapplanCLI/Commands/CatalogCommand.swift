import PlannerCore

/// `capplan catalog [gpus|systems|models]`.
enum CatalogCommand: Command {
  static let name = "catalog"
  static let kinds = ["gpus", "systems", "models"]
  static let help = """
    usage: capplan catalog [gpus|systems|models] [--format text|json]

    Lists the built-in catalog a scenario can name by id, with each entry's source.
    Any field can be overridden in a scenario's 'catalog' section or inline.

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(arguments, valued: ["format"])
    let format = try args.choice("format", allowed: PlanCommand.formats, default: "text")
    guard args.positionals.count <= 1 else { throw .usage("catalog takes at most one kind") }
    let kind = args.positionals.first
    if let kind, !kinds.contains(kind) {
      throw .usage(
        "unknown catalog kind '\(kind)'",
        hint: Suggestion.didYouMean(kind, among: kinds) ?? "one of \(kinds.joined(separator: ", "))"
      )
    }
    let shown = kind.map { [$0] } ?? kinds
    if format == "json" {
      do {
        console.out(try CatalogText.json(.builtIn, kinds: shown))
      } catch {
        throw CLIError(lines: ["capplan: internal error: \(error)"], code: ExitCode.internalError)
      }
    } else {
      console.out(CatalogText.render(.builtIn, kinds: shown))
    }
    return ExitCode.ok
  }
}
