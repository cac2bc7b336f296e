import PlannerCore

/// `check --format github`: GitHub Actions workflow commands, one `::error` per failing check
/// (a `::warning` per warning) at the line of the scenario key that sets the limit, then the
/// verdict line.
enum CheckGitHub {
  static func render(_ verdict: GateVerdict, file: String) -> String {
    var text = ""
    for row in verdict.rows where row.status == .fail || row.status == .warn {
      var properties = ["file=\(property(row.location?.file ?? file))"]
      if let location = row.location {
        properties += ["line=\(location.line)", "col=\(location.column)"]
      }
      properties.append("title=\(property("capplan check: \(row.name)"))")
      let message =
        "\(row.name): \(CheckText.figures(row)) — \(row.detail)"
        + row.findings.map { "; \($0)" }.joined()
      let command = row.status == .fail ? "error" : "warning"
      text += "::\(command) \(properties.joined(separator: ","))::\(data(message))\n"
    }
    return text + "\(file): " + CheckText.summary(verdict) + "\n"
  }

  /// A workflow command's message: `%`, CR and LF escaped.
  static func data(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// A workflow command's property value: also `:` and `,` escaped.
  static func property(_ text: String) -> String {
    data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
