import PlannerCore

/// `capplan explain` as text: one deployment of the report, figure by figure, at most 100
/// columns. Reads only the Report.
enum ExplainText {
  static func render(_ d: DeploymentReport, of report: Report) -> String {
    [
      header(d, report), workload(d), memory(d), curve(d), batch(d), replicas(d, report),
      power(d), figures(d),
    ].joined(separator: "\n")
  }

  /// The deployments of a plan, one line each, and how to explain one.
  static func list(_ report: Report, file: String) -> String {
    var table = TextTable([
      ("path", .left), ("model", .left), ("GPU", .left), ("batch", .right),
      ("limited by", .left), ("replicas", .right), ("GPUs", .right), ("speed", .left),
    ])
    for d in report.deployments {
      table.add([
        "deployments.\(d.name)", d.model, d.gpu, "\(d.batch)", d.batchLimit,
        Format.grouped(Double(d.replicas), 0), Format.grouped(Double(d.gpus), 0),
        d.figures["tpotMs"]?.provenance ?? d.figures["prefillMs"]?.provenance ?? "-",
      ])
    }
    return "capplan explain: \(report.scenario.name)\n" + table.rendered
      + "explain one with: capplan explain \(file) deployments.NAME\n"
  }

  // MARK: - Sections

  static func header(_ d: DeploymentReport, _ report: Report) -> String {
    let kv = d.kvPrecision == d.precision ? "" : ", KV cache \(d.kvPrecision)"
    return "capplan explain: \(report.scenario.name), deployments.\(d.name)\n"
      + "  \(d.model) (\(d.precision)\(kv)) on \(d.gpu) in \(d.system) nodes, "
      + "\(count(replicaGPUs(d), "GPU")) a replica\n  parallelism: \(split(d))\n"
  }

  static func workload(_ d: DeploymentReport) -> String {
    var text = "Workload at the planning peak\n"
    text += "  \(Format.grouped(d.requestsPerSecond, 1)) requests/s of "
    guard isGenerative(d) else {
      return text + "\(Format.grouped(d.promptTokens, 0)) tokens read (prefill only)\n"
    }
    return text
      + "\(Format.grouped(d.promptTokens, 0)) prompt and \(Format.grouped(d.outputTokens, 0)) "
      + "output tokens: \(Format.grouped(d.outputTokensPerSecond, 0)) output tokens/s\n"
  }

  /// GPUs one replica spans: TP × PP.
  static func replicaGPUs(_ d: DeploymentReport) -> Int {
    d.tensorParallel * (d.pipelineParallel ?? 1)
  }

  /// `TP 4`, `TP 4 × PP 2`, with expert parallelism and whether the planner chose it.
  static func split(_ d: DeploymentReport) -> String {
    var text = "TP \(d.tensorParallel)"
    if let pp = d.pipelineParallel, pp > 1 { text += " × PP \(pp)" }
    if d.expertParallel == true { text += ", experts spread over the GPUs" }
    if d.parallelismChosen == true {
      text += ", chosen by the planner (the fewest GPUs for the load, then the fewest watts)"
    }
    return text
  }

  static func memory(_ d: DeploymentReport) -> String {
    let tp = Double(replicaGPUs(d))
    // reports written before paged memory carry no resident context: the final one
    let context = d.residentContextTokens ?? d.promptTokens + d.outputTokens
    return "Memory of one replica (\(source(d, "maxBatchByMemory")))\n"
      + "  weights \(gb(d.weightsGBPerGPU * tp)) (\(gb(d.weightsGBPerGPU)) per GPU); "
      + "\(gb(d.kvCacheGBPerReplica)) left for KV cache at "
      + "\(Format.grouped(d.kvBytesPerToken, 0)) bytes per token\n"
      + "  \(Format.grouped(Double(d.maxBatchByMemory), 0)) sequences of "
      + "\(Format.grouped(context, 0)) tokens on average (prompt + half the output) fit\n"
      + "  with headroom for their spread; the engine decodes at most "
      + "\(Format.grouped(Double(d.engineMaxBatch), 0)) at once\n"
  }

  static func curve(_ d: DeploymentReport) -> String {
    var text = "Batch/latency curve: one replica with every slot busy at each batch\n"
    guard !d.curve.isEmpty else { return text + "  none: the deployment has no traffic\n" }
    let slo = d.slo.tpotMs.map { "TPOT ≤ \(Format.plain($0))" }
    var columns: [(String, TextTable.Alignment)] = [
      ("", .left), ("batch", .right), ("TPOT ms", .right), ("TTFT ms", .right),
      ("req/s", .right), ("tok/s/replica", .right), ("tok/s/GPU", .right), ("GPU W", .right),
      ("tok/J", .right),
    ]
    if let slo, isGenerative(d) { columns.append((slo, .left)) }
    var table = TextTable(columns)
    let generates = isGenerative(d)
    for p in d.curve {
      // prefill-only models generate no tokens: their columns would only show zeros
      var row = [
        p.chosen ? ">" : "", "\(p.batch)", generates ? Format.fixed(p.tpotMs, 1) : "-",
        Format.fixed(p.ttftMs, 1), Format.grouped(p.requestsPerSecondPerReplica, 2),
        generates ? Format.grouped(p.outputTokensPerSecondPerReplica, 0) : "-",
        generates ? Format.grouped(p.outputTokensPerSecondPerGPU, 0) : "-",
        Format.fixed(p.gpuWatts, 0), generates ? Format.fixed(p.tokensPerJoule, 2) : "-",
      ]
      if let meets = p.meetsTPOT { row.append(meets ? "yes" : "no") }
      table.add(row)
    }
    if generates {
      text += "  > the chosen batch; TTFT is the prefill and one step, without queueing\n"
      text += "  TPOT, tok/s: \(source(d, "curve.tpotMs")); "
      text += "GPU W, tok/J: \(source(d, "curve.gpuWatts"))\n"
    } else {
      text += "  > the chosen batch; one request at a time, TTFT is the whole request\n"
      text += "  TTFT, req/s: \(source(d, "curve.ttftMs")); GPU W: \(source(d, "curve.gpuWatts"))\n"
    }
    return text + table.rendered + measuredPoints(d)
  }

  /// The profile's points as given, under the curve they replaced the roofline in.
  static func measuredPoints(_ d: DeploymentReport) -> String {
    guard let profile = d.profile else { return "" }
    let points = profile.map { p in
      "batch \(p.batch): \(Format.grouped(p.outputTokensPerSecondPerGPU, 0)) tok/s/GPU"
        + (p.gpuWatts.map { " at \(Format.fixed($0, 0)) W" } ?? "")
    }
    let line =
      "measured profile, linear between points, held per sequence below the first: "
      + points.joined(separator: "; ")
    return wrap(line, width: 100, indent: "  ") + "\n"
  }

  static func batch(_ d: DeploymentReport) -> String {
    let memory = Format.grouped(Double(d.maxBatchByMemory), 0)
    let tpot = "TPOT \(Format.fixed(d.tpotMs, 1)) ms"
    let reason: String
    switch d.batchLimit {
    case "tpot-slo":
      let objective = Format.plain(d.slo.tpotMs ?? 0)
      reason =
        d.tpotMs > (d.slo.tpotMs ?? .infinity)
        ? "even batch 1 misses the \(objective) ms TPOT objective (\(tpot)); the check fails"
        : "the largest batch whose \(tpot) meets the \(objective) ms objective "
          + "(memory would allow \(memory))"
    case "memory":
      reason = "the KV cache of more sequences would not fit in memory (\(tpot))"
    case "engine":
      reason = "the engine's maxBatch (\(tpot); memory would allow \(memory))"
    case "profile":
      reason = "the largest batch of the measured profile; capplan does not extrapolate (\(tpot))"
    default:
      reason =
        "a prefill-only model runs the prompts its token budget (engine.maxBatchTokens) holds in one pass, fewer where the pass would take more than half the TTFT objective"
    }
    return "Batch \(d.batch), limited by \(d.batchLimit)\n" + wrap(reason, width: 100, indent: "  ")
      + "\n"
  }

  static func replicas(_ d: DeploymentReport, _ report: Report) -> String {
    var text = "Replicas (\(source(d, "replicas")): M/M/c queue over batch slots, Erlang C)\n"
    guard d.replicas > 0 else { return text + "  none: the deployment has no traffic\n" }
    let slot =
      isGenerative(d)
      ? "\(Format.grouped(d.outputTokens, 0)) tokens × \(ms(d.tpotMs)); its prefill joins a step"
      : "one pass over \(count(d.batch, "prompt"))"
    let slots = d.replicas * d.batch
    text += "  a request holds its slot \(ms(d.serviceMs)) (\(slot))\n"
    text +=
      wrap(
        "\(Format.grouped(d.offeredLoad, 1)) slots busy on average "
          + "(\(Format.grouped(d.requestsPerSecond, 1)) req/s × \(ms(d.serviceMs))); "
          + "at the \(Format.plain(d.targetUtilization)) target: \(Format.grouped(d.slotsNeeded, 1)) slots",
        width: 100, indent: "  ") + "\n"
    let why =
      d.replicas == d.replicasForUtilization
      ? "as the target utilisation asks"
      : "raised from \(Format.grouped(Double(d.replicasForUtilization), 0)) to meet the TTFT objectives"
    text +=
      "  \(count(d.replicas, "replica")) of \(count(d.batch, "slot")) "
      + "(\(Format.grouped(Double(slots), 0)) slots, \(Format.percent(d.slotUtilization, 1)) busy), \(why)\n"
    text +=
      "  \(Format.percent(d.probabilityOfWaiting, 1)) of requests wait; queue wait p95 "
      + "\(ms(d.queueWaitP95Ms)), p99 \(ms(d.queueWaitP99Ms))\n"
    if let prefill = d.prefillWaitP95Ms, isGenerative(d) {
      text += "  wait for the replica's prefill behind other joining requests, p95 \(ms(prefill))\n"
    }
    text += "  TTFT p95 \(ms(d.ttftP95Ms))\(against(d.slo.ttftP95Ms, "ttft-p95", d, report)), "
    text += "p99 \(ms(d.ttftP99Ms))\(against(d.slo.ttftP99Ms, "ttft-p99", d, report))\n"
    return text
  }

  /// `96 replicas`, or `(96 replicas + 5 spares)`.
  static func spares(_ d: DeploymentReport) -> String {
    let k = d.spareReplicas ?? 0
    guard k > 0 else { return count(d.replicas, "replica") }
    return "(\(count(d.replicas, "replica")) + \(count(k, "spare")))"
  }

  static func power(_ d: DeploymentReport) -> String {
    var text = "GPUs and power at the planning peak\n"
    text +=
      "  \(spares(d)) × \(count(replicaGPUs(d), "GPU")) = "
      + "\(count(d.gpus, "GPU")) in \(count(d.nodes, "\(d.system) node"))\n"
    text +=
      "  \(Format.fixed(d.gpuWatts, 0)) W per active GPU (\(source(d, "gpuWatts"))); "
      + "nodes \(Format.grouped(d.nodesKW, 1)) kW (\(source(d, "nodesKW")))\n"
    if isGenerative(d) {
      text +=
        "  \(Format.grouped(d.outputTokensPerSecondPerGPU, 0)) output tokens/s per GPU, "
        + "\(Format.fixed(d.tokensPerJouleGPU, 2)) tokens/J (\(source(d, "tokensPerJouleGPU")))\n"
    }
    return text
  }

  static func figures(_ d: DeploymentReport) -> String {
    var table = TextTable([
      ("figure", .left), ("value", .right), ("boundary", .left), ("provenance", .left),
    ])
    for key in d.figures.keys.sorted() {
      guard let figure = d.figures[key] else { continue }
      table.add([key, value(key, d), figure.boundary ?? "", figure.provenance])
    }
    return "Figures: boundary and provenance (measured, calibrated or modelled)\n" + table.rendered
  }

  // MARK: - Helpers

  static func isGenerative(_ d: DeploymentReport) -> Bool { d.batchLimit != "prefill-only" }

  /// `provenance` or `boundary, provenance` of the figure at `key`.
  static func source(_ d: DeploymentReport, _ key: String) -> String {
    guard let figure = d.figures[key] else { return "-" }
    return [figure.boundary, figure.provenance].compactMap { $0 }.joined(separator: ", ")
  }

  /// The figure at `key` as shown in the figures table (a curve's figures vary by row).
  static func value(_ key: String, _ d: DeploymentReport) -> String {
    switch key {
    case "batch": return "\(d.batch)"
    case "maxBatchByMemory": return "\(d.maxBatchByMemory)"
    case "replicas": return "\(d.replicas)"
    case "tpotMs": return ms(d.tpotMs)
    case "prefillMs": return ms(d.prefillMs)
    case "serviceMs": return ms(d.serviceMs)
    case "queueWaitP95Ms": return ms(d.queueWaitP95Ms)
    case "queueWaitP99Ms": return ms(d.queueWaitP99Ms)
    case "ttftP95Ms": return ms(d.ttftP95Ms)
    case "ttftP99Ms": return ms(d.ttftP99Ms)
    case "outputTokensPerSecondPerGPU":
      return Format.grouped(d.outputTokensPerSecondPerGPU, 0) + " tok/s"
    case "gpuWatts": return Format.fixed(d.gpuWatts, 0) + " W"
    case "nodesKW": return Format.grouped(d.nodesKW, 1) + " kW"
    case "tokensPerJouleGPU": return Format.fixed(d.tokensPerJouleGPU, 2) + " tok/J"
    default: return "per row"
    }
  }

  /// ` against the objective: PASS` from the report's check, or nothing without an objective.
  static func against(
    _ objective: Double?, _ check: String, _ d: DeploymentReport, _ report: Report
  ) -> String {
    guard let objective else { return " (no objective)" }
    let status = report.checks.first { $0.name == "\(check)[\(d.name)]" }?.status.rawValue
    return " against \(ms(objective))" + (status.map { ": \($0.uppercased())" } ?? "")
  }

  static func ms(_ value: Double) -> String { Format.grouped(value, 1) + " ms" }
  static func gb(_ value: Double) -> String { Format.grouped(value, 2) + " GB" }
  static func count(_ n: Int, _ noun: String) -> String { TextReport.count(n, noun) }
}
