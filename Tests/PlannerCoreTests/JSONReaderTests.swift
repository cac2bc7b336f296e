import Testing

@testable import PlannerCore

/// The one diagnostic reading `input` gives, printed as the command line would print it.
private func problem(_ input: [UInt8], maxDepth: Int = JSONReader.defaultMaxDepth) -> String? {
  do {
    _ = try JSONReader.parse(input, maxDepth: maxDepth)
    return nil
  } catch {
    #expect(error.diagnostics.count == 1)
    return error.diagnostics.first?.formatted(file: "x.json")
  }
}

private func problem(_ input: String, maxDepth: Int = JSONReader.defaultMaxDepth) -> String? {
  problem(Array(input.utf8), maxDepth: maxDepth)
}

extension JSONValue {
  /// The member named `key`, for tests.
  fileprivate subscript(key: String) -> JSONValue? {
    guard case .object(let members) = kind else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The element at `index`, for tests.
  fileprivate subscript(index: Int) -> JSONValue? {
    guard case .array(let elements) = kind, elements.indices.contains(index) else { return nil }
    return elements[index]
  }

  fileprivate var lineColumn: String { "\(location.line):\(location.column)" }
}

private func at(_ line: Int, _ column: Int) -> PlannerCore.SourceLocation {
  PlannerCore.SourceLocation(line: line, column: column)
}

@Suite struct JSONReaderTests {
  // MARK: - Values and locations

  @Test func readsValuesWithTheirLocations() throws {
    let text = """
      {
        "name": "chat",
        "sizes": [1, -0, 1e3],
        "nested": {"ok": true, "none": null}
      }
      """
    let root = try JSONReader.parse(text)
    #expect(root.location == at(1, 1))
    guard case .object(let members) = root.kind else {
      Issue.record("expected an object")
      return
    }
    #expect(members.map(\.key) == ["name", "sizes", "nested"])
    #expect(members.map(\.keyLocation) == [at(2, 3), at(3, 3), at(4, 3)])
    #expect(root["name"] == JSONValue(.string("chat"), at: at(2, 11)))
    let sizes = try #require(root["sizes"])
    #expect(sizes.location == at(3, 12))
    #expect(sizes[0] == JSONValue(.number(1, literal: "1"), at: at(3, 13)))
    #expect(sizes[1] == JSONValue(.number(-0.0, literal: "-0"), at: at(3, 16)))
    #expect(sizes[2] == JSONValue(.number(1000, literal: "1e3"), at: at(3, 20)))
    let nested = try #require(root["nested"])
    #expect(nested.location == at(4, 13))
    #expect(nested["ok"] == JSONValue(.bool(true), at: at(4, 20)))
    #expect(nested["none"] == JSONValue(.null, at: at(4, 34)))
    guard case .object(let inner) = nested.kind else { return }
    #expect(inner.map(\.keyLocation) == [at(4, 14), at(4, 26)])
  }

  @Test func readsScalarsAtTheTopLevel() throws {
    #expect(try JSONReader.parse(" 42 ") == JSONValue(.number(42, literal: "42"), at: at(1, 2)))
    #expect(try JSONReader.parse("\"a\"") == JSONValue(.string("a"), at: at(1, 1)))
    #expect(try JSONReader.parse("\n\nfalse") == JSONValue(.bool(false), at: at(3, 1)))
    #expect(try JSONReader.parse("{}") == JSONValue(.object([]), at: at(1, 1)))
    #expect(try JSONReader.parse(" [ ] ") == JSONValue(.array([]), at: at(1, 2)))
  }

  @Test func countsColumnsInUnicodeScalars() throws {
    // é, 日 and 本 are one column each, though two and three bytes; a tab is one column.
    let root = try JSONReader.parse("{\"é\": \"日本\", \"x\":\t1, \"y\": \"😀\", \"z\": 2}")
    guard case .object(let members) = root.kind else { return }
    #expect(members.map(\.keyLocation) == [at(1, 2), at(1, 13), at(1, 21), at(1, 31)])
    #expect(root["x"]?.lineColumn == "1:18")
    #expect(root["y"]?.lineColumn == "1:26")
    #expect(root["z"]?.lineColumn == "1:36")
  }

  @Test func endsLinesAtLineFeedCarriageReturnAndBoth() throws {
    let root = try JSONReader.parse("{\r\n\"a\": 1,\r\n\"b\":\r2,\n \"c\": 3\n}")
    guard case .object(let members) = root.kind else { return }
    #expect(members.map(\.keyLocation) == [at(2, 1), at(3, 1), at(5, 2)])
    #expect(root["a"]?.lineColumn == "2:6")
    #expect(root["b"]?.lineColumn == "4:1")
    #expect(
      problem("[\r\n1,\r\n]")
        == "x.json:2:2: error: trailing comma before ']'; remove the comma after the last item")
  }

  @Test func skipsAByteOrderMark() throws {
    let root = try JSONReader.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
    #expect(root.location == at(1, 1))
    #expect(root["a"]?.lineColumn == "1:7")
    #expect(problem([0xEF, 0xBB, 0xBF, 0x20]) == Self.empty)
    #expect(
      problem("[1,\u{FEFF}2]")
        == "x.json:1:4: error: [1]: unexpected U+FEFF; expected a value; only space, tab, line feed and carriage return separate tokens"
    )
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let text = #""\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\uD83D\uDE00\u0000x""#
    #expect(try JSONReader.parse(text).kind == .string("\"\\/\u{8}\u{C}\n\r\tAé€😀\u{0}x"))
    #expect(try JSONReader.parse(#""caf\u00E9 ☕""#).kind == .string("café ☕"))
    #expect(try JSONReader.parse("\"\"").kind == .string(""))
  }

  @Test func keepsNumbersAndTheirLiterals() throws {
    let cases: [(String, Double)] = [
      ("-0", -0.0), ("1e3", 1000), ("0.15", 0.15), ("1E+2", 100), ("2.5e-3", 0.0025),
      ("-12.75", -12.75), ("12345678901234567890123", 12_345_678_901_234_567_890_123),
    ]
    for (literal, expected) in cases {
      #expect(try JSONReader.parse(literal).kind == .number(expected, literal: literal))
    }
    guard case .number(let zero, _) = try JSONReader.parse("-0").kind else { return }
    #expect(zero.sign == .minus)
  }

  @Test func acceptsNestingUpToTheLimit() throws {
    let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(problem(text) == nil)
    #expect(problem(text, maxDepth: 63) != nil)
  }

  // MARK: - Messages

  static let empty =
    "x.json:1:1: error: the file is empty; a scenario is a JSON object, such as { \"schemaVersion\": 1 }"

  @Test func refusesEmptyFiles() {
    #expect(problem("") == Self.empty)
    #expect(problem(" \n\t\r\n ") == Self.empty)
  }

  @Test(arguments: [
    (
      #"{"a":[1,2,{"b":"#,
      "x.json:1:16: error: a[2].b: unexpected end of file: the object opened at 1:11 is not closed; the file may be truncated"
    ),
    (
      "{\n  \"a\": [\n",
      "x.json:3:1: error: a[0]: unexpected end of file: the array opened at 2:8 is not closed; the file may be truncated"
    ),
    (
      "[1, 2",
      "x.json:1:6: error: unexpected end of file: the array opened at 1:1 is not closed; the file may be truncated"
    ),
    (
      "[tru",
      "x.json:1:5: error: [0]: unexpected end of file: the array opened at 1:1 is not closed; the file may be truncated"
    ),
    (
      "tru",
      "x.json:1:4: error: unexpected end of file; expected a value; the file may be truncated"
    ),
    (
      #"{"name": "abc"#,
      "x.json:1:14: error: name: unexpected end of file inside the string opened at 1:10; the file may be truncated"
    ),
    (
      #"["\u00"#,
      "x.json:1:7: error: [0]: unexpected end of file inside the string opened at 1:2; the file may be truncated"
    ),
  ])
  func reportsTheEndOfTheFile(input: String, expected: String) {
    #expect(problem(input) == expected)
  }

  @Test(arguments: [
    (
      "{\"a\": 1,\n \"a\": 2}",
      "x.json:2:2: error: a: duplicate key 'a' (first at 1:2); a key may appear once in an object; keep one of them"
    ),
    (
      #"{"x": {"my key": 1, "my key": 2}}"#,
      #"x.json:1:21: error: x["my key"]: duplicate key 'my key' (first at 1:8); a key may appear once in an object; keep one of them"#
    ),
    (
      "[1, 2,]",
      "x.json:1:6: error: trailing comma before ']'; remove the comma after the last item"
    ),
    (
      "{\"a\": {\"b\": 1,\n}}",
      "x.json:1:14: error: a: trailing comma before '}'; remove the comma after the last item"
    ),
    (
      "{\n  // note\n  \"a\": 1\n}",
      "x.json:2:3: error: comments are not allowed in JSON; remove the comment; a note can go in a string member"
    ),
    (
      "[1, /* two */ 2]",
      "x.json:1:5: error: [1]: comments are not allowed in JSON; remove the comment; a note can go in a string member"
    ),
    ("{'a': 1}", "x.json:1:2: error: strings take double quotes, not single quotes"),
    (#"{"a": 'x'}"#, "x.json:1:7: error: a: strings take double quotes, not single quotes"),
    (
      "{} x",
      "x.json:1:4: error: unexpected 'x' after the end of the document; a file holds a single JSON value"
    ),
  ])
  func reportsNamedProblems(input: String, expected: String) {
    #expect(problem(input) == expected)
  }

  @Test(arguments: [
    (#"{"a" 1}"#, "x.json:1:6: error: a: unexpected '1'; expected ':' after the key"),
    (#"{"a": }"#, "x.json:1:7: error: a: unexpected '}'; expected a value"),
    ("[1 2]", "x.json:1:4: error: unexpected '2'; expected ',' or ']'"),
    (#"{"a": 1 "b": 2}"#, #"x.json:1:9: error: unexpected '"'; expected ',' or '}'"#),
    ("{1: 2}", "x.json:1:2: error: unexpected '1'; expected a key in double quotes"),
    (
      "{a: 1}",
      #"x.json:1:2: error: unexpected 'a'; expected a key in double quotes; keys take double quotes, as in "a""#
    ),
    ("[,1]", "x.json:1:2: error: [0]: unexpected ','; expected a value"),
    ("[True]", "x.json:1:2: error: [0]: unexpected 'True'; expected a value; did you mean 'true'?"),
    (
      "[NaN]",
      "x.json:1:2: error: [0]: unexpected 'NaN'; expected a value; JSON has no NaN or Infinity; write null or a finite number"
    ),
    (
      "[-Infinity]",
      "x.json:1:3: error: [0]: unexpected 'Infinity'; expected a digit; JSON has no NaN or Infinity; write null or a finite number"
    ),
    (
      #"{"unit": kW}"#,
      #"x.json:1:10: error: unit: unexpected 'kW'; expected a value; strings take double quotes, as in "kW""#
    ),
    (
      "[\u{00A0}1]",
      "x.json:1:2: error: [0]: unexpected U+00A0; expected a value; only space, tab, line feed and carriage return separate tokens"
    ),
    ("[é]", "x.json:1:2: error: [0]: unexpected 'é'; expected a value"),
    ("[fa}", "x.json:1:2: error: [0]: unexpected 'fa'; expected a value; did you mean 'false'?"),
    ("[nul,", "x.json:1:2: error: [0]: unexpected 'nul'; expected a value; did you mean 'null'?"),
  ])
  func reportsUnexpectedTokens(input: String, expected: String) {
    #expect(problem(input) == expected)
  }

  @Test(arguments: [
    (
      "[01]",
      "x.json:1:2: error: [0]: number '01' has a leading zero; write it without leading zeros, or in double quotes if it is a code"
    ),
    (
      "[+1]",
      "x.json:1:2: error: [0]: unexpected '+'; expected a value; a number takes no leading '+'"
    ),
    (
      "[.5]",
      "x.json:1:2: error: [0]: unexpected '.'; expected a value; a number starts with a digit, as in 0.5"
    ),
    ("[1.]", "x.json:1:4: error: [0]: unexpected ']'; expected a digit after '.'"),
    ("[-]", "x.json:1:3: error: [0]: unexpected ']'; expected a digit"),
    ("[1e]", "x.json:1:4: error: [0]: unexpected ']'; expected a digit in the exponent"),
    (
      "1e999",
      "x.json:1:1: error: number '1e999' is out of range; the largest number JSON can carry here is about 1.8e308"
    ),
    ("-", "x.json:1:2: error: unexpected end of file; expected a digit; the file may be truncated"),
  ])
  func reportsBadNumbers(input: String, expected: String) {
    #expect(problem(input) == expected)
  }

  @Test(arguments: [
    (
      #"["a\x"]"#,
      #"x.json:1:4: error: [0]: unknown escape '\x' in a string; write a backslash as \\; the escapes are \" \\ \/ \b \f \n \r \t \uXXXX"#
    ),
    (
      #"["\uD800"]"#,
      #"x.json:1:3: error: [0]: lone surrogate '\uD800' in a string; a high surrogate \uD800–\uDBFF must be followed by a low one \uDC00–\uDFFF"#
    ),
    (
      #"["\uD800\u0041"]"#,
      #"x.json:1:3: error: [0]: lone surrogate '\uD800' in a string; a high surrogate \uD800–\uDBFF must be followed by a low one \uDC00–\uDFFF"#
    ),
    (
      #"["x\udc00"]"#,
      #"x.json:1:4: error: [0]: lone surrogate '\uDC00' in a string; a high surrogate \uD800–\uDBFF must be followed by a low one \uDC00–\uDFFF"#
    ),
    (
      #"["\u12G4"]"#,
      #"x.json:1:3: error: [0]: '\u' takes four hexadecimal digits; write a character as \u00e9, or a backslash as \\"#
    ),
    (
      "[\"a\tb\"]", #"x.json:1:4: error: [0]: control character U+0009 in a string; write it as \t"#
    ),
    (
      "[\"\u{1F}\"]",
      #"x.json:1:3: error: [0]: control character U+001F in a string; write it as \u001f"#
    ),
    (
      "{\"a\": \"x\n\"}",
      #"x.json:1:9: error: a: line break inside the string opened at 1:7; close the string on its line, or write a line break as \n"#
    ),
  ])
  func reportsBadStrings(input: String, expected: String) {
    #expect(problem(input) == expected)
  }

  @Test func showsControlCharactersByTheirCodePoints() {
    // Kept out of test arguments, which the test log prints raw.
    #expect(problem("[\u{7}]") == "x.json:1:2: error: [0]: unexpected U+0007; expected a value")
    let after = "x.json:1:4: error: unexpected U+0000 after the end of the document"
    #expect(problem("[1]\u{0}") == after + "; a file holds a single JSON value")
  }

  @Test func reportsInvalidUTF8WhereItIs() {
    let utf8Hint = "; save the file as UTF-8"
    let inString = Array("[\"aé".utf8) + [0xFF] + Array("\"]".utf8)
    #expect(problem(inString) == "x.json:1:5: error: [0]: invalid UTF-8 byte 0xFF" + utf8Hint)
    // A lead byte without its continuation, an overlong '/', an encoded surrogate.
    #expect(
      problem([0x22, 0xC3, 0x28, 0x22]) == "x.json:1:2: error: invalid UTF-8 byte 0xC3" + utf8Hint)
    #expect(
      problem([0x22, 0xC0, 0xAF, 0x22]) == "x.json:1:2: error: invalid UTF-8 byte 0xC0" + utf8Hint)
    #expect(
      problem([0x22, 0xED, 0xA0, 0x80, 0x22]) == "x.json:1:2: error: invalid UTF-8 byte 0xED"
        + utf8Hint)
    #expect(problem([0x22, 0xE2, 0x82]) == "x.json:1:2: error: invalid UTF-8 byte 0xE2" + utf8Hint)
    #expect(
      problem([0x5B, 0x80, 0x5D]) == "x.json:1:2: error: [0]: invalid UTF-8 byte 0x80" + utf8Hint)
    #expect(problem([0x31, 0x0A, 0xF8]) == "x.json:2:1: error: invalid UTF-8 byte 0xF8" + utf8Hint)
  }

  @Test func refusesDeepNestingWithoutRecursing() {
    let path = String(repeating: "[0]", count: 64)
    let hint = "a scenario needs only a few levels; the file may be generated or corrupted"
    let expected = "x.json:1:65: error: \(path): nesting deeper than 64 levels; \(hint)"
    #expect(problem(String(repeating: "[", count: 100_000)) == expected)
    #expect(
      problem("[[[[1]]]]", maxDepth: 3)
        == "x.json:1:4: error: [0][0][0]: nesting deeper than 3 levels; \(hint)")
    #expect(
      problem(#"{"a": {"b": {}}}"#, maxDepth: 2)
        == "x.json:1:13: error: a.b: nesting deeper than 2 levels; \(hint)")
  }

  @Test func findsDuplicatesInLargeObjects() {
    // Past 16 members the reader looks keys up in an index rather than scanning.
    let members = (0..<100).map { "\"k\($0)\": \($0)" }.joined(separator: ",\n")
    let text = "{\n" + members + ",\n\"k50\": 0}"
    let hint = "a key may appear once in an object; keep one of them"
    #expect(
      problem(text) == "x.json:102:1: error: k50: duplicate key 'k50' (first at 52:1); \(hint)")
    #expect(problem("{\n" + members + "}") == nil)
  }

  @Test func readsTextAndBytesAlike() throws {
    let text = "{\"a\": [true, \"ü\"]}"
    #expect(try JSONReader.parse(text) == JSONReader.parse(Array(text.utf8)))
  }
}
