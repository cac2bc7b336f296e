/// IT energy of one request of each surface at the planning peak, split by the pipeline stages
/// the request passes through.
///
/// Boundary: IT, the same watts as `ITPower.total` at the peak. Every watt goes to a stage:
/// - a deployment's nodes at the wall (boards, spare GPUs idling, host, PSU losses) to the
///   streams it serves, by their share of its slot time, rate × (prefill × prompt / mean
///   prompt + output × TPOT), at the plan's prefill and TPOT;
/// - the CPU pool's servers at the wall to CPU stages, by their share of its CPU-seconds;
/// - the rest of IT (network, rack equipment, storage, and any node nobody's stage uses) to
///   every stage in proportion to the node-wall watts it got.
/// So the stages of a surface add up to its share of peak IT power over its request rate, and
/// Σ surfaces rate × joules per request is the peak IT power.
public struct RequestEnergy: Sendable, Equatable {
  /// Where a stage's work runs.
  public enum Kind: String, Sendable, Codable {
    /// On the CPU pool.
    case cpu
    /// On a prefill-only model deployment.
    case model
    /// Generation on a route's share or a cascade's first model.
    case generation
    /// A cascade's escalated generation.
    case escalation
  }

  /// One stage of one surface's pipeline, or one leg of its generate stage.
  public struct Stage: Sendable, Equatable {
    /// The pipeline stage (`tokenize`, `generate`, …).
    public var stage: String
    public var kind: Kind
    /// `cpu pool`, or the deployment's name.
    public var place: String
    /// IT energy per request of the surface, in joules.
    public var joules: Double
  }

  /// One surface's request.
  public struct Surface: Sendable, Equatable {
    public var stages: [Stage]
    /// IT energy of one request, in joules: the sum of its stages.
    public var joules: Double { stages.map(\.joules).reduce(0, +) }
  }

  /// Per surface, in scenario order.
  public var surfaces: [Surface]

  /// The peak's IT power `it` of `fleet` split over the stages of every surface at its peak
  /// rate (`demand`).
  public static func compute(
    _ scenario: Scenario, demand: Demand, fleet: FleetPlan, it: ITPower
  ) -> RequestEnergy {
    var surfaces = scenario.traffic.surfaces.map { _ in Surface(stages: []) }
    forEachStage(scenario, demand: demand, fleet: fleet, it: it) { stream, pipeline, joules in
      surfaces[stream.surface].stages.append(
        Stage(
          stage: pipeline.stages[stream.stage].kind.rawValue, kind: kind(of: stream),
          place: place(of: stream, scenario), joules: joules))
    }
    return RequestEnergy(surfaces: surfaces)
  }

  /// IT energy of one request of each surface, in joules, in scenario order: each surface's
  /// `joules` of `compute`, summed in the same order, without naming the stages.
  public static func joules(
    _ scenario: Scenario, demand: Demand, fleet: FleetPlan, it: ITPower
  ) -> [Double] {
    var joules = Array(repeating: 0.0, count: scenario.traffic.surfaces.count)
    forEachStage(scenario, demand: demand, fleet: fleet, it: it) { stream, _, stageJoules in
      joules[stream.surface] += stageJoules
    }
    return joules
  }

  /// Calls `body` with every stream of a surface with arrivals, its pipeline and its IT
  /// energy per request of the surface, in the streams' order.
  private static func forEachStage(
    _ scenario: Scenario, demand: Demand, fleet: FleetPlan, it: ITPower,
    _ body: (WorkStream, Pipeline, Double) -> Void
  ) {
    let rates = demand.surfaces.map(\.peakRequestsPerSecond)
    let streams = WorkStream.streams(scenario, rates: rates)
    let weights = streams.map { weight($0, fleet: fleet) }
    var total = Array(repeating: 0.0, count: fleet.serving.count)
    var cpuTotal = 0.0
    for (stream, weight) in zip(streams, weights) {
      switch stream.place {
      case .cpu: cpuTotal += weight
      case .deployment(let i, _): total[i] += weight
      }
    }
    // Node-wall watts of each stream: its share of what it runs on.
    let direct = zip(streams, weights).map { stream, weight -> Double in
      switch stream.place {
      case .cpu: return cpuTotal > 0 ? it.cpuPool.watts * weight / cpuTotal : 0
      case .deployment(let i, _):
        return total[i] > 0 ? fleet.peakDraw[i].wall.watts * weight / total[i] : 0
      }
    }
    let attributed = direct.reduce(0, +)
    let scale = attributed > 0 ? it.total.watts / attributed : 0
    for (stream, watts) in zip(streams, direct) {
      let rate = rates[stream.surface]
      guard rate > 0,
        let pipeline = scenario.pipeline(named: scenario.traffic.surfaces[stream.surface].pipeline)
      else { continue }
      body(stream, pipeline, watts * scale / rate)
    }
  }

  /// What a stream asks of what it runs on: CPU-seconds per second, or slot-seconds per second
  /// of a deployment, prefill time taken as proportional to the prompt around the mix's mean.
  static func weight(_ stream: WorkStream, fleet: FleetPlan) -> Double {
    switch stream.place {
    case .cpu(let seconds): return seconds
    case .deployment(let i, let w):
      let plan = fleet.serving[i]
      let meanPrompt = plan.workload.promptTokens
      let prefill = meanPrompt > 0 ? plan.prefillSeconds * w.promptTokens / meanPrompt : 0
      return w.requestsPerSecond * (prefill + w.outputTokens * plan.tpotSeconds)
    }
  }

  private static func kind(of stream: WorkStream) -> Kind {
    switch (stream.place, stream.leg) {
    case (.cpu, _): return .cpu
    case (_, .escalation?): return .escalation
    case (_, nil): return .model
    case (_, _?): return .generation
    }
  }

  private static func place(of stream: WorkStream, _ scenario: Scenario) -> String {
    switch stream.place {
    case .cpu: return "cpu pool"
    case .deployment(let i, _): return scenario.deployments[i].name
    }
  }
}
