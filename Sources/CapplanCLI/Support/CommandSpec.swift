import Foundation

/// What a shell needs to complete one command, read from the command's own help text so that
/// a command's completions cannot drift from its help: options (`--name`), the values an
/// option takes where its help lists them (`--format text|json`), whether it takes a value at
/// all, and the choices of a positional (`catalog [gpus|systems|models]`).
struct CommandSpec: Equatable {
  struct Option: Equatable {
    var name: String
    /// The values the help lists (`text|json`); empty for a free value or a switch.
    var choices: [String]
    /// Whether the option takes a value (`--output PATH`); a switch does not.
    var takesValue: Bool
  }

  var name: String
  /// The first line of the help's description.
  var summary: String
  var options: [Option]
  /// Choices of the first positional, when the usage lists them.
  var positionalChoices: [String]

  init(name: String, help: String) {
    self.name = name
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let usage = lines.first { $0.hasPrefix("usage:") } ?? ""
    summary = Self.summary(lines) ?? name
    var options: [Option] = []
    let words = help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "[" || $0 == "]" })
      .map(String.init)
    for (index, word) in words.enumerated() where word.hasPrefix("--") && word.count > 2 {
      let option = String(word.prefix { $0 != "=" && $0 != "," && $0 != ")" && $0 != "'" })
      guard option.dropFirst(2).allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
        continue
      }
      let next = index + 1 < words.count ? words[index + 1] : ""
      let choices = next.contains("|") ? Self.choices(next) : []
      // a value is named in capitals (`PATH`, `FILE.svg`) or listed (`text|json`)
      let stem = next.prefix { $0 != "." }
      let takesValue = !choices.isEmpty || (!stem.isEmpty && stem.allSatisfy(\.isUppercase))
      if let known = options.firstIndex(where: { $0.name == option }) {
        // a later mention may list the values an earlier one only named
        if options[known].choices.isEmpty && !choices.isEmpty { options[known].choices = choices }
        continue
      }
      options.append(Option(name: option, choices: choices, takesValue: takesValue))
    }
    self.options = options.sorted { $0.name < $1.name }
    // `usage: capplan NAME …`: the first word with choices that is not an option's value
    let usageWords = usage.split(separator: " ").map(String.init).dropFirst(3)
    let positional = zip(usageWords, [""] + usageWords).first { word, previous in
      word.contains("|") && !word.contains("--") && !previous.contains("--")
    }
    positionalChoices = positional.map { Self.choices($0.0) } ?? []
  }

  /// The description's first sentence (the paragraph after the usage), cut to 70 characters
  /// at a word.
  static func summary(_ lines: [String]) -> String? {
    let paragraph = lines.drop { !$0.isEmpty }.drop { $0.isEmpty }.prefix { !$0.isEmpty }
      .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    guard !paragraph.isEmpty else { return nil }
    var sentence = String(paragraph.prefix { $0 != ":" && $0 != ";" })
    if let stop = sentence.range(of: ". ") { sentence = String(sentence[..<stop.lowerBound]) }
    if sentence.hasSuffix(".") { sentence.removeLast() }
    guard sentence.count > 70 else { return sentence }
    var cut = ""
    for word in sentence.split(separator: " ") {
      if cut.count + word.count + 1 > 69 { break }
      cut += (cut.isEmpty ? "" : " ") + word
    }
    return cut + "…"
  }

  /// `[a|b|c]` or `a|b|c` as its words.
  static func choices(_ word: String) -> [String] {
    word.filter { !"[]()".contains($0) }.split(separator: "|").map(String.init)
  }
}
