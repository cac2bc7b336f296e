// How each kind of catalog entry is read from a scenario, field by field. A scenario's entry
// names the source of its figures in `source`; without one it is marked as the scenario's own.

extension GPUSpec: CatalogEntry {
  static let kindName = "GPU"
  static func entries(in catalog: Catalog) -> [GPUSpec] { catalog.gpus }
  static func replace(_ entries: [GPUSpec], in catalog: inout Catalog) { catalog.gpus = entries }

  static func decode(_ object: ObjectReader, base: GPUSpec?) -> GPUSpec? {
    let field = FieldReader(object, hasBase: base != nil)
    let id = object.string("id") ?? base?.id
    let name = object.string("name") ?? base?.name ?? id
    let tdp = field.number("tdpWatts", .positive, base?.tdpWatts)
    let idle = field.number("idleWatts", .positive, base?.idleWatts)
    let minLimit =
      object.number("minPowerLimitWatts", .positive) ?? base?.minPowerLimitWatts
      ?? idle.map { $0 * 2 }
    let memory = field.number("memoryGB", .positive, base?.memoryGB)
    let bandwidth = field.number("memoryBandwidthTBps", .positive, base?.memoryBandwidthTBps)
    let rates: PrecisionRates? =
      object.object("denseTFLOPS", required: base == nil).map { rates in
        defer { rates.finish() }
        let old = base?.denseTFLOPS
        let bf16 = FieldReader(rates, hasBase: old != nil).number("bf16", .positive, old?.bf16)
        return PrecisionRates(
          bf16: bf16 ?? 0,
          fp8: rates.has("fp8") ? rates.number("fp8", .positive) : old?.fp8,
          int8: rates.has("int8") ? rates.number("int8", .positive) : old?.int8,
          fp4: rates.has("fp4") ? rates.number("fp4", .positive) : old?.fp4)
      } ?? base?.denseTFLOPS
    let interconnect =
      object.number("interconnectGBps", .positive) ?? base?.interconnectGBps ?? 32
    let curve =
      object.object("powerCurve").map { decodePowerCurve($0, base: base?.powerCurve) }
      ?? base?.powerCurve ?? .default
    let source =
      object.string("source")
      ?? (base.map { "\($0.source); overridden in the scenario" } ?? "scenario")
    guard let id, let name, let tdp, let idle, let minLimit, let memory, let bandwidth, let rates
    else { return nil }
    if idle >= tdp {
      object.context.error(
        object.path.appending("idleWatts"), at: object.location(of: "idleWatts"),
        "idle power \(Format.plain(idle)) W is not below the board limit \(Format.plain(tdp)) W")
    }
    return GPUSpec(
      id: id, name: name, tdpWatts: tdp, idleWatts: idle, minPowerLimitWatts: minLimit,
      memoryGB: memory,
      memoryBandwidthTBps: bandwidth, denseTFLOPS: rates, interconnectGBps: interconnect,
      powerCurve: curve, source: source)
  }

  /// A GPU's power curve, each field defaulting to the base entry's (or the modelled curve).
  static func decodePowerCurve(_ object: ObjectReader, base: GPUPowerCurve?) -> GPUPowerCurve {
    defer { object.finish() }
    let old = base ?? .default
    let floor = object.number("decodeFloor", .fraction) ?? old.decodeFloor
    let ceiling = object.number("decodeCeiling", .positiveFraction) ?? old.decodeCeiling
    if floor > ceiling {
      object.context.error(
        object.path.appending("decodeFloor"), at: object.location(of: "decodeFloor"),
        "decode floor \(Format.plain(floor)) is above the decode ceiling \(Format.plain(ceiling))")
    }
    return GPUPowerCurve(
      decodeFloor: floor,
      decodeBatchScale: object.number("decodeBatchScale", .positive) ?? old.decodeBatchScale,
      decodeBatchExponent: object.number("decodeBatchExponent", .positive)
        ?? old.decodeBatchExponent,
      decodeCeiling: ceiling)
  }
}

extension SystemSpec: CatalogEntry {
  static let kindName = "system"
  static func entries(in catalog: Catalog) -> [SystemSpec] { catalog.systems }
  static func replace(_ entries: [SystemSpec], in catalog: inout Catalog) {
    catalog.systems = entries
  }

  static func decode(_ object: ObjectReader, base: SystemSpec?) -> SystemSpec? {
    let field = FieldReader(object, hasBase: base != nil)
    let id = object.string("id") ?? base?.id
    let name = object.string("name") ?? base?.name ?? id
    let gpu = field.string("gpu", base?.gpu)
    let perNode = field.integer("gpusPerNode", minimum: 1, base?.gpusPerNode)
    let nameplate = field.number("nameplateKW", .positive, base?.nameplateKW)
    let hostIdle = field.number("hostIdleWatts", .nonNegative, base?.hostIdleWatts)
    let hostPeak = field.number("hostPeakWatts", .nonNegative, base?.hostPeakWatts)
    let psu = object.number("psuEfficiency", .positiveFraction) ?? base?.psuEfficiency ?? 0.94
    let perRack =
      object.integer("defaultNodesPerRack", minimum: 1) ?? base?.defaultNodesPerRack ?? 4
    let fixed =
      object.has("fixedNodesPerRack")
      ? object.integer("fixedNodesPerRack", minimum: 1) : base?.fixedNodesPerRack
    let overhead = object.number("rackOverheadKW", .nonNegative) ?? base?.rackOverheadKW ?? 0
    let (cooling, liquid) = decodeCooling(object, base: base)
    let domain =
      object.has("nvlinkDomainGPUs")
      ? object.integer("nvlinkDomainGPUs", minimum: 1) : base?.nvlinkDomainGPUs
    let network = object.number("networkGBpsPerGPU", .positive) ?? base?.networkGBpsPerGPU ?? 50
    let source =
      object.string("source")
      ?? (base.map { "\($0.source); overridden in the scenario" } ?? "scenario")
    guard let id, let name, let gpu, let perNode, let nameplate, let hostIdle, let hostPeak else {
      return nil
    }
    let supplies = decodeSupplies(object, base: base, nameplateKW: nameplate)
    var system = SystemSpec(
      id: id, name: name, gpu: gpu, gpusPerNode: perNode, nameplateKW: nameplate,
      hostIdleWatts: hostIdle,
      hostPeakWatts: hostPeak, psuEfficiency: psu, defaultNodesPerRack: perRack,
      fixedNodesPerRack: fixed,
      rackOverheadKW: overhead, liquidCooledFraction: liquid, cooling: cooling,
      powerSupplies: supplies, nvlinkDomainGPUs: domain, source: source)
    system.networkGBpsPerGPU = network
    return system
  }

  /// `cooling` and `liquidCooledFraction`: either alone implies the other (air 0, liquid 1,
  /// hybrid keeps the base's share); given together they must agree.
  static func decodeCooling(_ object: ObjectReader, base: SystemSpec?) -> (CoolingKind, Double) {
    let kind = object.choice("cooling", as: CoolingKind.self)
    let fraction = object.number("liquidCooledFraction", .fraction)
    switch (kind, fraction) {
    case (nil, nil):
      return (base?.cooling ?? .air, base?.liquidCooledFraction ?? 0)
    case (nil, let f?):
      return (.implied(byLiquidFraction: f), f)
    case (let k?, nil):
      switch k {
      case .air: return (k, 0)
      case .liquid: return (k, 1)
      case .hybrid:
        if let base, base.cooling == .hybrid { return (k, base.liquidCooledFraction) }
        object.context.error(
          object.path.appending("liquidCooledFraction"), at: object.location(of: "cooling"),
          "missing required key 'liquidCooledFraction'",
          hint: "a hybrid system sends a share of its node heat to liquid; give it (0.85 = 85 %)")
        return (k, 0.5)
      }
    case (let k?, let f?):
      if CoolingKind.implied(byLiquidFraction: f) != k {
        object.context.error(
          object.path.appending("liquidCooledFraction"),
          at: object.location(of: "liquidCooledFraction"),
          "a liquid share of \(Format.plain(f)) does not fit cooling '\(k.rawValue)'",
          hint: "air takes 0, liquid 1, hybrid a share between them")
      }
      return (k, f)
    }
  }

  /// The node's power supplies, each field defaulting to the base's (a new entry: 1+1 supplies
  /// each able to carry the nameplate).
  static func decodeSupplies(_ object: ObjectReader, base: SystemSpec?, nameplateKW: Double)
    -> PowerSupplies
  {
    let old = base?.powerSupplies ?? .onePlusOne(nameplateKW: nameplateKW)
    let count = object.integer("psuCount", minimum: 1) ?? old.count
    let rating = object.number("psuRatingWatts", .positive) ?? old.ratingWatts
    let redundant = object.integer("psuRedundant", minimum: 0) ?? min(old.redundant, count - 1)
    let onA =
      object.integer("psusOnFeedA", minimum: 0)
      ?? (object.has("psuCount") ? (count + 1) / 2 : min(old.onFeedA, count))
    if redundant >= count {
      object.context.error(
        object.path.appending("psuRedundant"), at: object.location(of: "psuRedundant"),
        "\(redundant) redundant supplies of \(count) leave none to carry the node",
        hint: "N+M: psuRedundant is M, below psuCount")
    }
    if onA > count {
      object.context.error(
        object.path.appending("psusOnFeedA"), at: object.location(of: "psusOnFeedA"),
        "\(onA) supplies on feed A of \(count)", hint: "at most psuCount; the rest are on feed B")
    }
    return PowerSupplies(count: count, ratingWatts: rating, redundant: redundant, onFeedA: onA)
  }
}

extension SystemSpec {
  /// The system's GPU is a GPU of the catalog, and its nameplate holds its GPUs at their
  /// board limit (a nameplate below that is a unit mistake: kW for W).
  static func checkAgainst(_ catalog: Catalog, entry: SystemSpec, object: ObjectReader) {
    guard let gpu = catalog.gpu(entry.gpu) else {
      let ids = catalog.gpus.map(\.id)
      var hint =
        Suggestion.didYouMean(entry.gpu, among: ids) ?? "known GPUs: \(ids.joined(separator: ", "))"
      if let other = CatalogDecoder.otherKind(of: entry.gpu, in: catalog, than: GPUSpec.kindName) {
        hint = "'\(entry.gpu)' is \(other); 'gpu' names a GPU; " + hint
      }
      object.context.error(
        object.path.appending("gpu"), at: object.value("gpu")?.location ?? object.location,
        "unknown GPU '\(entry.gpu)'", hint: hint)
      return
    }
    checkNameplate(
      entry, gpu: gpu, path: object.path, at: object.location(of: "nameplateKW"),
      context: object.context)
  }

  /// A nameplate below the system's GPUs at their board limit is refused.
  static func checkNameplate(
    _ system: SystemSpec, gpu: GPUSpec, path: JSONPath, at location: SourceLocation?,
    context: DecodingContext
  ) {
    let gpusKW = Double(system.gpusPerNode) * gpu.tdpWatts / 1000
    guard system.nameplateKW < gpusKW else { return }
    context.error(
      path.appending("nameplateKW"), at: location,
      "nameplate \(Format.plain(system.nameplateKW)) kW is below the \(Format.plain(gpusKW)) kW of its \(system.gpusPerNode) × \(gpu.id) at \(Format.plain(gpu.tdpWatts)) W",
      hint: "the nameplate is the node's maximum draw in kW: GPUs, host and fans")
  }
}

extension ModelSpec: CatalogEntry {
  static let kindName = "model"
  static func entries(in catalog: Catalog) -> [ModelSpec] { catalog.models }
  static func replace(_ entries: [ModelSpec], in catalog: inout Catalog) {
    catalog.models = entries
  }

  static func decode(_ object: ObjectReader, base: ModelSpec?) -> ModelSpec? {
    let field = FieldReader(object, hasBase: base != nil)
    let id = object.string("id") ?? base?.id
    let name = object.string("name") ?? base?.name ?? id
    let role = object.choice("role", as: Role.self) ?? base?.role ?? .generative
    let params = field.number("parametersB", .positive, base?.parametersB)
    let active = object.number("activeParametersB", .positive) ?? base?.activeParametersB ?? params
    let layers = field.integer("layers", minimum: 1, base?.layers)
    let hidden = field.integer("hiddenSize", minimum: 1, base?.hiddenSize)
    let heads = field.integer("attentionHeads", minimum: 1, base?.attentionHeads)
    let kvHeads = field.integer("kvHeads", minimum: 1, base?.kvHeads)
    let headDim =
      object.integer("headDim", minimum: 1) ?? base?.headDim
      ?? hidden.flatMap { h in heads.map { h / $0 } }
    let experts = object.integer("experts", minimum: 1) ?? base?.experts ?? 1
    let perToken = object.integer("expertsPerToken", minimum: 1) ?? base?.expertsPerToken ?? 1
    let context = field.integer("maxContextTokens", minimum: 1, base?.maxContextTokens)
    let expertParams =
      object.has("expertParametersB")
      ? object.number("expertParametersB", .positive) : base?.expertParametersB
    let expertPrecision =
      object.has("expertPrecision")
      ? object.choice("expertPrecision", as: Precision.self) : base?.expertPrecision
    let latent =
      object.object("latentAttention").map {
        decodeLatentAttention($0, base: base?.latentAttention)
      }
      ?? base?.latentAttention
    let source =
      object.string("source")
      ?? (base.map { "\($0.source); overridden in the scenario" } ?? "scenario")
    guard let id, let name, let params, let active, let layers, let hidden, let heads, let kvHeads,
      let headDim, let context
    else { return nil }
    if active > params {
      object.context.error(
        object.path.appending("activeParametersB"), at: object.location(of: "activeParametersB"),
        "active parameters \(Format.plain(active))B exceed the total \(Format.plain(params))B")
    }
    if perToken > experts {
      object.context.error(
        object.path.appending("expertsPerToken"), at: object.location(of: "expertsPerToken"),
        "\(perToken) experts per token of \(experts) experts")
    }
    if let expertParams, expertParams > params {
      object.context.error(
        object.path.appending("expertParametersB"), at: object.location(of: "expertParametersB"),
        "expert parameters \(Format.plain(expertParams))B exceed the total \(Format.plain(params))B"
      )
    }
    return ModelSpec(
      id: id, name: name, role: role, parametersB: params, activeParametersB: active,
      layers: layers,
      hiddenSize: hidden, attentionHeads: heads, kvHeads: kvHeads, headDim: headDim,
      experts: experts,
      expertsPerToken: perToken, maxContextTokens: context, expertParametersB: expertParams,
      expertPrecision: expertPrecision, latentAttention: latent, source: source)
  }

  /// `latentAttention`: both widths, each defaulting to the base entry's where it has one.
  static func decodeLatentAttention(_ object: ObjectReader, base: LatentAttention?)
    -> LatentAttention?
  {
    defer { object.finish() }
    let field = FieldReader(object, hasBase: base != nil)
    guard let rank = field.integer("kvLoraRank", minimum: 1, base?.kvLoraRank),
      let rope = field.integer("ropeHeadDim", minimum: 0, base?.ropeHeadDim)
    else { return nil }
    return LatentAttention(kvLoraRank: rank, ropeHeadDim: rope)
  }
}
