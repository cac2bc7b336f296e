extension JSONReader.Parser {
  // MARK: - Scalars

  /// Reads a string, number, `true`, `false` or `null` at the current position.
  mutating func readScalar() throws(DiagnosticError) -> JSONValue {
    guard position < bytes.count else { throw unexpected("a value") }
    let start = location(at: position)
    switch bytes[position] {
    case ASCII.quote:
      return JSONValue(.string(try readString()), at: start)
    case ASCII.minus, ASCII.zero...ASCII.nine:
      return try readNumber()
    case ASCII.apostrophe:
      throw failure("strings take double quotes, not single quotes", at: start)
    case let byte where ASCII.isWord(byte):
      return try readLiteral()
    default:
      throw unexpected("a value")
    }
  }

  private mutating func readLiteral() throws(DiagnosticError) -> JSONValue {
    let start = position
    let startLocation = location(at: start)
    while position < bytes.count, ASCII.isWord(bytes[position]) { position += 1 }
    switch String(decoding: bytes[start..<position], as: UTF8.self) {
    case "true": return JSONValue(.bool(true), at: startLocation)
    case "false": return JSONValue(.bool(false), at: startLocation)
    case "null": return JSONValue(.null, at: startLocation)
    case let word:
      // A literal cut short by the end of the file is a truncation, not a misspelling.
      let isTruncated =
        position == bytes.count && ["true", "false", "null"].contains { $0.hasPrefix(word) }
      if !isTruncated { position = start }
      throw unexpected("a value")
    }
  }

  /// Reads `-? int frac? exp?` as RFC 8259 spells it, keeping the literal text.
  private mutating func readNumber() throws(DiagnosticError) -> JSONValue {
    let start = position
    let startLocation = location(at: start)
    if bytes[position] == ASCII.minus { position += 1 }
    guard position < bytes.count, ASCII.isDigit(bytes[position]) else {
      throw unexpected("a digit")
    }
    if bytes[position] == ASCII.zero, position + 1 < bytes.count,
      ASCII.isDigit(bytes[position + 1])
    {
      while position < bytes.count, ASCII.isDigit(bytes[position]) { position += 1 }
      let literal = String(decoding: bytes[start..<position], as: UTF8.self)
      throw failure(
        "number '\(literal)' has a leading zero", at: startLocation,
        hint: "write it without leading zeros, or in double quotes if it is a code")
    }
    skipDigits()
    if position < bytes.count, bytes[position] == ASCII.dot {
      position += 1
      guard position < bytes.count, ASCII.isDigit(bytes[position]) else {
        throw unexpected("a digit after '.'")
      }
      skipDigits()
    }
    if position < bytes.count, bytes[position] | 0x20 == 0x65 {  // 'e' or 'E'
      position += 1
      if position < bytes.count, bytes[position] == ASCII.plus || bytes[position] == ASCII.minus {
        position += 1
      }
      guard position < bytes.count, ASCII.isDigit(bytes[position]) else {
        throw unexpected("a digit in the exponent")
      }
      skipDigits()
    }
    let literal = String(decoding: bytes[start..<position], as: UTF8.self)
    guard let value = Double(literal), value.isFinite else {
      throw failure(
        "number '\(literal)' is out of range", at: startLocation,
        hint: "the largest number JSON can carry here is about 1.8e308")
    }
    return JSONValue(.number(value, literal: literal), at: startLocation)
  }

  private mutating func skipDigits() {
    while position < bytes.count, ASCII.isDigit(bytes[position]) { position += 1 }
  }

  // MARK: - Strings

  /// Reads the string whose opening quote is at the current position.
  mutating func readString() throws(DiagnosticError) -> String {
    let opening = position
    position += 1
    var segmentStart = position
    var unescaped: [UInt8] = []
    var hasEscapes = false
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case ASCII.quote:
        let text: String
        if hasEscapes {
          unescaped.append(contentsOf: bytes[segmentStart..<position])
          text = String(decoding: unescaped, as: UTF8.self)
        } else {
          text = String(decoding: bytes[segmentStart..<position], as: UTF8.self)
        }
        position += 1
        return text
      case ASCII.backslash:
        hasEscapes = true
        unescaped.append(contentsOf: bytes[segmentStart..<position])
        try readEscape(into: &unescaped, stringAt: opening)
        segmentStart = position
      case ..<0x20:
        throw controlCharacter(byte, stringAt: opening)
      case ..<0x80:
        position += 1
      default:
        guard let length = utf8Length(at: position) else { throw invalidUTF8() }
        position += length
      }
    }
    throw unterminatedString(at: opening)
  }

  /// Reads one escape, from its backslash, appending the UTF-8 it stands for.
  private mutating func readEscape(
    into output: inout [UInt8], stringAt opening: Int
  ) throws(DiagnosticError) {
    let backslash = position
    position += 1
    guard position < bytes.count else { throw unterminatedString(at: opening) }
    let byte = bytes[position]
    position += 1
    switch byte {
    case ASCII.quote, ASCII.backslash, ASCII.slash: output.append(byte)
    case 0x62: output.append(0x08)  // \b
    case 0x66: output.append(0x0C)  // \f
    case 0x6E: output.append(0x0A)  // \n
    case 0x72: output.append(0x0D)  // \r
    case 0x74: output.append(0x09)  // \t
    case 0x75:  // \uXXXX
      var value = try readHex(escapeAt: backslash, stringAt: opening)
      if (0xDC00...0xDFFF).contains(value) { throw loneSurrogate(value, at: backslash) }
      if (0xD800...0xDBFF).contains(value) {
        guard position + 1 < bytes.count else { throw unterminatedString(at: opening) }
        guard bytes[position] == ASCII.backslash, bytes[position + 1] == 0x75 else {
          throw loneSurrogate(value, at: backslash)
        }
        let lowEscape = position
        position += 2
        let low = try readHex(escapeAt: lowEscape, stringAt: opening)
        guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(value, at: backslash) }
        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
      }
      // Surrogates are excluded above, so every remaining value is a scalar.
      if let scalar = Unicode.Scalar(value) {
        UTF8.encode(scalar) { output.append($0) }
      }
    default:
      position = backslash
      throw unknownEscape()
    }
  }

  /// Reads the four hexadecimal digits after `\u`.
  private mutating func readHex(
    escapeAt backslash: Int, stringAt opening: Int
  ) throws(DiagnosticError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count else { throw unterminatedString(at: opening) }
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case ASCII.zero...ASCII.nine: digit = byte - ASCII.zero
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default:
        throw failure(
          "'\\u' takes four hexadecimal digits", at: location(at: backslash),
          hint: "write a character as \\u00e9, or a backslash as \\\\")
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  // MARK: - UTF-8

  /// The length of the well-formed UTF-8 sequence at `offset`, or nil when it is malformed.
  func utf8Length(at offset: Int) -> Int? {
    let lead = bytes[offset]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)  // no overlong forms
    case 0xED: (length, secondRange) = (3, 0x80...0x9F)  // no surrogates
    case 0xE1...0xEF: length = 3
    case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
    case 0xF4: (length, secondRange) = (4, 0x80...0x8F)  // nothing past U+10FFFF
    case 0xF1...0xF3: length = 4
    default: return nil
    }
    guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else {
      return nil
    }
    for index in offset + 2..<offset + length where bytes[index] & 0xC0 != 0x80 {
      return nil
    }
    return length
  }

  /// The scalar that starts at `offset`, or nil where the UTF-8 is malformed.
  func scalar(at offset: Int) -> Unicode.Scalar? {
    guard let length = utf8Length(at: offset) else { return nil }
    let lead = UInt32(bytes[offset])
    var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
    for index in offset + 1..<offset + length {
      value = value << 6 | UInt32(bytes[index] & 0x3F)
    }
    return Unicode.Scalar(value)
  }
}
