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
    var requests = Array(repeating: 0.0, count: deploymentCount)
    var prompt = requests
    var output = requests
    for term in terms {
      let rate = rates[term.surface]
      requests[term.deployment] += rate * term.requests
      prompt[term.deployment] += rate * term.promptTokens
      output[term.deployment] += rate * term.outputTokens
    }
    var cpu = 0.0
    for (rate, seconds) in zip(rates, cpuSeconds) { cpu += rate * seconds }
    let loads = requests.indices.map { i in
      requests[i] > 0
        ? Workload(
          requestsPerSecond: requests[i], promptTokens: prompt[i] / requests[i],
          outputTokens: output[i] / requests[i])
        : Workload.none
    }
    return WorkloadSplit(deployments: loads, cpuSecondsPerSecond: cpu)
  }
}
