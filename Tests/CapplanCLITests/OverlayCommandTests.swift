import Foundation
import TestSupport
import Testing

/// `extends` through the command line: bases read relative to the release, errors named in the
/// file that holds the mistake.
@Suite struct OverlayCommandTests {
  let releases = Repository.root.appendingPathComponent("Examples/releases")

  /// A folder under /tmp holding `files`, removed by the caller.
  func folder(_ files: [String: String]) throws -> URL {
    let url = URL(fileURLWithPath: NSTemporaryDirectory())
      .appendingPathComponent("capplan-overlay-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    return url
  }

  @Test func releasesPlanThroughTheirBase() throws {
    let run = CLIRun.capplan(["validate", releases.appendingPathComponent("2026.2.json").path])
    // base: chat-edit and completions; 2026.2 adds agent: three surfaces, two deployments.
    #expect(run.code == 0)
    #expect(run.out.hasSuffix("2026.2.json: ok (3 surfaces, 2 deployments)\n"))
  }

  @Test func aMistakeInTheReleaseIsReportedInTheRelease() throws {
    let base = try String(
      contentsOf: releases.appendingPathComponent("base.json"), encoding: .utf8)
    let dir = try folder([
      "base.json": base,
      "r2.json": """
      {
        "extends": "base.json",
        "site": { "utilityKW": -5 },
        "traffic": { "surfaces": [ { "name": "completions", "cacheHitRate": 15 } ] }
      }
      """,
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let release = dir.appendingPathComponent("r2.json").path
    let run = CLIRun.capplan(["plan", release])
    #expect(run.code == 2)
    let lines = run.err.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(run.err)")
    #expect(lines.contains { $0.hasPrefix("\(release):3:26: error: site.utilityKW: ") })
    #expect(
      lines.contains {
        $0.hasPrefix(
          "\(release):4:71: error: traffic.surfaces[1].cacheHitRate: 15 is not a fraction")
      })
  }

  @Test func aBrokenBaseIsNamedWithItsOwnLine() throws {
    let dir = try folder([
      "base.json": "{\n  \"name\": \"x\",\n  \"site\": ]\n}",
      "r.json": "{ \"extends\": \"./base.json\" }",
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = CLIRun.capplan(["plan", dir.appendingPathComponent("r.json").path])
    #expect(run.code == 2)
    #expect(run.err.hasPrefix("\(dir.path)/base.json:3:11: error: site: "), "\(run.err)")
    let missing = CLIRun.capplan(["plan", "-"], stdin: #"{ "extends": "/nonexistent/b.json" }"#)
    #expect(
      missing.err.hasPrefix(
        "<stdin>:1:14: error: extends: cannot read the base '/nonexistent/b.json' (/nonexistent/b.json): no such file"
      ))
  }
}
