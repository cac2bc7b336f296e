import Foundation
import FoundationXML
import TestSupport
import Testing

/// `capplan check` as a CI gate: exit codes, `--strict`, policies and waivers, and the forms CI
/// systems show (GitHub workflow commands, JUnit XML, markdown).
@Suite struct CheckGateTests {
  static let root = Repository.root
  let rag = root.appendingPathComponent("Examples/rag-support-chatbot.json").path
  let chiller = root.appendingPathComponent("Examples/chiller-trip.json").path
  let gate = root.appendingPathComponent("Examples/policy/gate.json").path
  let policies = root.appendingPathComponent("Tests/CapplanCLITests/Fixtures/policy")

  /// The RAG example at 20 × its daily active users (1.5 M → 30 M).
  func ragTimesTwenty() throws -> String {
    let text = try String(contentsOfFile: rag, encoding: .utf8)
    let scaled = text.replacingOccurrences(
      of: "\"dailyActiveUsers\": 1500000", with: "\"dailyActiveUsers\": 30000000")
    #expect(scaled != text)
    return scaled
  }

  @Test func exitCodesPassFailAndBroken() throws {
    #expect(CLIRun.capplan(["check", rag]).code == 0)
    // × 20 traffic: planned IT 4,530 kW against a 1,400 kW plant (N+1) and a 1,200 kW UPS, and
    // 6,555 kW of facility power against the 1,800 kW interconnect; the racks still fit (they
    // hold as many nodes as before), so exactly these three fail.
    let failed = CLIRun.capplan(["check", "-"], stdin: try ragTimesTwenty())
    #expect(failed.code == 1)
    let failing = failed.out.split(separator: "\n").filter { $0.hasPrefix("FAIL ") }
      .map { String($0.split(separator: ":")[0].dropFirst(5)) }
    #expect(failing == ["cooling-plant", "ups", "utility"])
    let broken = CLIRun.capplan(["check", "-"], stdin: "{ \"schemaVersion\": 1, ")
    #expect(broken.code == 2)
    #expect(broken.err.hasPrefix("<stdin>:1:"))
  }

  @Test func strictTurnsAWarningIntoAFailure() {
    // The RAG example passes with one warning (pdu-feed[dgx-h100], 6.7 % headroom).
    let strict = CLIRun.capplan(["check", rag, "--strict"])
    #expect(strict.code == 1)
    #expect(
      strict.out.contains(
        "FAIL pdu-feed[dgx-h100]: 32.1 of 34.4 kW, headroom 6.7% — 2N: 1 of 2 415 V 3-phase 63 A feeds (34.4 kW usable each) carry the rack; a warning fails under --strict"
      ))
    #expect(
      strict.out.hasSuffix(
        "verdict: FAIL (13 checks: 12 pass, 0 warn, 1 fail); strict: warnings fail\n"))
  }

  @Test func aPolicyRequiringNinetyPercentServedFailsTheChillerTrip() {
    // The ladder contains the chiller trip by deferring the batch tier: 80 % of requests served
    // now (the golden report), under the policy's 90 %. The cooling plant's 2.8 % headroom is
    // under the policy's 15 % but waived until 2027-03-31.
    let run = CLIRun.capplan(["check", chiller, "--policy", gate, "--today", "2026-11-29"])
    #expect(run.code == 1)
    #expect(
      run.out.contains(
        "FAIL event[chiller trip on a 42 °C afternoon]: 96.2 of 100.0 %, headroom 3.8% — contained by cap GPUs at 500 W, defer the batch tier; 80.0% of requests served; 80.0% of requests served, the policy asks at least 90.0%"
      ))
    #expect(run.out.contains("WAIVED cooling-plant: "))
    // Over the day 3.399 J of IT energy a generated token, under the policy's 4.
    #expect(run.out.contains("PASS joules-per-token: 3.399 of 4.000 J/token"))
    #expect(run.out.hasSuffix("verdict: FAIL (14 checks: 10 pass, 2 warn, 1 fail, 1 waived)\n"))
  }

  @Test func minRunwayMonthsHoldsTheForecastToAFloor() throws {
    let policy = URL(fileURLWithPath: NSTemporaryDirectory())
      .appendingPathComponent("capplan-runway-\(UUID().uuidString).json")
    try Data(#"{ "schemaVersion": 1, "minRunwayMonths": 18 }"#.utf8).write(to: policy)
    defer { try? FileManager.default.removeItem(at: policy) }
    let releases = Self.root.appendingPathComponent("Examples/releases")
    // 2026.1: the cooling plant fails 26 months after 2027-01 (in 2029-03), past 18; its heat
    // counts the hall's losses and the air handlers' fans, so it fails 4 months sooner than IT
    // alone would.
    let r1 = CLIRun.capplan([
      "check", releases.appendingPathComponent("2026.1.json").path, "--policy", policy.path,
    ])
    #expect(r1.code == 0)
    #expect(r1.out.contains("PASS runway: 26.0 of 18.0 months, headroom 44.4%"))
    // base: the cooling plant fails after 32 months.
    let base = CLIRun.capplan([
      "check", releases.appendingPathComponent("base.json").path, "--policy", policy.path,
    ])
    #expect(base.out.contains("PASS runway: 32.0 of 18.0 months"))
  }

  @Test func anExpiredWaiverFailsAndSaysSinceWhen() {
    let run = CLIRun.capplan(["check", chiller, "--policy", gate, "--today", "2027-04-02"])
    #expect(run.code == 1)
    #expect(
      run.out.contains(
        "the waiver expired on 2027-03-31, 2 days before 2027-04-02 (a fifth 370 kW chiller is on order for March; facilities owns the fix); renew it or remove it"
      ))
    let bad = CLIRun.capplan(["check", chiller, "--policy", gate, "--today", "2027-4-2"])
    #expect(bad.code == 2)
    #expect(bad.err.hasPrefix("capplan: error: '2027-4-2' is not a date of '--today'"))
  }

  @Test(arguments: ["typo-check", "unknown-names"])
  func badPoliciesAreRefusedWithExactMessages(_ fixture: String) {
    let run = CLIRun.capplan([
      "check", chiller, "--policy", policies.appendingPathComponent("\(fixture).json").path,
    ])
    #expect(run.code == 2)
    #expect(run.out.isEmpty)
    let messages = run.err.replacingOccurrences(of: policies.path + "/", with: "")
    #expect(
      messages
        == Golden.expected(messages, at: policies.appendingPathComponent("\(fixture).expected.txt"))
    )
  }

  @Test func githubPrintsOneErrorPerFailingCheckAtTheLimitsKey() throws {
    let summary = URL(fileURLWithPath: NSTemporaryDirectory())
      .appendingPathComponent("capplan-summary-\(UUID().uuidString).md")
    try Data("earlier step\n".utf8).write(to: summary)
    defer { try? FileManager.default.removeItem(at: summary) }
    let run = CLIRun.capplan(
      ["check", "-", "--format", "github"], stdin: try ragTimesTwenty(),
      environment: ["GITHUB_STEP_SUMMARY": summary.path])
    #expect(run.code == 1)
    let errors = run.out.split(separator: "\n").filter { $0.hasPrefix("::error ") }
    // Examples/rag-support-chatbot.json: "cooling" on line 117, "ups" on 131, "utilityKW" on
    // 136, each key at column 5.
    #expect(
      errors.count == 3)
    #expect(
      errors[0].hasPrefix(
        "::error file=<stdin>,line=117,col=5,title=capplan check%3A cooling-plant::cooling-plant: ")
    )
    #expect(errors[1].hasPrefix("::error file=<stdin>,line=131,col=5,title=capplan check%3A ups::"))
    #expect(
      errors[2].hasPrefix("::error file=<stdin>,line=136,col=5,title=capplan check%3A utility::"))
    #expect(run.out.contains("::warning file=<stdin>,line=108,col=5,"))
    let appended = try String(contentsOf: summary, encoding: .utf8)
    #expect(appended.hasPrefix("earlier step\n### capplan check: FAIL — `<stdin>`\n"))
  }

  @Test func githubPointsIntoTheReleaseOrItsBase() throws {
    // 2026.2 overrides nothing of the site: its limits are set in base.json, at its "pdu" key.
    let release = Self.root.appendingPathComponent("Examples/releases/2026.2.json").path
    let run = CLIRun.capplan(["check", release, "--format", "github", "--strict"])
    #expect(run.code == 1)
    let base = Self.root.appendingPathComponent("Examples/releases/base.json").path
    let lines = try String(contentsOfFile: base, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let pdu = try #require(lines.firstIndex { $0.hasPrefix("    \"pdu\": ") }) + 1
    #expect(
      run.out.contains(
        "::error file=\(base),line=\(pdu),col=5,title=capplan check%3A pdu-feed[dgx-h200]::"))
    // The objective 2026.2 itself sets is annotated in 2026.2, at "ttftP95Ms".
    #expect(
      run.out.contains(
        "::error file=\(release),line=26,col=36,title=capplan check%3A ttft-p95[chat-70b]::"))
  }

  @Test func junitIsXMLWithOneTestCasePerCheck() throws {
    let run = CLIRun.capplan([
      "check", chiller, "--policy", gate, "--format", "junit", "--today", "2026-11-29",
    ])
    #expect(run.code == 1)
    let counter = TestCaseCounter()
    let parser = XMLParser(data: Data(run.out.utf8))
    parser.delegate = counter
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    // 13 checks of the plan (generator-step among them) and the policy's joules-per-token row.
    #expect(counter.names.count == 14)
    #expect(counter.names.contains("event[chiller trip on a 42 °C afternoon]"))
    #expect(counter.failures == 1 && counter.skipped == 1)
    #expect(
      run.out.contains(
        #"<testsuites name="capplan check" tests="14" failures="1" errors="0" skipped="1">"#))
  }

  @Test func markdownListsWhatNeedsAttentionThenEverything() {
    let run = CLIRun.capplan(["check", rag, "--format", "markdown"])
    #expect(run.code == 0)
    #expect(
      run.out.hasPrefix(
        "### capplan check: WARN — `\(rag)`\n\nVerdict: WARN (13 checks: 12 pass, 1 warn, 0 fail).\n\n| status | check |"
      ))
    #expect(run.out.contains("| WARN | `pdu-feed[dgx-h100]` | 32.1 kW | 34.4 kW | 6.7% |"))
    #expect(run.out.contains("<details><summary>All 13 checks</summary>"))
  }

  @Test func jsonIsTheVerdict() throws {
    let run = CLIRun.capplan(["check", rag, "--format", "json", "--today", "2026-11-29"])
    let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
    #expect(object?["status"] as? String == "warn")
    #expect((object?["rows"] as? [Any])?.count == 13)
  }
}

/// Counts `<testcase>` elements and their outcomes.
private final class TestCaseCounter: NSObject, XMLParserDelegate {
  var names: [String] = []
  var failures = 0
  var skipped = 0

  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch element {
    case "testcase": names.append(attributes["name"] ?? "")
    case "failure": failures += 1
    case "skipped": skipped += 1
    default: break
    }
  }
}
