import Foundation
import TestSupport
import Testing

/// A measured profile in a scenario changes the plan the command line prints.
@Suite struct MeasuredProfileCommandTests {
  let base = Repository.root.appendingPathComponent(
    "Tests/CapplanCLITests/Fixtures/profile/minimal-chat.json")

  func withProfile() throws -> String {
    try String(contentsOf: base, encoding: .utf8).replacingOccurrences(
      of: "\"slo\": { \"ttftP95Ms\": 1000, \"tpotMs\": 30 }",
      with: """
        "slo": { "ttftP95Ms": 1000, "tpotMs": 30 },
              "profile": [
                { "batch": 16, "outputTokensPerSecondPerGPU": 1000, "gpuWatts": 520 },
                { "batch": 64, "outputTokensPerSecondPerGPU": 2000, "gpuWatts": 680 }
              ]
        """)
  }

  func deployment(_ json: String) throws -> [String: Any] {
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let deployments = try #require(report["deployments"] as? [[String: Any]])
    return try #require(deployments.first)
  }

  @Test func aProfileChangesTheGPUs() throws {
    // Modelled (docs/scenario.md, minimal scenario): batch 112 at TPOT 29.89 ms, 2 replicas.
    let modelled = try deployment(CLIRun.capplan(["plan", base.path, "--format", "json"]).out)
    #expect(modelled["batch"] as? Int == 112 && modelled["gpus"] as? Int == 2)
    let run = CLIRun.capplan(["plan", "-", "--format", "json"], stdin: try withProfile())
    #expect(run.code == 0, "\(run.err)")
    let measured = try deployment(run.out)
    // TPOT(B) = B / (1,000 + (B − 16) × 1,000 / 48) ≤ 30 ms holds while 0.375 B ≤ 20, up to
    // B = 53: TPOT 53 / 1,770.83 = 29.930 ms (limit 'tpot-slo').
    #expect(measured["batch"] as? Int == 53)
    #expect(measured["batchLimit"] as? String == "tpot-slo")
    #expect((measured["tpotMs"] as? Double)?.isClose(to: 29.9294, tolerance: 1e-3) == true)
    // Slot time 300 × 29.929 ms = 8.9788 s; 20 req/s × 8.9788 s / 0.85 = 211.27 slots; / 53 =
    // 3.99 → 4 replicas of one GPU: 4 GPUs instead of 2.
    #expect(measured["replicas"] as? Int == 4 && measured["gpus"] as? Int == 4)
    // Mean occupancy 20 / 4 × 8.9788 = 44.894 sequences of 53 slots (busy all but
    // e^{−44.9} × (1 − 44.9 / 53) of the time): 520 + (44.894 − 16) / 48 × 160 = 616.3 W.
    #expect((measured["gpuWatts"] as? Double)?.isClose(to: 616.3, tolerance: 0.1) == true)
    let figures = try #require(measured["figures"] as? [String: [String: String]])
    #expect(figures["tpotMs"] == ["provenance": "measured"])
    #expect(figures["gpuWatts"] == ["boundary": "gpu-board", "provenance": "measured"])
    #expect(figures["nodesKW"] == ["boundary": "node-wall", "provenance": "calibrated"])
    #expect(figures["prefillMs"] == ["provenance": "modelled"])
    let text = CLIRun.capplan(["plan", "-"], stdin: try withProfile()).out
    #expect(text.contains("  measured, from the deployment's profile: chat-8b (TPOT, GPU W)\n"))
  }

  @Test func theCurveReproducesTheMeasuredPoints() throws {
    let measured = try deployment(
      CLIRun.capplan(["plan", "-", "--format", "json"], stdin: try withProfile()).out)
    let curve = try #require(measured["curve"] as? [[String: Any]])
    #expect(curve.map { $0["batch"] as? Int } == [1, 2, 4, 8, 16, 32, 53, 64])
    let at16 = try #require(curve.first { $0["batch"] as? Int == 16 })
    #expect(at16["outputTokensPerSecondPerGPU"] as? Double == 1000)
    // Batch 32, a third of the way from 16 to 64: 1,000 + 333.3 = 1,333.3 tok/s; 520 + 53.3 W.
    let at32 = try #require(curve.first { $0["batch"] as? Int == 32 })
    #expect(
      (at32["outputTokensPerSecondPerGPU"] as? Double)?.isClose(to: 1333.33, tolerance: 0.01)
        == true)
    #expect((at32["gpuWatts"] as? Double)?.isClose(to: 573.33, tolerance: 0.01) == true)
    let explain = CLIRun.capplan(["explain", "-", "deployments.chat-8b"], stdin: try withProfile())
    #expect(explain.out.contains("Batch 53, limited by tpot-slo"))
    let words = explain.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      words.contains("batch 16: 1,000 tok/s/GPU at 520 W; batch 64: 2,000 tok/s/GPU at 680 W"))
  }
}
