/// Decodes how a deployment is split over GPUs and how many spare replicas it keeps.
extension DeploymentDecoder {
  /// `tensorParallel` (or, when absent, the planner's choice), `pipelineParallel`,
  /// `pipelineMicroBatches` and `expertParallel`, checked against the system: a stage's TP
  /// GPUs divide a node or fill whole nodes of one NVLink domain.
  static func decodeParallelism(
    _ object: ObjectReader, into deployment: inout Deployment, tensorParallelGiven: Bool
  ) {
    let context = object.context
    let system = deployment.system
    let pipeline = object.integer("pipelineParallel", minimum: 1) ?? 1
    let micro = object.integer("pipelineMicroBatches", minimum: 1)
    let expert = object.bool("expertParallel") ?? false
    deployment.pipelineParallel = pipeline
    deployment.pipelineMicroBatches = micro
    deployment.expertParallel = expert
    deployment.parallelismChosen = !tensorParallelGiven
    if micro != nil && pipeline == 1 {
      context.error(
        object.path.appending("pipelineMicroBatches"),
        at: object.location(of: "pipelineMicroBatches"),
        "'pipelineMicroBatches' without pipeline stages", hint: "set pipelineParallel above 1")
    }
    if expert && deployment.model.experts <= 1 {
      context.error(
        object.path.appending("expertParallel"), at: object.location(of: "expertParallel"),
        "\(deployment.model.id) is not a mixture of experts", hint: "drop 'expertParallel'")
    }
    let tp = deployment.tensorParallel
    let perNode = system.gpusPerNode
    let domain = system.nvlinkDomain
    guard tensorParallelGiven else { return }
    if tp % perNode != 0 && perNode % tp != 0 {
      context.error(
        object.path.appending("tensorParallel"), at: object.location(of: "tensorParallel"),
        "tensorParallel \(tp) does not fit \(system.name)'s \(perNode) GPUs per node",
        hint: "use a divisor or a multiple of \(perNode)")
    } else if tp > perNode && domain > perNode && tp > domain {
      context.error(
        object.path.appending("tensorParallel"), at: object.location(of: "tensorParallel"),
        "tensorParallel \(tp) spans more than \(system.id)'s NVLink domain of \(domain) GPUs",
        hint: "keep tensorParallel within \(domain), and add pipelineParallel stages")
    }
  }

  /// `spareReplicas` (N + k) or `spareShare` (⌈N × share⌉ out for rolling upgrades); not both.
  static func decodeSpares(_ object: ObjectReader, into deployment: inout Deployment) {
    let spare = object.integer("spareReplicas", minimum: 0)
    let share = object.number("spareShare", .fraction)
    if spare != nil && share != nil {
      object.context.error(
        object.path.appending("spareShare"), at: object.location(of: "spareShare"),
        "'spareShare' given with 'spareReplicas'", hint: "give one of the two")
      return
    }
    deployment.spareReplicas = spare
    deployment.spareShare = share
  }
}
