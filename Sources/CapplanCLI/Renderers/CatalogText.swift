import PlannerCore

/// The catalog as tables, or as JSON.
enum CatalogText {
  static func render(_ catalog: Catalog, kinds: [String]) -> String {
    var parts: [String] = []
    if kinds.contains("gpus") {
      var table = TextTable([
        ("id", .left), ("TDP W", .right), ("idle W", .right), ("memory GB", .right),
        ("TB/s", .right),
        ("bf16", .right), ("fp8", .right), ("fp4", .right),
      ])
      for g in catalog.gpus {
        table.add([
          g.id, Format.plain(g.tdpWatts), Format.plain(g.idleWatts), Format.plain(g.memoryGB),
          Format.plain(g.memoryBandwidthTBps), Format.plain(g.denseTFLOPS.bf16),
          g.denseTFLOPS.fp8.map(Format.plain) ?? "-", g.denseTFLOPS.fp4.map(Format.plain) ?? "-",
        ])
      }
      parts.append(
        "GPUs (dense TFLOPS per precision)\n" + table.rendered
          + sources(catalog.gpus.map { ($0.id, $0.source) }))
    }
    if kinds.contains("systems") {
      var table = TextTable([
        ("id", .left), ("GPU", .left), ("GPUs", .right), ("nameplate kW", .right),
        ("host idle W", .right),
        ("host peak W", .right), ("PSU eff", .right), ("per rack", .right),
      ])
      for s in catalog.systems {
        table.add([
          s.id, s.gpu, "\(s.gpusPerNode)", Format.plain(s.nameplateKW),
          Format.plain(s.hostIdleWatts),
          Format.plain(s.hostPeakWatts), Format.plain(s.psuEfficiency),
          "\(s.fixedNodesPerRack ?? s.defaultNodesPerRack)",
        ])
      }
      parts.append(
        "Systems (one node each)\n" + table.rendered
          + sources(catalog.systems.map { ($0.id, $0.source) }))
      parts.append(suppliesAndCooling(catalog.systems))
    }
    if kinds.contains("models") {
      var table = TextTable([
        ("id", .left), ("role", .left), ("params B", .right), ("active B", .right),
        ("layers", .right),
        ("hidden", .right), ("heads", .right), ("kv heads", .right), ("context", .right),
      ])
      for m in catalog.models {
        table.add([
          m.id, m.role.rawValue, Format.plain(m.parametersB), Format.plain(m.activeParametersB),
          "\(m.layers)",
          "\(m.hiddenSize)", "\(m.attentionHeads)", "\(m.kvHeads)",
          Format.grouped(Double(m.maxContextTokens), 0),
        ])
      }
      parts.append("Models\n" + table.rendered + sources(catalog.models.map { ($0.id, $0.source) }))
    }
    return parts.joined(separator: "\n")
  }

  /// Power supplies (count × rating, N+M, split over the feeds, what one side carries) and
  /// cooling kind of each system.
  private static func suppliesAndCooling(_ systems: [SystemSpec]) -> String {
    var table = TextTable([
      ("id", .left), ("supplies", .left), ("N+M", .left), ("A / B", .left),
      ("one feed kW", .right), ("one feed", .left), ("cooling", .left), ("to liquid", .right),
    ])
    for s in systems {
      let psu = s.powerSupplies
      table.add([
        s.id, "\(psu.count) × \(Format.plain(psu.ratingWatts / 1000)) kW",
        "\(psu.required)+\(psu.redundant)", "\(psu.onFeedA) / \(psu.onFeedB)",
        Format.plain(psu.oneSideKW), psu.brakesOnFeedLoss ? "braked" : "full",
        s.cooling.rawValue, Format.percent(s.liquidCooledFraction, 0),
      ])
    }
    return "Systems: power supplies (rack power shelves for rack-scale systems) and cooling\n"
      + table.rendered
  }

  private static func sources(_ entries: [(String, String)]) -> String {
    "  sources:\n"
      + entries.map { wrap("\($0.0): \($0.1)", width: 100, indent: "    ") }.joined(separator: "\n")
      + "\n"
  }

  static func json(_ catalog: Catalog, kinds: [String]) throws -> String {
    struct Listing: Encodable {
      var gpus: [GPUSpec]?
      var systems: [SystemSpec]?
      var models: [ModelSpec]?
    }
    return try JSONReport.render(
      Listing(
        gpus: kinds.contains("gpus") ? catalog.gpus : nil,
        systems: kinds.contains("systems") ? catalog.systems : nil,
        models: kinds.contains("models") ? catalog.models : nil))
  }
}
