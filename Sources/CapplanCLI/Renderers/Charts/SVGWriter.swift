import PlannerCore

/// A small SVG writer: the one place that turns shapes into SVG text. Every coordinate goes
/// through `Format` (two decimals), every text through `escape`, attributes in a fixed order,
/// so the same chart gives the same bytes. No scripts, no external fonts or images.
struct SVGWriter {
  let width: Double
  let height: Double
  private(set) var body: [String] = []

  init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// Escapes text content and attribute values (`XMLText`).
  static func escape(_ text: String) -> String { XMLText.escape(text) }

  /// A coordinate or length as text.
  static func number(_ value: Double) -> String {
    var text = Format.fixed(value.isFinite ? value : 0, 2)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }

  /// An element with attributes in the order given; `content` (escaped) makes it a pair of tags.
  mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
    let attrs = attributes.map { " \($0.0)=\"\(Self.escape($0.1))\"" }.joined()
    if let content {
      body.append("<\(name)\(attrs)>\(Self.escape(content))</\(name)>")
    } else {
      body.append("<\(name)\(attrs)/>")
    }
  }

  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String,
    extra: [(String, String)] = []
  ) {
    element(
      "rect",
      [
        ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
        ("height", Self.number(max(0, height))), ("fill", fill),
      ] + extra)
  }

  mutating func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
    dash: String? = nil, extra: [(String, String)] = []
  ) {
    var attributes = [
      ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)),
      ("y2", Self.number(y2)), ("stroke", stroke), ("stroke-width", Self.number(width)),
    ]
    if let dash { attributes.append(("stroke-dasharray", dash)) }
    element("line", attributes + extra)
  }

  /// A polyline (open) or polygon (closed, filled) through `points`.
  mutating func path(
    _ points: [(x: Double, y: Double)], stroke: String?, fill: String?, width: Double = 1.5,
    closed: Bool = false, extra: [(String, String)] = []
  ) {
    let text = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
    var attributes = [("points", text)]
    attributes.append(("fill", fill ?? "none"))
    if let stroke {
      attributes.append(("stroke", stroke))
      attributes.append(("stroke-width", Self.number(width)))
    }
    element(closed ? "polygon" : "polyline", attributes + extra)
  }

  mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String) {
    element(
      "circle",
      [
        ("cx", Self.number(x)), ("cy", Self.number(y)), ("r", Self.number(radius)),
        ("fill", fill), ("stroke", stroke), ("stroke-width", "1.5"),
      ])
  }

  /// Text anchored `start`, `middle` or `end`; `rotate` turns it about its anchor.
  mutating func text(
    _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
    weight: String? = nil, rotate: Double? = nil, fill: String = "#222222",
    extra: [(String, String)] = []
  ) {
    var attributes = [
      ("x", Self.number(x)), ("y", Self.number(y)), ("text-anchor", anchor),
      ("font-size", Self.number(size)), ("fill", fill),
    ]
    if let weight { attributes.append(("font-weight", weight)) }
    if let rotate {
      attributes.append(
        ("transform", "rotate(\(Self.number(rotate)) \(Self.number(x)) \(Self.number(y)))"))
    }
    element("text", attributes + extra, content: content)
  }

  /// The document: a `<title>` for screen readers first, a white ground, then the body. A
  /// standalone file names the SVG namespace; inline in HTML it needs none.
  func rendered(title: String, standalone: Bool = true) -> String {
    let w = Self.number(width)
    let h = Self.number(height)
    let namespace = standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : ""
    return """
      <svg\(namespace) width="\(w)" height="\(h)" viewBox="0 0 \(w) \(h)" \
      font-family="Helvetica, Arial, sans-serif" role="img">
      <title>\(Self.escape(title))</title>
      <rect x="0" y="0" width="\(w)" height="\(h)" fill="#ffffff"/>
      \(body.joined(separator: "\n"))
      </svg>

      """
  }
}
