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
      split.deployments[d] = Self.workload(requests: requests, prompt: prompt, output: output)
    }
    var cpu = 0.0
    for (rate, seconds) in zip(rates, cpuSeconds) { cpu += rate * seconds }
    split.cpuSecondsPerSecond = cpu
  }

  /// The splits of `slots` slots at once: `rates` holds each surface's rates, slot by slot, one
  /// surface after the other in scenario order (`rates[s * slots + k]`). Deployment `d`'s
  /// workload in slot `k` is `deployments[d][k]`, the CPU pool's CPU-seconds per second
  /// `cpuSecondsPerSecond[k]`. A term is applied to every slot in one pass, and each slot's
  /// sums add the same terms in the same order as `split(_:into:)`, so the figures are the
  /// same to the last bit.
  public func split(slots: Int, rates: [Double]) -> (
    deployments: [[Workload]], cpuSecondsPerSecond: [Double]
  ) {
    precondition(rates.count == slots * cpuSeconds.count)
    var requests = Array(repeating: 0.0, count: slots)
    var prompt = requests
    var output = requests
    var cpu = requests
    return rates.withUnsafeBufferPointer { rates in
      // each term adds rate × coefficient to every slot's sum
      func add(
        _ sums: inout [Double], _ surface: Int, _ coefficient: Double
      ) {
        let row = UnsafeBufferPointer(rebasing: rates[surface * slots..<(surface + 1) * slots])
        sums.withUnsafeMutableBufferPointer { sums in
          for k in 0..<slots { sums[k] += row[k] * coefficient }
        }
      }
      let deployments = (0..<deploymentCount).map { d in
        for k in 0..<slots {
          requests[k] = 0
          prompt[k] = 0
          output[k] = 0
        }
        for term in terms[starts[d]..<starts[d + 1]] {
          add(&requests, term.surface, term.requests)
          add(&prompt, term.surface, term.promptTokens)
          add(&output, term.surface, term.outputTokens)
        }
        return (0..<slots).map { k in
          Self.workload(requests: requests[k], prompt: prompt[k], output: output[k])
        }
      }
      for (surface, seconds) in cpuSeconds.enumerated() { add(&cpu, surface, seconds) }
      return (deployments, cpu)
    }
  }

  /// A deployment's workload from its summed terms: the mean prompt and output are the sums
  /// over the requests.
  private static func workload(requests: Double, prompt: Double, output: Double) -> Workload {
    requests > 0
      ? Workload(
        requestsPerSecond: requests, promptTokens: prompt / requests,
        outputTokens: output / requests)
      : Workload.none
  }
}
