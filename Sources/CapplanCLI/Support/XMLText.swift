/// Text safe inside an XML (SVG, JUnit) attribute or element: the five special characters as
/// entities, line breaks and tabs as character references, and the control characters XML 1.0
/// cannot hold dropped. The one escaping every XML and HTML writer of the command line uses.
enum XMLText {
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += "&#10;"
      case "\t": out += "&#9;"
      case _ where scalar.value < 0x20: continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
