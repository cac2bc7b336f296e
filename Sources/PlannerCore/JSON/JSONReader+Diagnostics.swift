extension JSONReader.Parser {
  // MARK: - Paths

  /// The path of the value being read: each open container's current key or index.
  func currentPath() -> String {
    path(through: stack.count)
  }

  /// The path of the innermost open container.
  func containerPath() -> String {
    path(through: stack.count - 1)
  }

  private func path(through frameCount: Int) -> String {
    var path = JSONPath.root
    for frame in stack.prefix(frameCount) {
      if frame.isObject {
        // Only the innermost object can be between keys.
        guard let key = frame.key else { break }
        path = path.appending(key)
      } else {
        path = path.appending(index: frame.elements.count)
      }
    }
    return path.description
  }

  // MARK: - Messages

  func failure(
    _ message: String, at location: SourceLocation, hint: String? = nil, path: String? = nil
  ) -> DiagnosticError {
    DiagnosticError([
      Diagnostic(.error, path: path ?? currentPath(), at: location, message, hint: hint)
    ])
  }

  /// The error for whatever stands at the current position where `expected` should be.
  mutating func unexpected(_ expected: String, path: String? = nil) -> DiagnosticError {
    guard position < bytes.count else {
      let end = location(at: bytes.count)
      let truncated = "the file may be truncated"
      guard let frame = stack.last else {
        return failure(
          "unexpected end of file; expected \(expected)", at: end, hint: truncated, path: path)
      }
      let opening = "\(frame.opening.line):\(frame.opening.column)"
      return failure(
        "unexpected end of file: the \(frame.kindName) opened at \(opening) is not closed",
        at: end, hint: truncated, path: path)
    }
    if let error = notAToken(path: path) { return error }
    let (token, word) = describeToken(at: position)
    let hint: String?
    switch bytes[position] {
    case ASCII.plus where expected == "a value":
      hint = "a number takes no leading '+'"
    case ASCII.dot where expected == "a value":
      hint = "a number starts with a digit, as in 0.5"
    default:
      hint = word.map { wordHint($0, expected: expected) } ?? spaceHint(at: position)
    }
    return failure(
      "unexpected \(token); expected \(expected)", at: location(at: position), hint: hint,
      path: path)
  }

  mutating func contentAfterDocument() -> DiagnosticError {
    if let error = notAToken(path: nil) { return error }
    return failure(
      "unexpected \(describeToken(at: position).text) after the end of the document",
      at: location(at: position), hint: "a file holds a single JSON value")
  }

  /// A comment or malformed UTF-8 at the current position, which get messages of their own.
  private mutating func notAToken(path: String?) -> DiagnosticError? {
    if bytes[position] == ASCII.slash, position + 1 < bytes.count,
      bytes[position + 1] == ASCII.slash || bytes[position + 1] == ASCII.star
    {
      return failure(
        "comments are not allowed in JSON", at: location(at: position),
        hint: "remove the comment; a note can go in a string member", path: path)
    }
    return utf8Length(at: position) == nil ? invalidUTF8() : nil
  }

  mutating func invalidUTF8() -> DiagnosticError {
    let byte = String(bytes[position], radix: 16, uppercase: true)
    return failure(
      "invalid UTF-8 byte 0x\(byte.count < 2 ? "0" : "")\(byte)", at: location(at: position),
      hint: "save the file as UTF-8")
  }

  mutating func unterminatedString(at opening: Int) -> DiagnosticError {
    let start = location(at: opening)
    return failure(
      "unexpected end of file inside the string opened at \(start.line):\(start.column)",
      at: location(at: bytes.count), hint: "the file may be truncated")
  }

  mutating func controlCharacter(_ byte: UInt8, stringAt opening: Int) -> DiagnosticError {
    let start = location(at: opening)
    if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
      return failure(
        "line break inside the string opened at \(start.line):\(start.column)",
        at: location(at: position),
        hint: "close the string on its line, or write a line break as \\n")
    }
    let escapes: [UInt8: String] = [0x08: "\\b", 0x09: "\\t", 0x0C: "\\f"]
    let escape = escapes[byte] ?? "\\u00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16))"
    return failure(
      "control character \(Self.unicodeName(UInt32(byte))) in a string",
      at: location(at: position), hint: "write it as \(escape)")
  }

  mutating func loneSurrogate(_ value: UInt32, at backslash: Int) -> DiagnosticError {
    let name = Self.unicodeName(value).dropFirst(2)
    return failure(
      "lone surrogate '\\u\(name)' in a string", at: location(at: backslash),
      hint: "a high surrogate \\uD800–\\uDBFF must be followed by a low one \\uDC00–\\uDFFF")
  }

  /// The error for the escape whose backslash is at the current position.
  mutating func unknownEscape() -> DiagnosticError {
    let backslash = position
    guard let scalar = scalar(at: backslash + 1) else {
      position += 1
      return invalidUTF8()
    }
    let written =
      Self.isPrintable(scalar)
      ? "'\\\(Character(scalar))'" : "'\\' followed by \(Self.unicodeName(scalar.value))"
    return failure(
      "unknown escape \(written) in a string", at: location(at: backslash),
      hint: "write a backslash as \\\\; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
  }

  // MARK: - Showing what was found

  /// How a message shows the token at `offset` (`'x'`, `'True'`, `U+00A0`), and the word if
  /// it is one.
  func describeToken(at offset: Int) -> (text: String, word: String?) {
    let byte = bytes[offset]
    if ASCII.isWord(byte), !ASCII.isDigit(byte) {
      var end = offset
      while end < bytes.count, ASCII.isWord(bytes[end]) { end += 1 }
      let word = String(decoding: bytes[offset..<end], as: UTF8.self)
      let shown = word.count > 24 ? String(word.prefix(24)) + "…" : word
      return ("'\(shown)'", word)
    }
    guard let scalar = scalar(at: offset) else { return (Self.unicodeName(UInt32(byte)), nil) }
    let text =
      Self.isPrintable(scalar) ? "'\(Character(scalar))'" : Self.unicodeName(scalar.value)
    return (text, nil)
  }

  private func wordHint(_ word: String, expected: String) -> String? {
    let lowered = word.lowercased()
    if ["nan", "infinity", "inf"].contains(lowered) {
      return "JSON has no NaN or Infinity; write null or a finite number"
    }
    switch expected {
    case "a value":
      let literals = ["true", "false", "null"]
      // A cut-off literal ('fa') is too short for an edit distance to find.
      let literal =
        literals.first { $0.hasPrefix(lowered) } ?? Suggestion.closest(to: word, among: literals)
      return literal.map { "did you mean '\($0)'?" }
        ?? "strings take double quotes, as in \"\(word)\""
    case "a key in double quotes":
      return "keys take double quotes, as in \"\(word)\""
    default:
      return nil
    }
  }

  /// A hint for a scalar that looks like white space but is not JSON's.
  private func spaceHint(at offset: Int) -> String? {
    guard let scalar = scalar(at: offset) else { return nil }
    let looksBlank: Bool
    switch scalar.properties.generalCategory {
    case .spaceSeparator, .lineSeparator, .paragraphSeparator: looksBlank = true
    default: looksBlank = [0x0B, 0x0C, 0x85, 0x200B, 0xFEFF].contains(scalar.value)
    }
    return looksBlank ? "only space, tab, line feed and carriage return separate tokens" : nil
  }

  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
      .surrogate, .privateUse:
      return false
    default:
      return true
    }
  }

  /// `U+00A0`: at least four upper-case hexadecimal digits.
  static func unicodeName(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
