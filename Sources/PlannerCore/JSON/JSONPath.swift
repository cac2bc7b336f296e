/// The path of a value inside a JSON document, printed as `traffic.surfaces[2].cacheHitRate`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  /// One step down: an object member or an array element.
  public enum Component: Sendable, Hashable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// The document itself.
  public static let root = JSONPath()

  /// This path followed by an object member.
  public func appending(_ key: String) -> JSONPath {
    JSONPath(components + [.key(key)])
  }

  /// This path followed by an array element.
  public func appending(index: Int) -> JSONPath {
    JSONPath(components + [.index(index)])
  }

  /// `a.b[2].c`; a key that is not a plain identifier prints as `["my key"]`; the root is empty.
  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .index(let index):
        text += "[\(index)]"
      case .key(let key) where Self.isIdentifier(key):
        text += text.isEmpty ? key : ".\(key)"
      case .key(let key):
        var escaped = ""
        for character in key {
          if character == "\\" || character == "\"" { escaped.append("\\") }
          escaped.append(character)
        }
        text += "[\"\(escaped)\"]"
      }
    }
    return text
  }

  private static func isIdentifier(_ key: String) -> Bool {
    guard !key.isEmpty else { return false }
    var first = true
    for scalar in key.unicodeScalars {
      let letter: Bool
      if scalar.isASCII {
        // most keys are ASCII: letters without the Unicode property tables
        let lower = scalar.value | 0x20
        letter = lower >= 0x61 && lower <= 0x7A
      } else {
        letter = scalar.properties.isAlphabetic
      }
      let allowed =
        letter || scalar == "_" || (!first && (scalar == "-" || ("0"..."9").contains(scalar)))
      guard allowed else { return false }
      first = false
    }
    return true
  }
}
