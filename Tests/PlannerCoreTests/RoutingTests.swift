import TestSupport
import Testing

@testable import PlannerCore

/// Routes of shares against cascades, on the toy site (TestSupport/ToySite.swift), where the
/// roofline can be followed by hand.
@Suite struct RoutingTests {
  /// 1,250 requests/s, 20 % answered from the cache: 1,000 generated requests/s of 1,000 prompt
  /// and 100 output tokens.
  static let surfaces = """
    [{ "name": "chat", "requestsPerSecond": 1250, "cacheHitRate": 0.2, "promptTokens": 1000,
       "outputTokens": 100, "pipeline": "chat", "route": "small-first" }]
    """
  static let pipelines = #"[{ "name": "chat", "stages": [{ "stage": "generate" }] }]"#
  static let shares = """
    [{ "name": "small-first", "shares": [{ "deployment": "small", "share": 0.7 },
                                         { "deployment": "large", "share": 0.3 }] }]
    """
  static func cascade(rate: Double = 0.3, includeDraft: Bool = false) -> String {
    """
    [{ "name": "small-first", "cascade": { "first": "small", "escalate": "large",
       "escalationRate": \(rate), "includeDraft": \(includeDraft) } }]
    """
  }

  func scenario(routes: String, constantDraw: Bool = true) throws -> Scenario {
    try ToySite.load(
      ToySite.text(
        surfaces: Self.surfaces, pipelines: Self.pipelines, routes: routes,
        deployments: [
          ToySite.deployment("small", model: "toy-1b"),
          ToySite.deployment("large", model: "toy-4b"),
        ]),
      constantDraw: constantDraw)
  }

  func peak(_ scenario: Scenario) -> WorkloadSplit {
    WorkloadSplit.split(
      scenario, rates: Demand.compute(scenario).surfaces.map(\.peakRequestsPerSecond))
  }

  @Test func aCascadeSendsEveryRequestToTheSmallModel() throws {
    // Shares 70/30: small 0.7 × 1,000 = 700 req/s, large 0.3 × 1,000 = 300 req/s.
    let split = peak(try scenario(routes: Self.shares))
    #expect(split.deployments[0].requestsPerSecond.isClose(to: 700, tolerance: 1e-6))
    #expect(split.deployments[1].requestsPerSecond.isClose(to: 300, tolerance: 1e-6))
    // Cascade escalating 30 %: the small model answers all 1,000 first, the large one
    // generates the 300 escalated again; both read the 1,000-token prompt.
    let cascade = peak(try scenario(routes: Self.cascade()))
    #expect(cascade.deployments[0].requestsPerSecond.isClose(to: 1000, tolerance: 1e-6))
    #expect(cascade.deployments[1].requestsPerSecond.isClose(to: 300, tolerance: 1e-6))
    #expect(cascade.deployments[1].promptTokens == 1000)
    #expect(cascade.deployments[1].outputTokens == 100)
    // Generated tokens count the discarded drafts: (1,000 + 300) × 100 = 130,000 tokens/s
    // against (700 + 300) × 100 = 100,000 for the shares.
    #expect(cascade.outputTokensPerSecond.isClose(to: 130_000, tolerance: 1e-3))
    #expect(split.outputTokensPerSecond.isClose(to: 100_000, tolerance: 1e-3))
  }

  @Test func aCascadeNeedsMoreSmallReplicasByHand() throws {
    // Batch 10 (the engine's maxBatch; no TPOT objective). toy-1b: decode step 2e9 B / 1e12
    // B/s = 2 ms, + attention 10 × 1,050 × 4 B / 1e12 = 4.2e-8 s; prefill 1,000 × (2e9 +
    // 2 × 1,000) / 1e15 = 2.000002 ms; TPOT = 2.000042 + (10 / 100) × 2.000002 = 2.200042 ms;
    // service = 100 × 2.200042 = 220.0042 ms (the request's own prefill is in its TPOT).
    // toy-4b: step 8.000042 ms, prefill 8.000002 ms, TPOT 8.800042 ms, service 880.0042 ms.
    // Replicas = ⌈λ × service / 0.5 target / 10 slots⌉:
    //   small, shares:  700 × 0.2200042 / 5 = 30.80 → 31
    //   small, cascade: 1,000 × 0.2200042 / 5 = 44.0008 → 45   (+14: the workload × 1 / 0.7)
    //   large, either:  300 × 0.8800042 / 5 = 52.80 → 53
    let shares = try Planner.plan(try scenario(routes: Self.shares))
    let cascade = try Planner.plan(try scenario(routes: Self.cascade()))
    #expect(shares.deployments.map(\.replicas) == [31, 53])
    #expect(cascade.deployments.map(\.replicas) == [45, 53])
    #expect(shares.deployments[0].batch == 10)
    #expect(shares.deployments[0].tpotMs.isClose(to: 2.200042, tolerance: 1e-5))
    #expect(shares.summary.gpus == 84)
    #expect(cascade.summary.gpus == 98)
    // One GPU per node at a constant 500 W + 100 W host, PSU 1, no network or storage: IT is
    // 0.6 kW a node. Shares 84 × 0.6 = 50.4 kW; cascade 98 × 0.6 = 58.8 kW (+8.4 kW).
    #expect(shares.power.itKW.isClose(to: 50.4, tolerance: 1e-9))
    #expect(cascade.power.itKW.isClose(to: 58.8, tolerance: 1e-9))
    #expect(cascade.deployments[0].nodesKW.isClose(to: 27.0, tolerance: 1e-9))
    // A flat day at the peak rate: 24 h × 50.4 = 1,209.6 kWh and 24 × 58.8 = 1,411.2 kWh.
    #expect(shares.daily.itEnergyKWh.isClose(to: 1209.6, tolerance: 1e-6))
    #expect(cascade.daily.itEnergyKWh.isClose(to: 1411.2, tolerance: 1e-6))
  }

  @Test func withThePowerCurveTheCascadeStillDrawsMore() throws {
    // GPUs idle at 100 W and rise with their work: more small replicas, each as busy (the
    // replica count grows with the load), so the small model's nodes draw more in the cascade.
    let shares = try Planner.plan(try scenario(routes: Self.shares, constantDraw: false))
    let cascade = try Planner.plan(try scenario(routes: Self.cascade(), constantDraw: false))
    #expect(cascade.deployments[0].nodesKW > shares.deployments[0].nodesKW * 1.3)
    #expect(
      cascade.deployments[1].nodesKW.isClose(to: shares.deployments[1].nodesKW, tolerance: 1e-9))
    #expect(cascade.power.itKW > shares.power.itKW)
    #expect(cascade.daily.itEnergyKWh > shares.daily.itEnergyKWh)
  }

  @Test func anEscalationCanReadTheDraft() throws {
    let withDraft = try scenario(routes: Self.cascade(includeDraft: true))
    let split = peak(withDraft)
    // The large model reads the 1,000-token prompt and the 100-token draft.
    #expect(split.deployments[1].promptTokens == 1100)
    #expect(split.deployments[0].promptTokens == 1000)
    // toy-4b: prefill 1,100 × (8e9 + 2 × 1,100) / 1e15 = 8.8000024 ms; step 8 ms + 10 ×
    // 1,150 × 4 B / 1e12; TPOT = 8.000046 + 0.1 × 8.8000024 = 8.880046 ms.
    let report = try Planner.plan(withDraft)
    #expect(report.deployments[1].prefillMs.isClose(to: 8.8000024, tolerance: 1e-6))
    #expect(report.deployments[1].tpotMs.isClose(to: 8.880046, tolerance: 1e-5))
  }

  @Test func escalatingNothingIsTheSmallModelAlone() throws {
    let never = peak(try scenario(routes: Self.cascade(rate: 0)))
    #expect(never.deployments[0].requestsPerSecond.isClose(to: 1000, tolerance: 1e-6))
    #expect(never.deployments[1].requestsPerSecond == 0)
    // Escalating everything: both models generate every request.
    let always = peak(try scenario(routes: Self.cascade(rate: 1)))
    #expect(always.deployments[1].requestsPerSecond.isClose(to: 1000, tolerance: 1e-6))
  }

  // MARK: - Reading

  func problems(_ routes: String) -> [Diagnostic] {
    let text = ToySite.text(
      surfaces: Self.surfaces, pipelines: Self.pipelines, routes: routes,
      deployments: [
        ToySite.deployment("small", model: "toy-1b"),
        ToySite.deployment("large", model: "toy-4b"),
        ToySite.deployment("guard", model: "toy-guard"),
      ])
    do {
      _ = try ScenarioLoader.load(Array(text.utf8))
      return []
    } catch {
      return error.diagnostics
    }
  }

  @Test func theDraftCountsInTheEscalatedContext() {
    // toy-4b holds 100,000 tokens: 99,850 + 100 fit the first model; the escalation reads the
    // prompt, the 100-token draft and writes 100 more: 100,050 tokens.
    let text = ToySite.text(
      surfaces: Self.surfaces.replacingOccurrences(
        of: "\"promptTokens\": 1000", with: "\"promptTokens\": 99850"),
      pipelines: Self.pipelines, routes: Self.cascade(includeDraft: true),
      deployments: [
        ToySite.deployment("small", model: "toy-1b"),
        ToySite.deployment("large", model: "toy-4b"),
      ])
    do {
      _ = try ScenarioLoader.load(Array(text.utf8))
      Issue.record("loaded a context longer than the model's")
    } catch {
      #expect(
        error.diagnostics.map(\.message) == [
          "prompt, draft and output (100,050 tokens) exceed toy-4b's context of 100,000 tokens"
        ])
    }
  }

  @Test func cascadeIsRead() throws {
    let route = try #require(try scenario(routes: Self.cascade(includeDraft: true)).routes.first)
    #expect(
      route.cascade
        == Route.Cascade(first: "small", escalate: "large", escalationRate: 0.3, includeDraft: true)
    )
    #expect(route.targets.isEmpty)
    #expect(route.legs.map(\.fraction) == [1, 0.3])
    #expect(route.legs.map(\.kind) == [.first, .escalation])
  }

  @Test func aRouteHasSharesOrACascade() {
    let both = problems(
      """
      [{ "name": "small-first", "shares": [{ "deployment": "small", "share": 1 }],
         "cascade": { "first": "small", "escalate": "large", "escalationRate": 0.3 } }]
      """)
    #expect(both.map(\.path) == ["routes[0].cascade"])
    #expect(both.first?.message == "a route has 'shares' or a 'cascade', not both")
    let neither = problems(#"[{ "name": "small-first" }]"#)
    #expect(neither.map(\.path) == ["routes[0].shares"])
    #expect(neither.first?.message == "missing required key 'shares'")
  }

  @Test func cascadeMistakesAreNamed() {
    let typo = problems(
      """
      [{ "name": "small-first", "cascade": { "first": "small", "escalate": "large",
         "escalationRate": 0.3, "escalationRatio": 0.3 } }]
      """)
    #expect(typo.map(\.path) == ["routes[0].cascade.escalationRatio"])
    #expect(typo.first?.hint == "did you mean 'escalationRate'?")
    let percent = problems(
      #"[{ "name": "small-first", "cascade": { "first": "small", "escalate": "large", "escalationRate": 30 } }]"#
    )
    #expect(percent.first?.hint == "write 0.3 for 30%")
    let unknown = problems(
      #"[{ "name": "small-first", "cascade": { "first": "smal", "escalate": "guard", "escalationRate": 0.3 } }]"#
    )
    #expect(unknown.map(\.path) == ["routes[0].cascade.first", "routes[0].cascade.escalate"])
    #expect(unknown.first?.hint == "did you mean 'small'?")
    #expect(unknown.last?.message.hasSuffix("a guard model, which cannot generate") == true)
    let itself = problems(
      #"[{ "name": "small-first", "cascade": { "first": "small", "escalate": "small", "escalationRate": 0.3 } }]"#
    )
    #expect(itself.map(\.message) == ["a cascade escalates from 'small' to itself"])
  }
}
