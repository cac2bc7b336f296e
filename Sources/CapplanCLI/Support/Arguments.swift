import PlannerCore

/// A command's arguments: positionals and `--name value` / `--name=value` options, checked
/// against what the command accepts.
struct Arguments {
  var positionals: [String] = []
  var options: [String: String] = [:]
  var flags: Set<String> = []

  /// Parses `words`; `valued` options take a value, `switches` take none. `-` is a positional
  /// (standard input); `--` ends the options.
  init(_ words: [String], valued: [String], switches: [String] = []) throws(CLIError) {
    var rest = words[...]
    var optionsEnded = false
    while let word = rest.popFirst() {
      guard !optionsEnded, word.hasPrefix("--") else {
        positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      let body = word.dropFirst(2)
      let name = String(body.split(separator: "=", maxSplits: 1).first ?? "")
      let inline =
        body.contains("=") ? String(body.split(separator: "=", maxSplits: 1).last ?? "") : nil
      if valued.contains(name) {
        guard let value = inline ?? rest.popFirst() else {
          throw .usage("option '--\(name)' needs a value")
        }
        options[name] = value
      } else if switches.contains(name) && inline == nil {
        flags.insert(name)
      } else {
        let known = (valued + switches).map { "--\($0)" }
        throw .usage(
          "unknown option '--\(name)'",
          hint: Suggestion.didYouMean("--\(name)", among: known)
            ?? (known.isEmpty
              ? "this command takes no options" : "options: \(known.joined(separator: ", "))"))
      }
    }
  }

  /// The value of `--name`, which must be one of `allowed`.
  func choice(_ name: String, allowed: [String], default value: String) throws(CLIError) -> String {
    guard let given = options[name] else { return value }
    guard allowed.contains(given) else {
      throw .usage(
        "'\(given)' is not a value of '--\(name)'",
        hint: Suggestion.didYouMean(given, among: allowed)
          ?? "one of \(allowed.joined(separator: ", "))")
    }
    return given
  }
}
