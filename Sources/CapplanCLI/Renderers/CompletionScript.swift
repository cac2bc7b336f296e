/// Shell completion scripts for bash, zsh and fish, written from the commands' specs: command
/// names, their options, the values an option lists, and files elsewhere.
enum CompletionScript {
  static let shells = ["bash", "zsh", "fish"]

  static func render(_ shell: String, commands: [CommandSpec]) -> String {
    switch shell {
    case "zsh": return zsh(commands)
    case "fish": return fish(commands)
    default: return bash(commands)
    }
  }

  static func bash(_ commands: [CommandSpec]) -> String {
    var text = """
      # bash completion for capplan: source <(capplan completions bash)
      _capplan() {
        local cur prev
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD-1]}"
        if [ "$COMP_CWORD" -eq 1 ]; then
          COMPREPLY=($(compgen -W "\(commands.map(\.name).joined(separator: " ")) --help --version" -- "$cur"))
          return
        fi
        case "${COMP_WORDS[1]} $prev" in

      """
    for command in commands {
      for option in command.options where option.takesValue {
        let values =
          option.choices.isEmpty
          ? "$(compgen -f -- \"$cur\")"
          : "$(compgen -W \"\(option.choices.joined(separator: " "))\" -- \"$cur\")"
        text += "    \"\(command.name) \(option.name)\") COMPREPLY=(\(values)); return ;;\n"
      }
    }
    text += "  esac\n  case \"${COMP_WORDS[1]}\" in\n"
    for command in commands {
      let options = command.options.map(\.name).joined(separator: " ")
      let rest =
        command.positionalChoices.isEmpty
        ? "$(compgen -f -- \"$cur\")"
        : "$(compgen -W \"\(command.positionalChoices.joined(separator: " "))\" -- \"$cur\")"
      text += """
            \(command.name))
              if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(options)" -- "$cur"))
              else COMPREPLY=(\(rest)); fi ;;

        """
    }
    text += "  esac\n}\ncomplete -o filenames -F _capplan capplan\n"
    return text
  }

  static func zsh(_ commands: [CommandSpec]) -> String {
    var text = """
      #compdef capplan
      # zsh completion for capplan: capplan completions zsh > "${fpath[1]}/_capplan"
      _capplan() {
        local -a commands
        commands=(

      """
    for command in commands {
      text += "    '\(command.name):\(quoteZsh(command.summary))'\n"
    }
    text +=
      "  )\n  if (( CURRENT == 2 )); then\n    _describe 'command' commands\n    return\n  fi\n"
    // drop the command name, so that _arguments sees the command's own words
    text += "  shift words\n  (( CURRENT-- ))\n  case $words[1] in\n"
    for command in commands {
      let specs = command.options.map { option -> String in
        guard option.takesValue else { return "'\(option.name)'" }
        let values =
          option.choices.isEmpty ? "_files" : "(\(option.choices.joined(separator: " ")))"
        return "'\(option.name)=:value:\(values)'"
      }
      let positional =
        command.positionalChoices.isEmpty
        ? "'*:file:_files'" : "'1:choice:(\(command.positionalChoices.joined(separator: " ")))'"
      text +=
        "    \(command.name)) _arguments -s \((specs + [positional]).joined(separator: " ")) ;;\n"
    }
    text += "  esac\n}\n_capplan \"$@\"\n"
    return text
  }

  static func fish(_ commands: [CommandSpec]) -> String {
    var text = """
      # fish completion for capplan: capplan completions fish > ~/.config/fish/completions/capplan.fish
      complete -c capplan -f

      """
    for command in commands {
      text +=
        "complete -c capplan -n __fish_use_subcommand -a \(command.name) -d '\(quoteFish(command.summary))'\n"
    }
    for command in commands {
      let condition = "-n '__fish_seen_subcommand_from \(command.name)'"
      for option in command.options {
        let name = option.name.dropFirst(2)
        if !option.takesValue {
          text += "complete -c capplan \(condition) -l \(name)\n"
        } else if option.choices.isEmpty {
          text += "complete -c capplan \(condition) -l \(name) -r -F\n"
        } else {
          text +=
            "complete -c capplan \(condition) -l \(name) -x -a '\(option.choices.joined(separator: " "))'\n"
        }
      }
      text +=
        command.positionalChoices.isEmpty
        ? "complete -c capplan \(condition) -F\n"
        : "complete -c capplan \(condition) -a '\(command.positionalChoices.joined(separator: " "))'\n"
    }
    return text
  }

  private static func quoteZsh(_ text: String) -> String {
    text.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: ":", with: "\\:")
  }

  private static func quoteFish(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
  }
}
