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
            outputTokens: w.outputTokensPerSecond))
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

  /// The split of `rates` (one per surface, in scenario order): one slot of
  /// `split(slots:rates:)`.
  public func split(_ rates: [Double]) -> WorkloadSplit {
    let one = split(slots: 1, rates: rates)
    return WorkloadSplit(
      deployments: one.deployments.map { $0[0] }, cpuSecondsPerSecond: one.cpuSecondsPerSecond[0])
  }

  /// The splits of `slots` slots at once: `rates` holds each surface's rates, slot by slot, one
  /// surface after the other in scenario order (`rates[s * slots + k]`). Deployment `d`'s
  /// workload in slot `k` is `deployments[d][k]`, the CPU pool's CPU-seconds per second
  /// `cpuSecondsPerSecond[k]`. A term is applied to every slot in one pass: each slot's sums
  /// add the deployment's terms in the streams' order, from zero.
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
