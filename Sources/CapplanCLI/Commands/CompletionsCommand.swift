import PlannerCore

/// `capplan completions bash|zsh|fish`: a completion script for the shell.
enum CompletionsCommand: Command {
  static let name = "completions"
  static let help = """
    usage: capplan completions bash|zsh|fish

    Prints a completion script for the shell: commands, their options, the values an option
    takes, and file names. Load it with
      bash   source <(capplan completions bash)        (or save it in bash-completion's folder)
      zsh    capplan completions zsh > "${fpath[1]}/_capplan"; then compinit
      fish   capplan completions fish > ~/.config/fish/completions/capplan.fish

    exit codes: 0 printed, 2 bad usage

    """

  static func run(_ arguments: [String], console: Console) throws(CLIError) -> Int32 {
    let args = try Arguments(arguments, valued: [])
    guard args.positionals.count == 1, let shell = args.positionals.first else {
      throw .usage("completions needs a shell", hint: "one of bash, zsh, fish")
    }
    guard CompletionScript.shells.contains(shell) else {
      throw .usage(
        "unknown shell '\(shell)'",
        hint: Suggestion.didYouMean(shell, among: CompletionScript.shells)
          ?? "one of bash, zsh, fish")
    }
    let specs = CapplanCLI.commands.map { CommandSpec(name: $0.name, help: $0.help) }
    console.out(CompletionScript.render(shell, commands: specs))
    return ExitCode.ok
  }
}
