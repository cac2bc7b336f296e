import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG (or any XML) document parsed with Foundation's XML parser, flattened to its elements
/// in document order: a test that finds a mark reads its attributes here.
public struct SVGElements {
  /// One element: its local name, attributes and text.
  public struct Element: Sendable {
    public var name: String
    public var attributes: [String: String]
    public var text: String

    /// The attribute `key` as a number.
    public func number(_ key: String) -> Double? { attributes[key].flatMap(Double.init) }
  }

  public let elements: [Element]

  /// Parses `text`; throws when it is not well-formed XML.
  public init(_ text: String) throws {
    let document = try XMLDocument(data: Data(text.utf8), options: [])
    var found: [Element] = []
    func walk(_ node: XMLElement) {
      var attributes: [String: String] = [:]
      for attribute in node.attributes ?? [] {
        attributes[attribute.name ?? ""] = attribute.stringValue ?? ""
      }
      found.append(
        Element(
          name: node.localName ?? node.name ?? "", attributes: attributes,
          text: node.stringValue ?? ""))
      for case let child as XMLElement in node.children ?? [] { walk(child) }
    }
    if let root = document.rootElement() { walk(root) }
    elements = found
  }

  /// Elements named `name` whose `class` attribute contains `className` (when given).
  public func all(_ name: String, class className: String? = nil) -> [Element] {
    elements.filter { element in
      element.name == name
        && (className.map {
          (element.attributes["class"] ?? "").split(separator: " ").contains(Substring($0))
        } ?? true)
    }
  }
}
