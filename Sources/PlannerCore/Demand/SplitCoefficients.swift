/// The workload split as a linear map, prepared once from the scenario: every stream of the
/// split is proportional to its surface's rate, so each surface contributes fixed requests,
/// prompt tokens and output tokens per request to each deployment and CPU-seconds to the
/// pool. Splitting a slot's rates is then a few multiply-adds, with no pipeline or route
/// lookups.
public struct SplitCoefficients: Sendable, Equatable {
  /// What one request per second of `surface` asks of deployment `deployment`.
  struct Term: Sendable, Equatable {
    var surface: Int
    var deployment: Int
    var requests: Double
    var promptTokens: Double
    var outputTokens: Double
  }

  var terms: [Term]
  /// CPU-seconds per request of each surface.
  var cpuSeconds: [Double]
  var deploymentCount: Int

  /// The streams of every surface at one request per second, read once.
  public init(_ scenario: Scenario) {
    let surfaces = scenario.traffic.surfaces.count
    var cpu = Array(repeating: 0.0, count: surfaces)
    var terms: [Term] = []
    for stream in WorkStream.streams(scenario, rates: Array(repeating: 1, count: surfaces)) {
      switch stream.place {
      case .cpu(let seconds): cpu[stream.surface] += seconds
      case .deployment(let i, let w):
        terms.append(
          Term(
            surface: stream.surface, deployment: i, requests: w.requestsPerSecond,
            promptTokens: w.requestsPerSecond * w.promptTokens,
            outputTokens: w.requestsPerSecond * w.outputTokens))
      }
    }
    self.terms = terms
    self.cpuSeconds = cpu
    self.deploymentCount = scenario.deployments.count
  }

  /// The split of `rates` (one per surface, in scenario order).
  public func split(_ rates: [Double]) -> WorkloadSplit {
    var split = emptySplit
    self.split(rates, into: &split)
    return split
  }

  /// A split of no work, the shape `split(_:into:)` fills.
  public var emptySplit: WorkloadSplit {
    WorkloadSplit(
      deployments: Array(repeating: .none, count: deploymentCount), cpuSecondsPerSecond: 0)
  }

  /// Writes the split of `rates` into `split` (shaped by `emptySplit`), in place: the day's
  /// slots reuse one split rather than building arrays for each.
  public func split(_ rates: [Double], into split: inout WorkloadSplit) {
    // each deployment's requests, prompt tokens and output tokens summed in its own fields,
    // then turned into means
    for i in split.deployments.indices {
      split.deployments[i] = Workload(requestsPerSecond: 0, promptTokens: 0, outputTokens: 0)
    }
    for term in terms {
      let rate = rates[term.surface]
      split.deployments[term.deployment].requestsPerSecond += rate * term.requests
      split.deployments[term.deployment].promptTokens += rate * term.promptTokens
      split.deployments[term.deployment].outputTokens += rate * term.outputTokens
    }
    var cpu = 0.0
    for (rate, seconds) in zip(rates, cpuSeconds) { cpu += rate * seconds }
    split.cpuSecondsPerSecond = cpu
    for i in split.deployments.indices {
      let sums = split.deployments[i]
      split.deployments[i] =
        sums.requestsPerSecond > 0
        ? Workload(
          requestsPerSecond: sums.requestsPerSecond,
          promptTokens: sums.promptTokens / sums.requestsPerSecond,
          outputTokens: sums.outputTokens / sums.requestsPerSecond)
        : Workload.none
    }
  }
}
