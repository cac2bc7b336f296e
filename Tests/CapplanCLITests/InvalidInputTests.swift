import Foundation
import TestSupport
import Testing

/// Scenarios broken as a careless user would break them: each exits 2 with the exact messages
/// committed beside it (`X.json` → `X.expected.txt`), naming file, line, column and JSON path.
@Suite struct InvalidInputTests {
  static let fixtures = Repository.files(in: "CapplanCLITests/Fixtures/invalid", suffix: ".json")
    .map(\.lastPathComponent)

  @Test(arguments: fixtures)
  func refusedWithExactMessages(_ fixture: String) throws {
    let folder = Repository.root.appendingPathComponent("Tests/CapplanCLITests/Fixtures/invalid")
    let run = CLIRun.capplan(["plan", folder.appendingPathComponent(fixture).path])
    #expect(run.code == 2)
    #expect(run.out.isEmpty)
    let messages = run.err.replacingOccurrences(of: folder.path + "/", with: "")
    let expected = folder.appendingPathComponent(
      fixture.replacingOccurrences(of: ".json", with: ".expected.txt"))
    #expect(messages == Golden.expected(messages, at: expected))
    // every problem line is placed: file:line:col: error: …
    for line in messages.split(separator: "\n").dropLast() {
      #expect(
        line.range(of: #"^[a-z-]+\.json:\d+:\d+: error: "#, options: .regularExpression) != nil,
        "\(line)")
    }
  }

  @Test func fixturesCoverTheCarelessEdits() {
    for name in [
      "typo-key", "percent-rate", "negative-count", "string-for-number", "truncated",
      "duplicate-key", "unknown-gpu", "empty",
    ] {
      #expect(Self.fixtures.contains("\(name).json"), "\(name)")
    }
  }

  /// Each reference names one kind; a name of another kind is refused with a hint saying what
  /// the name is, never counted as known (a share naming a pipeline planned 0 GPUs).
  @Test(arguments: [
    ("kind-surface-pipeline", "'chat-8b' is a deployment; a surface's 'pipeline' names a pipeline"),
    (
      "kind-surface-route",
      "'chat-pipeline' is a pipeline; a surface's 'route' names a route or a deployment"
    ),
    ("kind-share-deployment", "'chat-pipeline' is a pipeline; a share names a deployment"),
    ("kind-cascade", "'mix' is a route; a cascade's 'first' names a deployment"),
    ("kind-stage-deployment", "'chat-pipeline' is a pipeline; a stage names a deployment"),
    (
      "kind-event-surface",
      "'chat-pipeline' is a pipeline; an event's 'surfaces' names a surface"
    ),
    (
      "kind-ladder-step", "'chat-8b' is a deployment; a 'routeToSmall' step's 'route' names a route"
    ),
    ("kind-catalog", "'dgx-h100' is a system; 'gpu' names a GPU"),
  ])
  func wrongKindIsRefusedWithTheKindItIs(_ fixture: String, _ hint: String) {
    let path = Repository.root.appendingPathComponent(
      "Tests/CapplanCLITests/Fixtures/invalid/\(fixture).json"
    ).path
    let run = CLIRun.capplan(["check", path])
    #expect(run.code == 2)
    #expect(run.err.contains(hint), "\(run.err)")
  }

  @Test func hundredThousandNestedBracketsAreRefusedNotACrash() {
    let run = CLIRun.capplan(["validate", "-"], stdin: String(repeating: "[", count: 100_000))
    #expect(run.code == 2)
    #expect(run.err.hasPrefix("<stdin>:1:65: error: "))
    #expect(run.err.contains("nesting deeper than 64 levels"))
  }

  @Test func everyProblemOfAFileIsReportedInOneRun() throws {
    let run = CLIRun.capplan([
      "validate",
      Repository.root.appendingPathComponent(
        "Tests/CapplanCLITests/Fixtures/invalid/many-problems.json"
      ).path,
    ])
    #expect(run.err.hasSuffix("many-problems.json: 5 problems; nothing was planned\n"))
  }
}
