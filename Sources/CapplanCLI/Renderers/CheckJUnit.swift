import PlannerCore

/// `check --format junit`: JUnit XML for GitLab and Jenkins, one test case per check. A failing
/// check is a `<failure>`, a waived one `<skipped>`, a warning passes with its text in
/// `<system-out>`.
enum CheckJUnit {
  static func render(_ verdict: GateVerdict, file: String) -> String {
    let failures = verdict.count(.fail)
    let skipped = verdict.count(.waived)
    let counts =
      "tests=\"\(verdict.rows.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\""
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"capplan check\" \(counts)>\n"
    xml += "  <testsuite name=\"\(escape(file))\" \(counts)>\n"
    for row in verdict.rows {
      xml += testCase(row, file: file)
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  private static func testCase(_ row: GateRow, file: String) -> String {
    var attributes =
      "classname=\"capplan.check.\(escape(row.kind))\" name=\"\(escape(row.name))\" file=\"\(escape(row.location?.file ?? file))\""
    if let line = row.location?.line { attributes += " line=\"\(line)\"" }
    let message =
      "\(CheckText.figures(row)) — \(row.detail)" + row.findings.map { "; \($0)" }.joined()
    switch row.status {
    case .pass:
      return "    <testcase \(attributes)/>\n"
    case .warn:
      return
        "    <testcase \(attributes)>\n      <system-out>WARN: \(escape(message))</system-out>\n    </testcase>\n"
    case .waived:
      return
        "    <testcase \(attributes)>\n      <skipped message=\"\(escape("waived \(row.waiver ?? "")"))\"/>\n    </testcase>\n"
    case .fail:
      return
        "    <testcase \(attributes)>\n      <failure type=\"fail\" message=\"\(escape(message))\">\(escape(message))</failure>\n    </testcase>\n"
    }
  }

  /// Text safe inside an XML attribute or element (`XMLText`).
  static func escape(_ text: String) -> String { XMLText.escape(text) }
}
