import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// Loading through the library API: catalog overrides, references, and the chain end to end.
@Suite struct ScenarioLoaderTests {
  let rag = Repository.root.appendingPathComponent("Examples/rag-support-chatbot.json")

  func load(_ text: String) throws(DiagnosticError) -> Scenario {
    try ScenarioLoader.load(Array(text.utf8)).scenario
  }

  func ragText() throws -> String { try String(contentsOf: rag, encoding: .utf8) }

  @Test func dailyActiveUsersBecomeRequestsPerSecond() throws {
    let scenario = try load(try ragText())
    // 1,500,000 users × 4 requests / 86,400 s = 69.444 req/s
    #expect(
      scenario.traffic.surfaces[0].meanRequestsPerSecond.isClose(to: 69.444, tolerance: 0.001))
    let demand = Demand.compute(scenario)
    // Peak: × (1 + 0.02 retries) × business-hours peak slot factor × 1.3 worst five minutes.
    let peakFactor = DiurnalProfile.businessHours.peakFactor
    #expect(
      demand.surfaces[0].peakRequestsPerSecond.isClose(
        to: 69.4444 * 1.02 * peakFactor * 1.3, tolerance: 0.001))
    #expect(demand.surfaces[0].slotRequestsPerSecond.count == 288)
  }

  @Test func profileSlotsAverageToOne() {
    for profile in DiurnalProfile.presets {
      let slots = profile.slotFactors
      #expect((slots.reduce(0, +) / 288).isClose(to: 1, tolerance: 1e-12), "\(profile.name)")
    }
    // Business hours: weights average 0.5375 (12.9 / 24); the 1.0 plateau is 1 / 0.5375 = 1.86 × the mean.
    #expect(DiurnalProfile.businessHours.peakFactor.isClose(to: 1.86, tolerance: 0.02))
  }

  @Test func inlineOverrideChangesOneFieldOnly() throws {
    let text = try ragText().replacingOccurrences(
      of: "\"system\": \"dgx-h100\",\n      \"precision\": \"fp8\",\n      \"tensorParallel\": 2",
      with:
        "\"system\": \"dgx-h100\",\n      \"gpu\": { \"id\": \"h100-sxm\", \"tdpWatts\": 600 },\n      \"precision\": \"fp8\",\n      \"tensorParallel\": 2"
    )
    let deployment = try #require(try load(text).deployment(named: "chat-70b"))
    #expect(deployment.gpu.tdpWatts == 600)
    #expect(deployment.gpu.memoryGB == 80)  // unchanged from the catalog
    #expect(deployment.gpu.source.hasSuffix("overridden in the scenario"))
  }

  @Test func catalogSectionAddsAnEntry() throws {
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(try ragText().utf8)) as? [String: Any])
    object["catalog"] = [
      "gpus": [
        [
          "id": "h100-sxm-600w", "tdpWatts": 600, "idleWatts": 75, "memoryGB": 80,
          "memoryBandwidthTBps": 3.35,
          "denseTFLOPS": ["bf16": 989.4, "fp8": 1978.9],
        ]
      ],
      "systems": [
        [
          "id": "dgx-h100-capped", "gpu": "h100-sxm-600w", "gpusPerNode": 8, "nameplateKW": 9.4,
          "hostIdleWatts": 1500,
          "hostPeakWatts": 1800,
        ]
      ],
    ]
    var deployments = try #require(object["deployments"] as? [[String: Any]])
    deployments[0]["system"] = "dgx-h100-capped"
    object["deployments"] = deployments
    let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    let scenario = try load(text)
    #expect(scenario.deployments[0].gpu.id == "h100-sxm-600w")
    #expect(scenario.deployments[0].system.nameplateKW == 9.4)
  }

  @Test func allProblemsComeTogetherWithPaths() throws {
    let text = try ragText()
      .replacingOccurrences(of: "\"cacheHitRate\": 0.08", with: "\"cacheHitRate\": 8")
      .replacingOccurrences(of: "\"model\": \"llama-3.1-70b\"", with: "\"model\": \"llama-3.1-70\"")
    do {
      _ = try load(text)
      Issue.record("loaded an invalid scenario")
    } catch {
      #expect(
        error.diagnostics.map(\.path) == [
          "traffic.surfaces[0].cacheHitRate", "deployments[0].model",
        ])
      #expect(error.diagnostics[1].hint?.hasPrefix("did you mean 'llama-3.1-70b'?") == true)
    }
  }

  @Test func planThroughTheLibrary() throws {
    let report = try Planner.plan(try load(try ragText()))
    // Installed GPUs are whole nodes: 15 DGX H100 + 1 for the guard = 16 × 8, and 5 L4 servers × 8.
    #expect(report.summary.gpus == report.deployments.map { $0.nodes * 8 }.reduce(0, +))
    #expect(report.summary.nodes == report.deployments.map(\.nodes).reduce(0, +))
    // The power stack adds up: nodes = GPU + host + PSU loss; IT = nodes + network + rack
    // equipment + CPU pool + storage; facility = IT + losses + cooling.
    let p = report.power
    #expect((p.gpuKW + p.hostKW + p.psuLossKW).isClose(to: p.nodesKW, tolerance: 1e-9))
    #expect(
      (p.nodesKW + p.networkKW + p.rackEquipmentKW + p.cpuPoolKW + p.storageKW).isClose(
        to: p.itKW, tolerance: 1e-9))
    #expect((p.itKW + p.electricalLossKW + p.coolingKW).isClose(to: p.facilityKW, tolerance: 1e-9))
    // Margins 1.10 × 1.05 × 1.05 = 1.21275 on the modelled peak.
    #expect(
      report.summary.itPlannedKW.isClose(to: report.summary.itPeakKW * 1.21275, tolerance: 1e-9))
    // Tokens per joule at the peak: generated tokens/s over IT watts.
    #expect(
      report.summary.tokensPerJoule.isClose(
        to: report.summary.outputTokensPerSecond / (p.itKW * 1000), tolerance: 1e-12))
  }
}
