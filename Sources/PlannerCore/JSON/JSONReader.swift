/// Reads JSON text (RFC 8259) into `JSONValue`s that remember where each value starts.
///
/// Strict on purpose: no comments, trailing commas, single quotes, `NaN` or leading zeros, and a
/// key may appear once per object. The first problem ends the reading with one diagnostic that
/// names its line, column and JSON path. Nesting is kept on an explicit stack, so no input can
/// overflow the call stack.
public enum JSONReader {
  /// Deepest nesting of arrays and objects accepted.
  public static let defaultMaxDepth = 64

  /// Parses UTF-8 JSON (RFC 8259) into located values; throws a `DiagnosticError` holding exactly
  /// one diagnostic for the first syntax problem.
  public static func parse(
    _ bytes: [UInt8], maxDepth: Int = defaultMaxDepth
  ) throws(DiagnosticError) -> JSONValue {
    var parser = Parser(bytes: bytes, maxDepth: maxDepth)
    return try parser.parseDocument()
  }

  /// Parses JSON text into located values, as `parse(_:maxDepth:)` does for its UTF-8 bytes.
  public static func parse(
    _ text: String, maxDepth: Int = defaultMaxDepth
  ) throws(DiagnosticError) -> JSONValue {
    try parse(Array(text.utf8), maxDepth: maxDepth)
  }
}

extension JSONReader {
  /// The reading state: a position in the bytes, the current line and the open containers.
  struct Parser {
    /// An array or object whose closing bracket has not been read yet.
    struct Frame {
      var isObject: Bool
      var opening: SourceLocation
      var elements: [JSONValue] = []
      var members: [JSONValue.Member] = []
      /// The key whose value is being read, between its ':' and the value's end.
      var key: String?
      var keyLocation = SourceLocation(line: 0, column: 0)
      /// The first members' keys, filled only once an object grows past a linear scan.
      var keyIndex: [String: SourceLocation] = [:]

      var kindName: String { isObject ? "object" : "array" }
      var closing: UInt8 { isObject ? ASCII.closeBrace : ASCII.closeBracket }
    }

    let bytes: [UInt8]
    let maxDepth: Int
    var position = 0
    var line = 1
    var lineStart = 0
    /// A byte offset on the current line whose column is known, so each byte is counted once.
    var markOffset = 0
    var markColumn = 1
    var stack: [Frame] = []

    init(bytes: [UInt8], maxDepth: Int) {
      self.bytes = bytes
      self.maxDepth = maxDepth
    }

    // MARK: - Document and containers

    mutating func parseDocument() throws(DiagnosticError) -> JSONValue {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        position = 3
        lineStart = 3
        markOffset = 3
      }
      skipWhitespace()
      guard position < bytes.count else {
        throw failure(
          "the file is empty", at: SourceLocation(line: 1, column: 1),
          hint: "a scenario is a JSON object, such as { \"schemaVersion\": 1 }")
      }
      let value = try parseTree()
      skipWhitespace()
      if position < bytes.count { throw contentAfterDocument() }
      return value
    }

    /// Reads one value with everything nested in it, keeping open containers on `stack`.
    mutating func parseTree() throws(DiagnosticError) -> JSONValue {
      readingValue: while true {
        guard var value = try readValueOrOpenContainer() else { continue }
        // Hand the value to its container, closing every container that ends here.
        while !stack.isEmpty {
          guard let closed = try appendToContainer(value) else { continue readingValue }
          value = closed
        }
        return value
      }
    }

    /// Reads a scalar or an empty container, or opens a container and returns nil, ready to
    /// read its first value.
    private mutating func readValueOrOpenContainer() throws(DiagnosticError) -> JSONValue? {
      skipWhitespace()
      guard position < bytes.count,
        bytes[position] == ASCII.openBrace || bytes[position] == ASCII.openBracket
      else { return try readScalar() }
      guard stack.count < maxDepth else {
        throw failure(
          "nesting deeper than \(maxDepth) levels", at: location(at: position),
          hint: "a scenario needs only a few levels; the file may be generated or corrupted")
      }
      let isObject = bytes[position] == ASCII.openBrace
      stack.append(Frame(isObject: isObject, opening: location(at: position)))
      position += 1
      skipWhitespace()
      guard position < bytes.count, bytes[position] == stack[stack.count - 1].closing else {
        if isObject { try readKey() }
        return nil
      }
      position += 1
      let frame = stack.removeLast()
      return JSONValue(isObject ? .object([]) : .array([]), at: frame.opening)
    }

    /// Adds `value` to the innermost container, then reads either ',' (and the next key),
    /// returning nil, or the closing bracket, returning the finished container.
    private mutating func appendToContainer(
      _ value: JSONValue
    ) throws(DiagnosticError) -> JSONValue? {
      let top = stack.count - 1
      let isObject = stack[top].isObject
      let closing = stack[top].closing
      if isObject {
        let member = JSONValue.Member(
          key: stack[top].key ?? "", keyLocation: stack[top].keyLocation, value: value)
        stack[top].members.append(member)
        stack[top].key = nil
      } else {
        stack[top].elements.append(value)
      }
      skipWhitespace()
      if position < bytes.count, bytes[position] == ASCII.comma {
        // Located now: a location must be taken before the line it is on has ended.
        let comma = location(at: position)
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == closing {
          throw failure(
            "trailing comma before '\(Character(Unicode.Scalar(closing)))'", at: comma,
            hint: "remove the comma after the last item", path: containerPath())
        }
        if isObject { try readKey() }
        return nil
      }
      guard position < bytes.count, bytes[position] == closing else {
        throw unexpected(isObject ? "',' or '}'" : "',' or ']'", path: containerPath())
      }
      position += 1
      let frame = stack.removeLast()
      return JSONValue(
        isObject ? .object(frame.members) : .array(frame.elements), at: frame.opening)
    }

    /// Reads `"key":` into the innermost object, refusing a key it already has.
    mutating func readKey() throws(DiagnosticError) {
      guard position < bytes.count, bytes[position] == ASCII.quote else {
        if position < bytes.count, bytes[position] == ASCII.apostrophe {
          throw failure(
            "strings take double quotes, not single quotes", at: location(at: position))
        }
        throw unexpected("a key in double quotes")
      }
      let keyLocation = location(at: position)
      let key = try readString()
      let top = stack.count - 1
      stack[top].key = key
      stack[top].keyLocation = keyLocation
      if let first = earlierLocation(of: key) {
        throw failure(
          "duplicate key '\(key)' (first at \(first.line):\(first.column))", at: keyLocation,
          hint: "a key may appear once in an object; keep one of them")
      }
      skipWhitespace()
      guard position < bytes.count, bytes[position] == ASCII.colon else {
        throw unexpected("':' after the key")
      }
      position += 1
    }

    /// Where `key` first stood in the innermost object, if it is there already.
    mutating func earlierLocation(of key: String) -> SourceLocation? {
      let top = stack.count - 1
      let members = stack[top].members
      // Small objects are scanned; a large one gets an index so reading stays linear.
      guard members.count > 16 else {
        return members.first { $0.key == key }?.keyLocation
      }
      for member in members[stack[top].keyIndex.count...] {
        stack[top].keyIndex[member.key] = member.keyLocation
      }
      return stack[top].keyIndex[key]
    }

    // MARK: - Lines and columns

    mutating func skipWhitespace() {
      while position < bytes.count {
        switch bytes[position] {
        case ASCII.space, ASCII.tab:
          position += 1
        case ASCII.lineFeed:
          position += 1
          startLine()
        case ASCII.carriageReturn:
          position += 1
          if position < bytes.count, bytes[position] == ASCII.lineFeed { position += 1 }
          startLine()
        default:
          return
        }
      }
    }

    private mutating func startLine() {
      line += 1
      lineStart = position
      markOffset = position
      markColumn = 1
    }

    /// The line and column of the byte at `offset`, which lies on the current line.
    mutating func location(at offset: Int) -> SourceLocation {
      if offset < markOffset {
        markOffset = lineStart
        markColumn = 1
      }
      var column = markColumn
      // Every byte but a UTF-8 continuation byte starts a new scalar.
      for index in markOffset..<offset where bytes[index] & 0xC0 != 0x80 {
        column += 1
      }
      markOffset = offset
      markColumn = column
      return SourceLocation(line: line, column: column)
    }
  }
}

/// The bytes the grammar names.
enum ASCII {
  static let tab: UInt8 = 0x09
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let quote: UInt8 = 0x22
  static let apostrophe: UInt8 = 0x27
  static let plus: UInt8 = 0x2B
  static let comma: UInt8 = 0x2C
  static let minus: UInt8 = 0x2D
  static let dot: UInt8 = 0x2E
  static let slash: UInt8 = 0x2F
  static let zero: UInt8 = 0x30
  static let nine: UInt8 = 0x39
  static let colon: UInt8 = 0x3A
  static let openBracket: UInt8 = 0x5B
  static let backslash: UInt8 = 0x5C
  static let closeBracket: UInt8 = 0x5D
  static let openBrace: UInt8 = 0x7B
  static let closeBrace: UInt8 = 0x7D
  static let star: UInt8 = 0x2A

  static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

  /// Letters, digits and '_': the bytes of a bare word such as `true` or `NaN`.
  static func isWord(_ byte: UInt8) -> Bool {
    isDigit(byte) || byte == 0x5F || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }
}
