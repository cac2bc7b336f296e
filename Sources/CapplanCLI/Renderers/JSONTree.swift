import PlannerCore

/// One object or array of an encoded value, its members in the order they were written, their
/// values turned into text only when the document is written. The document itself is a
/// container of one unnamed value. Each container knows its place in its parent, so that the
/// path of a value is built only when one is asked for.
final class JSONTree {
  /// What a container is.
  enum Kind {
    case object, array
    /// The whole document: one value, no key.
    case document
  }

  /// A member's or an element's value.
  enum Value {
    /// Nothing was encoded: written as an empty object, as Foundation's encoder writes it.
    case nothing
    /// A finite number, rounded as it is written (`JSONTree.number(_:)`).
    case number(Double)
    case integer(Int)
    /// Text written as it is: `true`, `false`, `null`, an integer beyond `Int`.
    case literal(String)
    /// A string, quoted and escaped as it is written.
    case string(String)
    case container(JSONTree)

    /// The value of an integer of any width.
    static func whole(_ value: some BinaryInteger) -> Value {
      Int(exactly: value).map(Value.integer) ?? .literal(String(value))
    }
  }

  /// An object's member or an array's element (whose key is empty).
  struct Member {
    var key: String
    var value: Value
  }

  let kind: Kind
  /// The members in the order they were written (an object's sorted by key once the text is
  /// written); a key written twice is there twice. No access to them overlaps another (the
  /// encoder adds or sets one member at a time, the writer reads them after), so they are not
  /// checked for exclusive access at run time, a check that cost as much as the appending.
  @exclusivity(unchecked) private(set) var members: [Member] = []
  /// The integer values of the keys that have one (a dictionary's), by member index: a path
  /// names such a member as an index (`[3]`), as the key itself would.
  private var integerKeys: [Int: Int] = [:]
  /// The container this one is a value of; nil for the document.
  unowned let parent: JSONTree?
  /// This container's index in `parent.members`.
  let slot: Int

  private init(_ kind: Kind, parent: JSONTree?, slot: Int) {
    self.kind = kind
    self.parent = parent
    self.slot = slot
    // most objects of the reports have fewer members: one allocation
    members.reserveCapacity(16)
  }

  /// A document whose value is still nothing.
  static func document() -> JSONTree {
    let document = JSONTree(.document, parent: nil, slot: 0)
    document.members.append(Member(key: "", value: .nothing))
    return document
  }

  /// Adds a member (an element: `key` empty) and returns its index.
  @discardableResult
  func append(_ key: String, _ value: Value = .nothing) -> Int {
    members.append(Member(key: key, value: value))
    return members.count - 1
  }

  /// Adds an object member under `key` and returns its index.
  @discardableResult
  func append(_ key: some CodingKey, _ value: Value = .nothing) -> Int {
    let slot = append(key.stringValue, value)
    if let index = key.intValue { integerKeys[slot] = index }
    return slot
  }

  /// Writes a leaf over whatever the value at `slot` was.
  func set(_ value: Value, at slot: Int) {
    members[slot].value = value
  }

  /// The container of `kind` for the value at `slot`. A second request for the same kind gets
  /// the same container, and an array replaces an object; a container asked for where a leaf
  /// or an array already stands is not kept, so a leaf wins over any container and an array
  /// over an object, whatever the order they were written in.
  func container(_ kind: Kind, at slot: Int) -> JSONTree {
    let kept: Bool
    switch members[slot].value {
    case .container(let existing) where existing.kind == kind: return existing
    case .nothing: kept = true
    case .container: kept = kind == .array
    default: kept = false
    }
    let child = JSONTree(kind, parent: self, slot: slot)
    if kept { members[slot].value = .container(child) }
    return child
  }

  /// The path from the document to the value at `slot` of this container.
  func path(to slot: Int) -> [JSONPath.Component] {
    var reversed: [JSONPath.Component] = []
    var node = self
    var slot = slot
    while true {
      switch node.kind {
      case .object:
        reversed.append(node.integerKeys[slot].map { .index($0) } ?? .key(node.members[slot].key))
      case .array: reversed.append(.index(slot))
      case .document: break
      }
      guard let parent = node.parent else { break }
      slot = node.slot
      node = parent
    }
    return reversed.reversed()
  }

  /// This container's path from the document.
  var path: [JSONPath.Component] {
    parent.map { $0.path(to: slot) } ?? []
  }

  /// The text of a finite `value` with at most four decimals, trailing zeros dropped
  /// (`0.19751` → `0.1975`, `3.0` → `3`): floating-point noise never reaches a diff. The same
  /// digits as `Format.fixed(value, 4)`.
  static func number(_ value: Double) -> String {
    var writer = JSONWriter(expecting: 32)
    writer.number(value)
    return writer.finish()
  }

  /// A JSON string literal, written as the canonical scenario text writes one: quote,
  /// backslash and control characters escaped, `/` and every other character as it is.
  static func quote(_ text: String, into out: inout String) {
    var writer = JSONWriter(expecting: text.utf8.count + 2)
    writer.string(text)
    out += writer.finish()
  }

  /// The document as text ending with a newline: keys sorted with `String`'s `<`, two-space
  /// indentation, `"key" : value`, the layout Foundation's `JSONEncoder` writes with
  /// `.prettyPrinted` (an empty container spans two lines), so that reports saved by earlier
  /// versions compare byte for byte. A key written twice is written once, with the value
  /// written last. Each object's members are left sorted by key, so paths into the tree no
  /// longer hold: the text is written once encoding is over.
  func text() -> String {
    // the reports take about 30 bytes a value
    var writer = JSONWriter(expecting: 64 + 40 * valueCount)
    if kind == .document {
      writer.write(members[0].value, level: 0)
    } else {
      writer.container(self, level: 0)
    }
    writer.write(.literal("\n"), level: 0)
    return writer.finish()
  }

  /// The number of values in this container and all those inside it.
  private var valueCount: Int {
    var count = members.count
    for member in members {
      if case .container(let child) = member.value { count += child.valueCount }
    }
    return count
  }

  /// Sorts an object's members by key, keeping the order they were written in among equal
  /// keys (the sort is stable).
  fileprivate func sortMembers() {
    members.sort { $0.key < $1.key }
  }
}

/// Writes JSON text as UTF-8 bytes into a small buffer, moved into the text whenever it fills.
/// A string checks the UTF-8 it is made from, a run of ASCII a word at a time but anything else
/// byte by byte, so the buffer is moved as its ASCII runs and the few string literals that are
/// not ASCII.
private struct JSONWriter: ~Copyable {
  /// The text written so far, less what is still in the buffer.
  private var text = ""
  private var start: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  /// Where the string literals with characters beyond ASCII stand in the buffer; every other
  /// byte there is ASCII.
  private var unicode: [Range<Int>] = []

  /// A writer for a text of about `size` bytes.
  init(expecting size: Int) {
    text.reserveCapacity(size)
    capacity = min(max(size, 64), 1 << 16)
    start = .allocate(capacity: capacity)
  }

  deinit { start.deallocate() }

  /// The text written.
  consuming func finish() -> String {
    flush()
    return text
  }

  /// Moves the buffer into the text.
  private mutating func flush() {
    var ascii = 0
    for literal in unicode + [count..<count] {
      move(ascii..<literal.lowerBound)
      move(literal)
      ascii = literal.upperBound
    }
    unicode.removeAll(keepingCapacity: true)
    count = 0
  }

  /// Adds `range` of the buffer to the text.
  private mutating func move(_ range: Range<Int>) {
    let bytes = UnsafeBufferPointer(start: start + range.lowerBound, count: range.count)
    text += String(decoding: bytes, as: UTF8.self)
  }

  /// Makes room for `extra` more bytes in the buffer.
  private mutating func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    flush()
    if extra > capacity {
      start.deallocate()
      capacity = extra
      start = .allocate(capacity: capacity)
    }
  }

  /// Appends bytes there is room for (`reserve`).
  private mutating func put(_ bytes: UInt8...) {
    for byte in bytes {
      start[count] = byte
      count += 1
    }
  }

  private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    (start + count).initialize(from: base, count: bytes.count)
    count += bytes.count
  }

  mutating func write(_ value: JSONTree.Value, level: Int) {
    switch value {
    case .nothing:
      reserve(2 * level + 4)
      put(UInt8(ascii: "{"), UInt8(ascii: "\n"), UInt8(ascii: "\n"))
      indent(level)
      put(UInt8(ascii: "}"))
    case .number(let number): self.number(number)
    case .integer(let integer):
      reserve(21)
      if integer < 0 { put(UInt8(ascii: "-")) }
      digits(UInt64(integer.magnitude))
    case .literal(let text):
      var text = text
      text.withUTF8 { bytes in
        reserve(bytes.count)
        put(bytes)
      }
    case .string(let text): string(text)
    case .container(let node): container(node, level: level)
    }
  }

  /// An object or array: members one a line, an object's sorted by key, of a key written more
  /// than once only the last value (under the first key's text, as a dictionary keeps it).
  mutating func container(_ node: JSONTree, level: Int) {
    let isObject = node.kind == .object
    if isObject { node.sortMembers() }
    reserve(2)
    put(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["), UInt8(ascii: "\n"))
    let members = node.members
    var index = 0
    while index < members.count {
      var last = index
      while isObject, last + 1 < members.count, members[last + 1].key == members[index].key {
        last += 1
      }
      reserve(2 * level + 4)
      if index > 0 { put(UInt8(ascii: ","), UInt8(ascii: "\n")) }
      indent(level + 1)
      if isObject {
        string(members[index].key)
        reserve(3)
        put(UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " "))
      }
      write(members[last].value, level: level + 1)
      index = last + 1
    }
    reserve(2 * level + 2)
    put(UInt8(ascii: "\n"))
    indent(level)
    put(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
  }

  /// Two spaces a level, with room reserved.
  private mutating func indent(_ level: Int) {
    (start + count).initialize(repeating: UInt8(ascii: " "), count: 2 * level)
    count += 2 * level
  }

  /// A string literal: quote, backslash and control characters escaped (`\n`, `\u001f`),
  /// every other character as it is.
  mutating func string(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      // every byte escaped at most six bytes long
      reserve(6 * bytes.count + 2)
      let opening = count
      put(UInt8(ascii: "\""))
      var plain = 0
      var union: UInt8 = 0
      for (index, byte) in bytes.enumerated() {
        union |= byte
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        put(UnsafeBufferPointer(rebasing: bytes[plain..<index]))
        put(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(byte)
        case UInt8(ascii: "\n"): put(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): put(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): put(UInt8(ascii: "t"))
        case 0x08: put(UInt8(ascii: "b"))
        case 0x0C: put(UInt8(ascii: "f"))
        default:
          let hex = Array("0123456789abcdef".utf8)
          put(UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"))
          put(hex[Int(byte >> 4)], hex[Int(byte & 0xF)])
        }
        plain = index + 1
      }
      put(UnsafeBufferPointer(rebasing: bytes[plain...]))
      put(UInt8(ascii: "\""))
      if union >= 0x80 { unicode.append(opening..<count) }
    }
  }

  /// A finite number with at most four decimals, trailing zeros dropped and no `-0`:
  /// `Format.fixed(value, 4)`'s digits, from the double's exact binary value (its integer
  /// significand times a power of two) rounded half to even, as C's printf rounds. Beyond 10¹⁵
  /// the digits come from `Format.fixed` itself.
  mutating func number(_ value: Double) {
    guard value.magnitude < 1e15 else {
      var text = Format.fixed(value, 4)
      if text.utf8.contains(UInt8(ascii: ".")) {
        while text.utf8.last == UInt8(ascii: "0") { text.removeLast() }
        if text.utf8.last == UInt8(ascii: ".") { text.removeLast() }
      }
      write(.literal(text), level: 0)
      return
    }
    // |value| × 10⁴, rounded: below 10¹⁹, so it fits 64 bits
    var scaled: UInt128 = 0
    if value.isNormal {
      // |value| = m × 2^(exponent − 52), m < 2^53, and exponent < 50 here
      let product = UInt128(value.significandBitPattern | (1 << 52)) * 10_000
      let shift = 52 - Int(value.exponent)
      if shift < 128 {
        scaled = product >> shift
        let remainder = product - (scaled << shift)
        let half = UInt128(1) << (shift - 1)
        if remainder > half || (remainder == half && scaled & 1 == 1) { scaled += 1 }
      }
    }
    let (whole, fraction) = UInt64(scaled).quotientAndRemainder(dividingBy: 10_000)
    reserve(26)
    if value < 0 && scaled != 0 { put(UInt8(ascii: "-")) }
    digits(whole)
    guard fraction != 0 else { return }
    var decimals = fraction
    var width = 4
    while decimals % 10 == 0 {
      decimals /= 10
      width -= 1
    }
    put(UInt8(ascii: "."))
    digits(decimals, width: width)
  }

  /// `value` in decimal, zero-padded on the left to `width` digits, with room reserved.
  private mutating func digits(_ value: UInt64, width: Int = 1) {
    var length = 1
    var rest = value
    while rest >= 10 {
      rest /= 10
      length += 1
    }
    length = max(length, width)
    rest = value
    for index in stride(from: count + length - 1, through: count, by: -1) {
      start[index] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
    count += length
  }
}
