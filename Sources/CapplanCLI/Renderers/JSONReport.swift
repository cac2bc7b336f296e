import Foundation
import PlannerCore

/// The report as JSON: sorted keys, two-space indentation, numbers rounded to at most four
/// decimals so that floating-point noise never reaches a diff.
enum JSONReport {
  static func render<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let text = String(decoding: try encoder.encode(value), as: UTF8.self)
    return roundNumbers(text) + "\n"
  }

  /// Rewrites every number token outside strings with at most four decimals.
  static func roundNumbers(_ json: String) -> String {
    var out = ""
    var number = ""
    var inString = false
    var escaped = false
    func flush() {
      guard !number.isEmpty else { return }
      if let value = Double(number),
        number.contains(".") || number.contains("e") || number.contains("E")
      {
        var text = Format.fixed(value, 4)
        while text.contains(".") && text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        out += text
      } else {
        out += number
      }
      number = ""
    }
    for character in json {
      if inString {
        out.append(character)
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
        }
      } else if character == "\"" {
        flush()
        inString = true
        out.append(character)
      } else if character.isASCII && (character.isNumber || character == "-")
        || (!number.isEmpty && "+-.eE".contains(character))
      {
        number.append(character)
      } else {
        flush()
        out.append(character)
      }
    }
    flush()
    return out
  }
}
