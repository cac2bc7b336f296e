import Foundation
import TestSupport
import Testing

/// `capplan explain`: one deployment figure by figure, its JSON object, and the path errors.
@Suite struct ExplainCommandTests {
  let rag = Repository.root.appendingPathComponent("Examples/rag-support-chatbot.json").path

  @Test func chatDeploymentMatchesGolden() throws {
    let run = CLIRun.capplan(["explain", rag, "deployments.chat-70b"])
    #expect(run.code == 0, "\(run.err)")
    let golden = Repository.root.appendingPathComponent(
      "Tests/CapplanCLITests/Golden/rag-support-chatbot.explain-chat-70b.txt")
    let expected = try #require(
      Golden.expected(run.out, at: golden), "missing golden; run with CAPPLAN_UPDATE_GOLDEN=1")
    #expect(run.out == expected)
    #expect(CLIRun.capplan(["explain", rag, "deployments.chat-70b"]).out == run.out)
    for line in run.out.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
  }

  @Test func theChosenRowIsMarkedAndTheWhyIsGiven() {
    let out = CLIRun.capplan(["explain", rag, "deployments.chat-70b"]).out
    // The calibrated step model: batch 38 at TPOT 49.4 ms is the largest under the 50 ms
    // objective.
    #expect(out.contains("  >     38     49.4"))
    #expect(out.contains("the largest batch whose TPOT 49.4 ms meets the 50 ms objective"))
    // 95 replicas of 38 slots: the utilisation target alone decides, no more for the TTFTs.
    #expect(out.contains("95 replicas of 38 slots"))
    #expect(out.contains("as the target utilisation asks"))
    #expect(
      out.contains("gpuWatts                                     566 W  gpu-board  calibrated"))
  }

  @Test func everyDeploymentOfEveryExampleFitsOneHundredColumns() throws {
    for example in Repository.examples {
      let json = CLIRun.capplan(["plan", example.path, "--format", "json"]).out
      let report = try #require(
        try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      let deployments = try #require(report["deployments"] as? [[String: Any]])
      for deployment in deployments {
        let name = try #require(deployment["name"] as? String)
        let run = CLIRun.capplan(["explain", example.path, "deployments.\(name)"])
        #expect(run.code == 0, "\(name): \(run.err)")
        for line in run.out.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
      }
    }
  }

  @Test func jsonIsTheDeploymentsObjectOfTheReport() throws {
    let run = CLIRun.capplan(["explain", rag, "deployments.guard", "--format", "json"])
    #expect(run.code == 0)
    let report = CLIRun.capplan(["plan", rag, "--format", "json"]).out
    let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? NSDictionary
    let full = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
    let deployments = try #require(full?["deployments"] as? [NSDictionary])
    #expect(object == deployments[3])
    #expect(object?["name"] as? String == "guard")
  }

  @Test func unknownDeploymentIsAUsageErrorWithAHint() {
    let typo = CLIRun.capplan(["explain", rag, "deployments.chat70b"])
    #expect(typo.code == 2 && typo.out.isEmpty)
    #expect(
      typo.err
        == "capplan: error: no deployment 'chat70b' in the scenario; did you mean "
        + "'deployments.chat-70b'? known: 'deployments.chat-70b', 'deployments.embedder', "
        + "'deployments.reranker', 'deployments.guard'\n")
    let far = CLIRun.capplan(["explain", rag, "deployments.zzz"])
    #expect(far.code == 2 && far.err.contains("known: 'deployments.chat-70b'"))
    #expect(!far.err.contains("did you mean"))
    let bare = CLIRun.capplan(["explain", rag, "guard"])
    #expect(bare.code == 2 && bare.err.contains("did you mean 'deployments.guard'?"))
    #expect(CLIRun.capplan(["explain"]).code == 2)
    #expect(CLIRun.capplan(["explain", rag, "deployments.guard", "x"]).code == 2)
  }

  @Test func withoutAPathItListsTheDeployments() {
    let run = CLIRun.capplan(["explain", rag])
    #expect(run.code == 0)
    for name in ["chat-70b", "embedder", "reranker", "guard"] {
      #expect(run.out.contains("deployments.\(name) "), "\(name)")
    }
    #expect(run.out.hasSuffix("explain one with: capplan explain \(rag) deployments.NAME\n"))
  }

  @Test func aDeploymentWithoutTrafficIsExplainedWithoutNaN() throws {
    let base = Repository.root.appendingPathComponent(
      "Tests/CapplanCLITests/Fixtures/profile/minimal-chat.json")
    // a second generative deployment that no route sends requests to
    let text = try String(contentsOf: base, encoding: .utf8).replacingOccurrences(
      of: "\"slo\": { \"ttftP95Ms\": 1000, \"tpotMs\": 30 }\n    }",
      with: "\"slo\": { \"ttftP95Ms\": 1000, \"tpotMs\": 30 }\n    },\n"
        + "    { \"name\": \"idle\", \"model\": \"llama-3.1-8b\", \"gpu\": \"h100-sxm\" }")
    let json = CLIRun.capplan(
      ["explain", "-", "deployments.idle", "--format", "json"], stdin: text)
    #expect(json.code == 0, "\(json.err)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    #expect(object["replicas"] as? Int == 0)
    #expect((object["curve"] as? [Any])?.isEmpty == true)
    #expect((object["tpotMs"] as? Double)?.isFinite == true)
    let run = CLIRun.capplan(["explain", "-", "deployments.idle"], stdin: text)
    #expect(run.code == 0)
    #expect(run.out.range(of: #"\b(nan|inf)\b"#, options: .regularExpression) == nil)
    #expect(run.out.contains("none: the deployment has no traffic"))
  }

  @Test func helpListsTheCommand() {
    #expect(CLIRun.capplan(["--help"]).out.contains("explain FILE [deployments.NAME]"))
    let help = CLIRun.capplan(["explain", "--help"])
    #expect(help.code == 0 && help.out.hasPrefix("usage: capplan explain FILE [deployments.NAME]"))
  }
}

/// `deployments[].curve[]` and `deployments[].figures` in the JSON report of every example.
@Suite struct CurveReportTests {
  static let curveKeys: Set<String> = [
    "batch", "tpotMs", "ttftMs", "requestsPerSecondPerReplica", "outputTokensPerSecondPerReplica",
    "outputTokensPerSecondPerGPU", "gpuWatts", "tokensPerJoule", "chosen",
  ]

  @Test(arguments: Repository.examples.map(\.lastPathComponent))
  func curveHasItsKeysAndOneChosenRow(_ example: String) throws {
    let path = Repository.root.appendingPathComponent("Examples/\(example)").path
    let json = CLIRun.capplan(["plan", path, "--format", "json"]).out
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    for deployment in try #require(report["deployments"] as? [[String: Any]]) {
      let name = deployment["name"] as? String ?? "?"
      let curve = try #require(deployment["curve"] as? [[String: Any]])
      let slo = deployment["slo"] as? [String: Any]
      let generative = deployment["batchLimit"] as? String != "prefill-only"
      let hasObjective = generative && slo?["tpotMs"] != nil
      for point in curve {
        let expected = hasObjective ? Self.curveKeys.union(["meetsTPOT"]) : Self.curveKeys
        #expect(Set(point.keys) == expected, "\(name)")
      }
      let chosen = curve.filter { $0["chosen"] as? Bool == true }
      #expect(chosen.count == 1, "\(name)")
      #expect(chosen.first?["batch"] as? Int == deployment["batch"] as? Int, "\(name)")
      let figures = try #require(deployment["figures"] as? [String: [String: String]])
      #expect(figures["gpuWatts"] == ["boundary": "gpu-board", "provenance": "calibrated"])
      #expect(figures["nodesKW"]?["boundary"] == "node-wall")
      #expect(figures["ttftP95Ms"] == ["provenance": "modelled"])
      #expect(deployment["provenance"] == nil)
    }
  }
}
