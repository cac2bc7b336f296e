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

  /// The terms grouped by deployment, each group in the streams' order, so that a
  /// deployment's sums add the same terms in the same order as the streams give them.
  var terms: [Term]
  /// Where each deployment's terms start in `terms`; the last element is their count.
  var starts: [Int]
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
    let deployments = scenario.deployments.count
    self.terms = (0..<deployments).flatMap { d in terms.filter { $0.deployment == d } }
    var starts = [0]
    for d in 0..<deployments { starts.append(starts[d] + terms.count { $0.deployment == d }) }
    self.starts = starts
    self.cpuSeconds = cpu
    self.deploymentCount = deployments
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
    for d in 0..<deploymentCount {
      var requests = 0.0
      var prompt = 0.0
      var output = 0.0
      for term in terms[starts[d]..<starts[d + 1]] {
        let rate = rates[term.surface]
        requests += rate * term.requests
        prompt += rate * term.promptTokens
        output += rate * term.outputTokens
      }
      split.deployments[d] =
        requests > 0
        ? Workload(
          requestsPerSecond: requests, promptTokens: prompt / requests,
          outputTokens: output / requests)
        : Workload.none
    }
    var cpu = 0.0
    for (rate, seconds) in zip(rates, cpuSeconds) { cpu += rate * seconds }
    split.cpuSecondsPerSecond = cpu
  }
}
