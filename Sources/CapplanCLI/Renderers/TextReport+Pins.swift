import PlannerCore

extension TextReport {
  /// Lines under the sizing table naming what the scenario pinned and which deployments are
  /// offered more than their slots carry; empty when there is neither.
  static func pinsAndOverloads(_ report: Report) -> String {
    let batches = report.deployments.filter { $0.batchLimit == "pinned" }
      .map { "'\($0.name)' (\($0.batch))" }
    let replicas = report.deployments.filter(\.replicasPinned)
      .map { "'\($0.name)' (\(Format.grouped(Double($0.replicas), 0)))" }
    var parts: [String] = []
    if !batches.isEmpty { parts.append("batch of " + batches.joined(separator: ", ")) }
    if !replicas.isEmpty { parts.append("replicas of " + replicas.joined(separator: ", ")) }
    var text = ""
    if !parts.isEmpty {
      text +=
        wrap("pinned in the scenario: " + parts.joined(separator: "; "), width: 100, indent: "  ")
        + "\n"
    }
    text += operatingNotes(report)
    for d in report.deployments where d.unstable {
      text +=
        wrap(
          "unstable: '\(d.name)' is offered \(Format.fixed(d.slotUtilization, 2)) × its slots' capacity; its queue grows while the peak lasts and its TTFT checks fail",
          width: 100, indent: "  ") + "\n"
    }
    return text
  }
}

extension TextReport {
  /// The TP column: `4`, or `4×2` with two pipeline stages, `*` when the planner chose it.
  static func parallelism(_ d: DeploymentReport) -> String {
    let stages = d.pipelineParallel ?? 1
    let split = stages > 1 ? "\(d.tensorParallel)×\(stages)" : "\(d.tensorParallel)"
    return split + (d.parallelismChosen == true ? "*" : "")
  }

  /// What the planner chose and how the deployments are operated: chosen parallelism, spare
  /// replicas, power caps.
  static func operatingNotes(_ report: Report) -> String {
    var text = ""
    let chosen = report.deployments.filter { $0.parallelismChosen == true }
      .map { "'\($0.name)' TP \($0.tensorParallel)" }
    if !chosen.isEmpty {
      text +=
        wrap(
          "* parallelism chosen by the planner (the fewest GPUs for the load, then the fewest watts): "
            + chosen.joined(separator: ", "), width: 100, indent: "  ") + "\n"
    }
    let spares = report.deployments.compactMap { d in
      (d.spareReplicas ?? 0) > 0 ? "'\(d.name)' +\(d.spareReplicas ?? 0)" : nil
    }
    if !spares.isEmpty {
      text +=
        wrap(
          "spare replicas at idle, counted in GPUs: " + spares.joined(separator: ", "),
          width: 100, indent: "  ") + "\n"
    }
    let caps = report.deployments.compactMap { d in
      d.powerCapWatts.map { "'\(d.name)' \(Format.grouped($0, 0)) W" }
    }
    if !caps.isEmpty {
      text +=
        wrap(
          "operated at a GPU power cap: " + caps.joined(separator: ", "), width: 100, indent: "  ")
        + "\n"
    }
    return text
  }
}
