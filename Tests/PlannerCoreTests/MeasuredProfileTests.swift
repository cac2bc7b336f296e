import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// A deployment's own benchmark in place of the roofline: interpolation, the batch cap, power,
/// and the points refused.
@Suite struct MeasuredProfileTests {
  /// Two measurements: batch 16 at 2,100 tokens/s per GPU and 520 W, batch 64 at 4,800 and 680 W.
  let profile = MeasuredProfile(points: [
    .init(batch: 16, outputTokensPerSecondPerGPU: 2100, gpuWatts: 520),
    .init(batch: 64, outputTokensPerSecondPerGPU: 4800, gpuWatts: 680),
  ])

  @Test func linearBetweenPoints() {
    // Batch 40 is (40 − 16) / (64 − 16) = 24 / 48 = 0.5 of the way from 16 to 64:
    // 2,100 + 0.5 × (4,800 − 2,100) = 3,450 tokens/s per GPU; 520 + 0.5 × (680 − 520) = 600 W.
    #expect(profile.outputTokensPerSecondPerGPU(batch: 40).isClose(to: 3450, tolerance: 1e-9))
    #expect(profile.gpuWatts(batch: 40)?.isClose(to: 600, tolerance: 1e-9) == true)
    // TPOT = batch / (tokens/s per GPU × GPUs): 40 / 3,450 = 11.594 ms on one GPU; on a TP2
    // replica 40 / 6,900 = 5.797 ms.
    #expect(
      profile.tpotSeconds(batch: 40, tensorParallel: 1).isClose(to: 0.011594, tolerance: 1e-6))
    #expect(
      profile.tpotSeconds(batch: 40, tensorParallel: 2).isClose(to: 0.005797, tolerance: 1e-6))
    // At a measured batch the figures are the measurement: 16 / 2,100 = 7.619 ms.
    #expect(
      profile.tpotSeconds(batch: 16, tensorParallel: 1).isClose(to: 0.007619, tolerance: 1e-6))
    #expect(profile.gpuWatts(batch: 64) == 680)
  }

  @Test func belowTheFirstPointEachSequenceRunsAsAtTheFirst() {
    // Batch 8: 2,100 / 16 = 131.25 tokens/s per sequence → 1,050 tokens/s, TPOT still 7.619 ms;
    // the board is held at the first point's 520 W.
    #expect(profile.outputTokensPerSecondPerGPU(batch: 8) == 1050)
    #expect(profile.tpotSeconds(batch: 8, tensorParallel: 1).isClose(to: 0.007619, tolerance: 1e-6))
    #expect(profile.gpuWatts(batch: 8) == 520)
    #expect(profile.largestBatch == 64)
  }

  @Test func wattsBecomeActivityOnTheGPUsRange() throws {
    let h100 = try #require(Catalog.builtIn.gpu("h100-sxm"))
    // Mean occupancy 40: busy 1 − e^{−40} ≈ 1, 600 W → (600 − 75) / (700 − 75) = 0.84.
    let activity = try #require(profile.activity(gpu: h100, meanOccupancy: 40))
    #expect(activity.isClose(to: 0.84, tolerance: 1e-6))
    #expect(GPUPowerCurve.watts(h100, activity: activity).isClose(to: 600, tolerance: 1e-6))
    // Without watts on its points a profile leaves power to the calibrated curve.
    let speedOnly = MeasuredProfile(points: [.init(batch: 16, outputTokensPerSecondPerGPU: 2100)])
    #expect(speedOnly.activity(gpu: h100, meanOccupancy: 40) == nil)
  }

  func deployment(profile: MeasuredProfile?) throws -> Deployment {
    let catalog = Catalog.builtIn
    let model = try #require(catalog.model("llama-3.1-8b"))
    let system = try #require(catalog.defaultSystem(forGPU: "h100-sxm"))
    let gpu = try #require(catalog.gpu("h100-sxm"))
    var d = Deployment(
      name: "d", model: model, system: system, gpu: gpu, weightPrecision: .bf16,
      kvPrecision: .bf16, tensorParallel: 1, slo: ServiceLevel(tpotMs: 10), engine: .default)
    d.profile = profile
    return d
  }

  @Test func thePlannerChoosesFromTheProfile() throws {
    let workload = Workload(requestsPerSecond: 20, promptTokens: 1000, outputTokens: 300)
    let plan = try ServingPlanner.plan(
      try deployment(profile: profile), workload: workload, path: .root)
    // TPOT(B) = B / (2,100 + (B − 16) × 56.25) ≤ 10 ms ⇔ B ≤ 0.01 × (1,200 + 56.25 B)
    // ⇔ 0.4375 B ≤ 12 ⇔ B ≤ 27.43: batch 27, TPOT 27 / 2,718.75 = 9.931 ms.
    #expect(plan.batch == 27 && plan.batchLimit == .tpotSLO)
    #expect(plan.tpotSeconds.isClose(to: 0.009931, tolerance: 1e-6))
    // Without an objective the largest measured batch caps it: no extrapolation.
    var free = try deployment(profile: profile)
    free.slo = ServiceLevel()
    let capped = try ServingPlanner.plan(free, workload: workload, path: .root)
    #expect(capped.batch == 64 && capped.batchLimit == .profile)
    // The roofline alone takes the engine's 256 (the paged cache's mean would allow
    // 55.94 GB / ((1,000 + 300 / 2) × 131,072 B) = 371).
    var modelled = free
    modelled.profile = nil
    #expect(try ServingPlanner.plan(modelled, workload: workload, path: .root).batch == 256)
  }

  @Test func aPointBeyondMemoryIsRefused() throws {
    let tooBig = MeasuredProfile(points: [.init(batch: 512, outputTokensPerSecondPerGPU: 9000)])
    let workload = Workload(requestsPerSecond: 20, promptTokens: 1000, outputTokens: 300)
    let path = JSONPath.root.appending("deployments").appending(index: 0)
    #expect {
      try ServingPlanner.plan(try deployment(profile: tooBig), workload: workload, path: path)
    } throws: { error in
      // A measured batch is what the engine ran: it must fit the mean, 371 sequences of 1,150
      // tokens (above).
      (error as? DiagnosticError)?.diagnostics.map(\.path) == ["deployments[0].profile[0].batch"]
        && (error as? DiagnosticError)?.diagnostics.first?.message
          == "batch 512 exceeds the 371 sequences of 1,150 tokens that fit in memory"
    }
  }

  func load(profile: String, model: String = "llama-3.1-8b") throws -> Scenario {
    let url = Repository.root.appendingPathComponent(
      "Tests/CapplanCLITests/Fixtures/profile/minimal-chat.json")
    let text = try String(contentsOf: url, encoding: .utf8)
      .replacingOccurrences(of: "\"model\": \"llama-3.1-8b\"", with: "\"model\": \"\(model)\"")
      .replacingOccurrences(
        of: "\"slo\": { \"ttftP95Ms\": 1000, \"tpotMs\": 30 }",
        with: "\"slo\": { \"ttftP95Ms\": 1000, \"tpotMs\": 30 }, \"profile\": \(profile)")
    return try ScenarioLoader.load(Array(text.utf8)).scenario
  }

  func problems(profile: String, model: String = "llama-3.1-8b") -> [String] {
    do {
      _ = try load(profile: profile, model: model)
      return []
    } catch let error as DiagnosticError {
      return error.diagnostics.map { "\($0.path): \($0.message)" }
    } catch {
      return ["\(error)"]
    }
  }

  @Test func theProfileIsRead() throws {
    let scenario = try load(
      profile: #"[{"batch": 16, "outputTokensPerSecondPerGPU": 2100, "gpuWatts": 520}]"#)
    #expect(
      scenario.deployments[0].profile
        == MeasuredProfile(points: [
          .init(batch: 16, outputTokensPerSecondPerGPU: 2100, gpuWatts: 520)
        ]))
  }

  @Test func badPointsAreRefusedWhereTheyStand() {
    let p = "deployments[0].profile"
    #expect(problems(profile: "[]") == ["\(p): a profile needs at least one point"])
    #expect(
      problems(profile: #"[{"batch": 0, "outputTokensPerSecondPerGPU": -1}]"#) == [
        "\(p)[0].batch: 0 must be at least 1",
        "\(p)[0].outputTokensPerSecondPerGPU: -1 must be greater than 0",
      ])
    #expect(
      problems(
        profile:
          #"[{"batch": 64, "outputTokensPerSecondPerGPU": 4800}, {"batch": 16, "outputTokensPerSecondPerGPU": 2100}]"#
      ) == ["\(p)[1].batch: batch 16 does not follow batch 64"])
    // 3,000 / 32 = 93.75 tokens/s per sequence against 1,000 / 16 = 62.50 at batch 16.
    #expect(
      problems(
        profile:
          #"[{"batch": 16, "outputTokensPerSecondPerGPU": 1000}, {"batch": 32, "outputTokensPerSecondPerGPU": 3000}]"#
      ) == [
        "\(p)[1].outputTokensPerSecondPerGPU: 3000 tokens/s at batch 32 is 93.75 per sequence, faster than 62.50 at batch 16"
      ])
    #expect(
      problems(
        profile:
          #"[{"batch": 16, "outputTokensPerSecondPerGPU": 2100, "gpuWatts": 520}, {"batch": 64, "outputTokensPerSecondPerGPU": 4800}]"#
      ) == ["\(p)[1].gpuWatts: missing key 'gpuWatts'"])
    // An H100 SXM board draws 75 W idle and at most 700 W.
    #expect(
      problems(profile: #"[{"batch": 16, "outputTokensPerSecondPerGPU": 2100, "gpuWatts": 5200}]"#)
        == ["\(p)[0].gpuWatts: 5200 W is outside h100-sxm's range from idle 75 W to TDP 700 W"])
    #expect(
      problems(profile: #"[{"batch": 16, "outputTokensPerSecondPerGPU": 2100, "tokens": 1}]"#)
        == ["\(p)[0].tokens: unknown key 'tokens'"])
    // (the surface routed to a guard model is refused as well)
    #expect(
      problems(
        profile: #"[{"batch": 16, "outputTokensPerSecondPerGPU": 2100}]"#, model: "llama-guard-3-8b"
      )
      .contains(
        "\(p): 'llama-guard-3-8b' is a prefill-only model (guard); a profile measures generation"))
  }
}
