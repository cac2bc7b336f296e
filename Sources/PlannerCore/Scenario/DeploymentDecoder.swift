/// Decodes `deployments[]`, resolving model, GPU and system against the catalog.
enum DeploymentDecoder {
  static func decode(
    _ elements: [(value: JSONValue, path: JSONPath)], catalog: Catalog, context: DecodingContext
  ) -> [Deployment] {
    elements.compactMap { element in
      ObjectReader(element.value, path: element.path, context: context).flatMap {
        decodeDeployment($0, catalog: catalog)
      }
    }
  }

  static func decodeDeployment(_ object: ObjectReader, catalog: Catalog) -> Deployment? {
    defer { object.finish() }
    let context = object.context
    let name = object.string("name", required: true)
    let model = object.value("model", required: true).flatMap {
      CatalogDecoder.reference(
        $0, path: object.path.appending("model"), in: catalog, as: ModelSpec.self, context: context)
    }
    let (system, gpu) = resolveHardware(object, catalog: catalog)
    let precision = object.choice("precision", as: Precision.self) ?? .bf16
    let kvPrecision = object.choice("kvPrecision", as: Precision.self) ?? precision
    let expertPrecision = object.choice("expertPrecision", as: Precision.self)
    let tensorParallel = object.integer("tensorParallel", minimum: 1)
    let slo = object.object("slo").map(decodeSLO) ?? ServiceLevel()
    let engine =
      object.object("engine").map { decodeEngine($0, precision: precision) }
      ?? .calibrated(.vllm, precision: precision)
    let pinnedBatch = object.integer("batch", minimum: 1)
    let pinnedReplicas = object.integer("replicas", minimum: 1)
    let profile = MeasuredProfileDecoder.decode(object, model: model, gpu: gpu)
    let powerCap = gpu.flatMap { decodePowerCap(object, gpu: $0) }
    let warm = object.object("scaleDownIdle").map { idle -> Int in
      defer { idle.finish() }
      return idle.integer("warmReplicas", minimum: 0) ?? 1
    }

    guard let name, let model, let system, let gpu else { return nil }
    if gpu.denseTFLOPS.rate(for: precision) == nil {
      context.error(
        object.path.appending("precision"),
        at: object.value("precision")?.location ?? object.location,
        "\(gpu.name) has no \(precision.rawValue) tensor rate",
        hint:
          "use a precision the GPU supports, such as bf16\(gpu.denseTFLOPS.fp8 != nil ? " or fp8" : "")"
      )
    }
    var deployment = Deployment(
      name: name, model: model, system: system, gpu: gpu, weightPrecision: precision,
      kvPrecision: kvPrecision, tensorParallel: tensorParallel ?? 1, slo: slo, engine: engine)
    decodeParallelism(object, into: &deployment, tensorParallelGiven: tensorParallel != nil)
    decodeSpares(object, into: &deployment)
    if pinnedBatch != nil && model.role != .generative {
      context.error(
        object.path.appending("batch"), at: object.value("batch")?.location,
        "'\(name)' serves \(model.id), a \(model.role.rawValue) model: its batch is the prompts that fit engine.maxBatchTokens",
        hint:
          "pin 'batch' on generative models only; set engine.maxBatchTokens or pin 'replicas' here")
    }
    deployment.expertPrecision = expertPrecision
    deployment.pinnedBatch = pinnedBatch
    deployment.pinnedReplicas = pinnedReplicas
    deployment.profile = profile
    deployment.powerCapWatts = powerCap
    // a measured profile is per GPU of the parallelism it was measured at: never re-chosen
    if profile != nil { deployment.parallelismChosen = false }
    deployment.warmReplicas = warm
    return deployment
  }

  /// `system` (its GPU comes with it), or `gpu` (the catalog's first system carrying it), or
  /// both when they agree.
  private static func resolveHardware(_ object: ObjectReader, catalog: Catalog) -> (
    SystemSpec?, GPUSpec?
  ) {
    let context = object.context
    let gpu = object.value("gpu").flatMap {
      CatalogDecoder.reference(
        $0, path: object.path.appending("gpu"), in: catalog, as: GPUSpec.self, context: context)
    }
    let system = object.value("system").flatMap {
      CatalogDecoder.reference(
        $0, path: object.path.appending("system"), in: catalog, as: SystemSpec.self,
        context: context)
    }
    switch (system, gpu) {
    case (nil, nil):
      if !object.has("gpu") && !object.has("system") {
        context.error(
          object.path.appending("gpu"), at: object.location, "missing required key 'gpu'",
          hint: "name a GPU (such as 'h100-sxm') or a system (such as 'dgx-h100')")
      }
      return (nil, nil)
    case (let system?, let gpu?):
      checkInlineNameplate(object, system: system, gpu: gpu)
      if system.gpu != gpu.id {
        context.error(
          object.path.appending("gpu"), at: object.value("gpu")?.location,
          "'\(gpu.id)' is not the GPU of system '\(system.id)' ('\(system.gpu)')",
          hint: "drop 'gpu' or name a system that carries it")
      }
      return (system, gpu)
    case (let system?, nil):
      if object.has("gpu") { return (system, nil) }
      guard let gpu = catalog.gpu(system.gpu) else {
        context.error(
          object.path.appending("system"), at: object.value("system")?.location,
          "system '\(system.id)' names unknown GPU '\(system.gpu)'")
        return (system, nil)
      }
      checkInlineNameplate(object, system: system, gpu: gpu)
      return (system, gpu)
    case (nil, let gpu?):
      if object.has("system") { return (nil, gpu) }
      guard let system = catalog.defaultSystem(forGPU: gpu.id) else {
        context.error(
          object.path.appending("gpu"), at: object.value("gpu")?.location,
          "no system in the catalog carries '\(gpu.id)'",
          hint: "add one under catalog.systems and name it with 'system'")
        return (nil, gpu)
      }
      checkInlineNameplate(object, system: system, gpu: gpu)
      return (system, gpu)
    }
  }

  /// The operating power cap: `powerCapWatts` within the board's settable range
  /// (`minPowerLimitWatts` … `tdpWatts`), or `powerCapFraction` of the TDP (0…1, the result in
  /// the same range); not both.
  static func decodePowerCap(_ object: ObjectReader, gpu: GPUSpec) -> Double? {
    let context = object.context
    let watts = object.number("powerCapWatts", .positive)
    let fraction = object.number("powerCapFraction", .positiveFraction)
    let range =
      "\(Format.plain(gpu.minPowerLimitWatts))…\(Format.plain(gpu.tdpWatts)) W"
    if watts != nil && fraction != nil {
      context.error(
        object.path.appending("powerCapFraction"), at: object.location(of: "powerCapFraction"),
        "'powerCapFraction' given with 'powerCapWatts'", hint: "give one of the two")
      return nil
    }
    guard let cap = watts ?? fraction.map({ $0 * gpu.tdpWatts }) else { return nil }
    let key = watts != nil ? "powerCapWatts" : "powerCapFraction"
    guard cap >= gpu.minPowerLimitWatts - 1e-9 && cap <= gpu.tdpWatts + 1e-9 else {
      context.error(
        object.path.appending(key), at: object.location(of: key),
        "a cap of \(Format.plain(cap)) W is outside \(gpu.id)'s settable range \(range)",
        hint: "nvidia-smi -pl accepts \(range)")
      return nil
    }
    return PowerCap.settable(cap, on: gpu)
  }

  /// A system or GPU overridden inline (`{"id": …, "nameplateKW": …}`) still has a nameplate
  /// that holds its GPUs; catalog entries are checked where they are declared.
  private static func checkInlineNameplate(
    _ object: ObjectReader, system: SystemSpec, gpu: GPUSpec
  ) {
    let inline = ["system", "gpu"].contains { key in
      if case .object? = object.value(key)?.kind { return true }
      return false
    }
    guard inline, system.gpu == gpu.id else { return }
    SystemSpec.checkNameplate(
      system, gpu: gpu, path: object.path.appending("system"),
      at: object.value("system")?.location ?? object.location, context: object.context)
  }

  static func decodeSLO(_ object: ObjectReader) -> ServiceLevel {
    defer { object.finish() }
    return ServiceLevel(
      ttftP95Ms: object.number("ttftP95Ms", .positive),
      ttftP99Ms: object.number("ttftP99Ms", .positive),
      tpotMs: object.number("tpotMs", .positive))
  }

  /// The engine: the calibrated defaults of its `kind` for the weights' precision, each factor
  /// given in the scenario taking their place.
  static func decodeEngine(_ object: ObjectReader, precision: Precision) -> Engine {
    defer { object.finish() }
    let kind = object.choice("kind", as: Engine.Kind.self) ?? .vllm
    let base = Engine.calibrated(kind, precision: precision)
    return Engine(
      kind: kind,
      memoryEfficiency: object.number("memoryEfficiency", .positiveFraction)
        ?? base.memoryEfficiency,
      computeEfficiency: object.number("computeEfficiency", .positiveFraction)
        ?? base.computeEfficiency,
      prefillEfficiency: object.number("prefillEfficiency", .positiveFraction)
        ?? base.prefillEfficiency,
      stepOverheadMs: object.number("stepOverheadMs", .nonNegative) ?? base.stepOverheadMs,
      sequenceOverheadMicroseconds: object.number("sequenceOverheadMicroseconds", .nonNegative)
        ?? base.sequenceOverheadMicroseconds,
      allReduceMicroseconds: object.number("allReduceMicroseconds", .nonNegative)
        ?? base.allReduceMicroseconds,
      interconnectEfficiency: object.number("interconnectEfficiency", .positiveFraction)
        ?? base.interconnectEfficiency,
      memoryUtilization: object.number("memoryUtilization", .positiveFraction)
        ?? base.memoryUtilization,
      maxBatch: object.integer("maxBatch", minimum: 1) ?? base.maxBatch,
      targetUtilization: object.number("targetUtilization", .positiveFraction)
        ?? base.targetUtilization,
      kvHeadroom: object.number("kvHeadroom", .fraction) ?? base.kvHeadroom,
      expertGEMMEfficiency: object.number("expertGEMMEfficiency", .positiveFraction)
        ?? base.expertGEMMEfficiency,
      maxBatchTokens: object.integer("maxBatchTokens", minimum: 1) ?? base.maxBatchTokens)
  }
}
