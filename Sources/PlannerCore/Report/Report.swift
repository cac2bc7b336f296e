/// Everything a plan found, as one value: every renderer, `check` and `diff` read only this.
/// Encoded as JSON with sorted keys; every key names its unit (`itPeakKW`, `tpotMs`), every
/// watt its boundary (GPU board, node wall, IT, facility).
public struct Report: Sendable, Equatable, Codable {
  /// Version of this report's JSON form.
  public var schemaVersion: Int
  public var scenario: ScenarioInfo
  public var summary: Summary
  public var demand: [SurfaceReport]
  public var deployments: [DeploymentReport]
  public var cpuPool: CPUPoolReport
  public var racks: [RackPoolReport]
  public var power: PowerStack
  public var daily: DailyReport
  public var checks: [Check]
  /// What-if events at the planning peak and the degradation steps that contain them.
  public var events: [EventReport]
  /// The facility as a design basis: assumptions, heat, plant, power path, UPS, generator.
  public var facility: FacilityReport?
  /// The headroom thresholds the checks were judged by; absent in reports saved before it.
  public var policy: PolicyReport?
  /// The capplan version and the digests of the scenario and catalog behind the report; set
  /// by the caller that read the files (the library never knows its own release).
  public var provenance: Provenance?
  /// The horizon: start, months, install policy and totals.
  public var horizon: HorizonReport?
  /// Each month of the horizon.
  public var forecast: [ForecastMonthReport]?
  /// Every limit's first warning and failing month and its order-by month.
  public var runway: [RunwayReport]?
  /// The representative day slot by slot, per component; only when asked for
  /// (`--format csv --series slots`).
  public var slotSeries: [SlotReport]?

  public static let currentSchemaVersion = 1
}

/// What was planned.
public struct ScenarioInfo: Sendable, Equatable, Codable {
  public var name: String
  public var description: String
  /// Diurnal profile's name.
  public var profile: String
  /// Outdoor temperature of the planning peak, in °C.
  public var designAmbientC: Double
}

/// The headline figures at the planning peak (the worst five minutes of the busiest slot).
public struct Summary: Sendable, Equatable, Codable {
  /// GPUs installed (whole nodes).
  public var gpus: Int
  public var nodes: Int
  /// Racks of GPU nodes and CPU servers.
  public var racks: Int
  /// Requests per second arriving at the peak, retries included.
  public var peakRequestsPerSecond: Double
  /// Generated tokens per second at the peak.
  public var outputTokensPerSecond: Double
  /// IT power at the peak, modelled (boundary: IT).
  public var itPeakKW: Double
  /// Facility power at the peak, modelled (boundary: facility, the utility meter).
  public var facilityPeakKW: Double
  /// Facility over IT at the peak.
  public var pue: Double
  /// Generated tokens per joule of IT energy at the peak.
  public var tokensPerJoule: Double
  /// IT power with the safety margins, what the limits are checked against.
  public var itPlannedKW: Double
  /// Facility power with the margins.
  public var facilityPlannedKW: Double
  /// Rack power provisioned but not drawn at the modelled peak, in kW.
  public var strandedKW: Double
  /// The worst check: `pass`, `warn` or `fail`.
  public var status: CheckStatus
  /// Months from the start month to the first month a limit fails; null when none fails
  /// within the horizon.
  @EncodedNull public var runwayMonths: Int? = nil
  /// The limit that fails first over the horizon; null when none does.
  @EncodedNull public var firstLimitToFail: String? = nil
}

/// One surface's arrivals.
public struct SurfaceReport: Sendable, Equatable, Codable {
  public var name: String
  public var tier: String
  public var meanRequestsPerSecond: Double
  public var peakRequestsPerSecond: Double
  /// Requests reaching generation at the peak, after cache hits.
  public var generatedRequestsPerSecond: Double
  public var promptTokens: Double
  public var outputTokens: Double
  /// Prompt tokens per second at the peak, of generated requests.
  public var promptTokensPerSecond: Double
  /// Output tokens per second at the peak.
  public var outputTokensPerSecond: Double
  /// IT energy of one request at the peak, by pipeline stage.
  public var energyPerRequest: RequestEnergyReport
}

/// IT energy of one request of a surface at the planning peak, split by the stages it passes
/// through (boundary: IT; docs/model.md §6.5 states the attribution).
public struct RequestEnergyReport: Sendable, Equatable, Codable {
  /// Joules of IT energy per request: the sum of the stages.
  public var totalJ: Double
  /// In pipeline order; a generate stage has one entry per deployment of its route.
  public var stages: [StageEnergyReport]
}

/// One stage's part of a request's energy.
public struct StageEnergyReport: Sendable, Equatable, Codable {
  /// The pipeline stage (`tokenize`, `embed`, `generate`, …).
  public var stage: String
  /// `cpu`, `model` (prefill-only), `generation`, or `escalation` (a cascade's second model).
  public var kind: String
  /// `cpu pool` or the deployment's name (JSON `where`).
  public var place: String
  /// Joules of IT energy per request of the surface.
  public var joules: Double
  /// Fraction of the request's energy.
  public var share: Double

  enum CodingKeys: String, CodingKey {
    case stage, kind, joules, share
    case place = "where"
  }
}

/// One deployment as sized.
public struct DeploymentReport: Sendable, Equatable, Codable {
  public var name: String
  public var model: String
  public var system: String
  public var gpu: String
  public var precision: String
  public var kvPrecision: String
  /// Format of the routed experts' weights where it differs from `precision` (gpt-oss:
  /// `mxfp4`); absent otherwise.
  public var expertPrecision: String?
  public var tensorParallel: Int
  public var requestsPerSecond: Double
  public var promptTokens: Double
  public var outputTokens: Double
  public var batch: Int
  /// What stopped the batch growing (`tpot-slo`, `memory`, `engine`, `profile`,
  /// `prefill-only`).
  public var batchLimit: String
  public var maxBatchByMemory: Int
  public var weightsGBPerGPU: Double
  public var kvBytesPerToken: Double
  public var replicas: Int
  public var gpus: Int
  public var nodes: Int
  public var tpotMs: Double
  public var prefillMs: Double
  public var queueWaitP95Ms: Double
  public var ttftP95Ms: Double
  public var ttftP99Ms: Double
  public var slotUtilization: Double
  public var outputTokensPerSecond: Double
  public var outputTokensPerSecondPerGPU: Double
  /// Mean board power of one active GPU at the peak (boundary: GPU board).
  public var gpuWatts: Double
  /// Wall power of the deployment's nodes at the peak (boundary: node wall).
  public var nodesKW: Double
  /// Generated tokens per joule of GPU board energy.
  public var tokensPerJouleGPU: Double
  /// Whether the scenario pinned the replicas (JSON `deployments[].replicas`) instead of the
  /// planner choosing them; a pinned batch shows as `batchLimit` `pinned`.
  public var replicasPinned: Bool
  /// Whether the replicas' slots cannot carry the peak (slot utilisation ≥ 1): the queue grows
  /// while the peak lasts and the TTFT checks fail.
  public var unstable: Bool
  /// Each figure's boundary (power and energy figures) and provenance, by its key in this
  /// object (`gpuWatts`) or in a curve point (`curve.gpuWatts`).
  public var figures: [String: FigureSource]
  /// The batch/latency curve: one replica at a set of batch sizes, the chosen one marked.
  public var curve: [CurvePointReport]
  /// The latency objectives the deployment was sized against.
  public var slo: SLOReport
  /// The engine's most sequences per step (`engine.maxBatch`).
  public var engineMaxBatch: Int
  /// Memory one replica leaves for KV cache after its weights, in GB.
  public var kvCacheGBPerReplica: Double
  /// How long a request holds its batch slot: prefill and its output tokens' steps, in ms.
  public var serviceMs: Double
  /// Time to first token once a slot is free: prefill and one step, no queueing, in ms.
  public var firstTokenMs: Double
  /// Queueing before a slot frees, 99th percentile, in ms.
  public var queueWaitP99Ms: Double
  /// Slots busy on average at the peak: requests/s × slot time (Erlangs).
  public var offeredLoad: Double
  /// The engine's target slot utilisation (`engine.targetUtilization`).
  public var targetUtilization: Double
  /// Batch slots the peak needs at the target utilisation: offered load / target.
  public var slotsNeeded: Double
  /// Replicas the target utilisation alone asks for; `replicas` is more when the TTFT
  /// objectives needed more.
  public var replicasForUtilization: Int
  /// Erlang C: the share of requests that wait for a slot at the chosen replicas.
  public var probabilityOfWaiting: Double
  /// The deployment's measured profile as the scenario gives it; absent when modelled.
  public var profile: [ProfilePointReport]?
  /// Pipeline stages of a replica (TP × PP GPUs each).
  public var pipelineParallel: Int? = nil
  /// Share of each pipeline stage's time idle for want of micro-batches (0 without stages).
  public var pipelineBubble: Double? = nil
  /// Whether experts are placed whole on each GPU and reached by all-to-all.
  public var expertParallel: Bool? = nil
  /// Whether the planner chose the parallelism (the scenario left `tensorParallel` open).
  public var parallelismChosen: Bool? = nil
  /// Spare replicas kept at idle beyond `replicas` (their GPUs are in `gpus`).
  public var spareReplicas: Int? = nil
  /// The board power cap the deployment is operated at, in watts; absent when uncapped.
  public var powerCapWatts: Double? = nil
  /// Wait for the replica's prefill behind other joining requests, 95th percentile, in ms
  /// (part of `ttftP95Ms`).
  public var prefillWaitP95Ms: Double? = nil
  /// KV-cache tokens a replica holds, and the mean context a running sequence holds in it
  /// (prompt + half the output).
  public var kvCapacityTokens: Double? = nil
  public var residentContextTokens: Double? = nil
}

/// The CPU pool running tokenisation, retrieval, orchestration and logging.
public struct CPUPoolReport: Sendable, Equatable, Codable {
  public var coresBusy: Double
  public var servers: Int
  public var racks: Int
  /// Wall power at the peak (boundary: node wall).
  public var peakKW: Double
}

/// Racks of one system (or of CPU servers).
public struct RackPoolReport: Sendable, Equatable, Codable {
  public var pool: String
  public var nodes: Int
  public var nodesPerRack: Int
  public var racks: Int
  /// What limited nodes per rack (`space`, `power`, `rack-scale system`).
  public var limitedBy: String
  /// `nameplate` or `modeledPeak`.
  public var provisionBy: String
  /// kW a node is charged for in the rack budget.
  public var nodeProvisionKW: Double
  /// Modelled peak wall power of a node (mean over the pool).
  public var nodePeakKW: Double
  public var nodeNameplateKW: Double
  /// Planned power of the fullest rack, in kW.
  public var fullestRackKW: Double
  /// The kW a rack can count on (rack limit and feeds).
  public var rackBudgetKW: Double
  /// kW provisioned but never drawn at the modelled peak if the pool's nodes were charged at
  /// their nameplate: nodes × (nameplate − modelled peak).
  public var strandedKWByNameplate: Double
  /// The per-GPU power cap under which a node can never draw more than it is charged when
  /// provisioned by modelled peak with margins, in watts (boundary: GPU board); equal to the
  /// TDP when no cap is needed, absent for CPU servers or when no settable cap is low enough.
  public var safeGPUCapWatts: Double?
  /// TDP of the pool's GPUs, in watts (0 for CPU servers).
  public var gpuTDPWatts: Double
}

/// The power stack at the planning peak, from GPU boards to the utility meter.
public struct PowerStack: Sendable, Equatable, Codable {
  /// GPU boards (boundary: GPU board).
  public var gpuKW: Double
  /// Host: CPUs, memory, NICs, switches, fans of GPU nodes (DC side).
  public var hostKW: Double
  /// Losses of the nodes' power supplies.
  public var psuLossKW: Double
  /// GPU nodes at the wall (boundary: node wall).
  public var nodesKW: Double
  public var networkKW: Double
  /// Rack-level equipment of rack-scale systems (NVLink switch trays).
  public var rackEquipmentKW: Double
  public var cpuPoolKW: Double
  public var storageKW: Double
  /// Extra node power because server inlet air is above the fans' reference temperature.
  public var inletUpliftKW: Double
  /// Everything IT (boundary: IT).
  public var itKW: Double
  /// UPS, transformer and distribution losses, and lighting (facility power that is neither
  /// IT nor the cooling plant).
  public var electricalLossKW: Double
  /// Chillers, pumps and fans.
  public var coolingKW: Double
  /// What the utility meter sees (boundary: facility).
  public var facilityKW: Double
  /// The safety-margin factor applied for planning.
  public var marginFactor: Double
}

/// The representative day, slot by slot.
public struct DailyReport: Sendable, Equatable, Codable {
  public var itEnergyKWh: Double
  public var facilityEnergyKWh: Double
  public var averageITKW: Double
  public var minimumITKW: Double
  /// Busiest slot's start, `HH:MM`.
  public var peakSlot: String
  public var outputTokens: Double
  /// Generated tokens per joule of IT energy over the day.
  public var tokensPerJoule: Double
  /// Facility energy over IT energy.
  public var energyPUE: Double
  /// The day repeated over a year at each month's ambient (boundary: facility / IT).
  public var annualITEnergyMWh: Double
  public var annualFacilityEnergyMWh: Double
  public var annualPUE: Double
  /// `monthly` (the site's monthly temperatures) or `design` (the design ambient all year).
  public var annualClimate: String
  /// The 288 five-minute slots of the day, power by component; absent in reports saved
  /// before it.
  public var slots: [SlotPowerReport]?
  /// The day's peak with deferrable work in the valleys and spread evenly; only when a batch
  /// surface gives `deadlineHours`.
  public var valleyFill: ValleyFillReport?
}

/// How a check came out.
public enum CheckStatus: String, Sendable, Equatable, Codable, Comparable {
  case pass, warn, fail

  private var rank: Int { self == .pass ? 0 : self == .warn ? 1 : 2 }
  public static func < (a: CheckStatus, b: CheckStatus) -> Bool { a.rank < b.rank }
}

/// A load against a limit.
public struct Check: Sendable, Equatable, Codable {
  /// Stable identifier (`rack-power[dgx-h100]`, `utility`, `ttft-p95[chat-70b]`).
  public var name: String
  public var load: Double
  public var limit: Double
  /// Unit of load and limit (`kW`, `ms`).
  public var unit: String
  /// 1 − load / limit.
  public var headroom: Double
  public var status: CheckStatus
  /// What was compared, in words.
  public var detail: String
  /// JSON path of the scenario key that sets the limit (`site.rackLimitKW`,
  /// `deployments[1].slo.tpotMs`), where `check --format github` points.
  public var source: String?
}

/// One what-if event and how the site came through it.
public struct EventReport: Sendable, Equatable, Codable {
  public var name: String
  /// What the event perturbs, in words.
  public var perturbation: String
  /// Whether every limit of the site holds at the end of the ladder.
  public var contained: Bool
  /// The installed fleet right after the event, before any step.
  public var struck: EventStateReport
  /// The degradation steps taken, in order, and the state after each.
  public var steps: [EventStepReport]
  /// Service at the end of the ladder.
  public var serviceRetained: ServiceRetained
  /// IT and facility power at the end of the ladder, modelled (boundaries: IT, facility).
  public var itPeakKW: Double
  public var facilityPeakKW: Double
  /// The site's limits at the end of the ladder, in the event's failed state.
  public var checks: [Check]
  /// Nodes braked by a lost feed, right after the event.
  public var brakes: [NodeBrake]?
}

/// The site in one state of an event.
public struct EventStateReport: Sendable, Equatable, Codable {
  /// Modelled IT and facility power (boundaries: IT, facility).
  public var itPeakKW: Double
  public var facilityPeakKW: Double
  /// The same with margins, what the limits are checked against.
  public var itPlannedKW: Double
  public var facilityPlannedKW: Double
  /// Names of the checks that fail.
  public var failing: [String]
  public var serviceRetained: ServiceRetained
}

/// One degradation step and the state after it.
public struct EventStepReport: Sendable, Equatable, Codable {
  /// JSON name of the step (`powerCap`, `shedBatch`, …).
  public var step: String
  /// The step in words.
  public var detail: String
  public var after: EventStateReport
}

/// Where a figure of the report stands and where it comes from.
public struct FigureSource: Sendable, Equatable, Codable {
  /// The power boundary of a power or energy figure (`gpu-board`, `node-wall`, `it`,
  /// `facility`); absent for other figures.
  public var boundary: String?
  /// `measured` (a deployment's profile), `calibrated` (defaults fitted to published
  /// measurements) or `modelled` (roofline, engine defaults, Erlang C).
  public var provenance: String

  public init(boundary: String? = nil, provenance: String) {
    self.boundary = boundary
    self.provenance = provenance
  }
}

/// One point of a deployment's batch/latency curve: one replica holding `batch` sequences.
public struct CurvePointReport: Sendable, Equatable, Codable {
  public var batch: Int
  /// Time per output token, in ms (0 for prefill-only models).
  public var tpotMs: Double
  /// Prefill and one step, no queueing, in ms.
  public var ttftMs: Double
  /// Requests a replica completes per second with every slot busy.
  public var requestsPerSecondPerReplica: Double
  public var outputTokensPerSecondPerReplica: Double
  public var outputTokensPerSecondPerGPU: Double
  /// Board power of one GPU of the replica (boundary: GPU board).
  public var gpuWatts: Double
  /// Output tokens per joule of GPU board energy.
  public var tokensPerJoule: Double
  /// The batch the planner chose.
  public var chosen: Bool
  /// Whether TPOT meets the `tpotMs` objective; absent without one.
  public var meetsTPOT: Bool?
}

/// A deployment's latency objectives, in ms; an absent one is not constrained.
public struct SLOReport: Sendable, Equatable, Codable {
  public var ttftP95Ms: Double?
  public var ttftP99Ms: Double?
  public var tpotMs: Double?
}

/// One point of a deployment's measured profile, as given in the scenario.
public struct ProfilePointReport: Sendable, Equatable, Codable {
  public var batch: Int
  public var outputTokensPerSecondPerGPU: Double
  /// Board power of one GPU (boundary: GPU board); absent when not measured.
  public var gpuWatts: Double?
}
