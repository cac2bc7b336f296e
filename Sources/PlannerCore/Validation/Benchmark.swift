/// A published inference setup, described so that capplan can plan the same thing: model,
/// GPU, precisions, parallelism, how the batch was formed, token lengths and engine.
public struct Benchmark: Sendable, Equatable {
  /// How the benchmark formed its batch.
  public enum Batch: Sendable, Equatable {
    /// A static batch: every prompt prefilled, then the whole batch decoded together.
    case fixed(Int)
    /// Continuous batching kept full at the engine's concurrency cap (vLLM `max_num_seqs`),
    /// or less where memory holds fewer.
    case concurrency(Int)
    /// Offline at maximum load: as many sequences as memory and the engine allow, up to
    /// the submitter's batch setting where one is published.
    case maxLoad(cap: Int?)
  }

  /// What a published power figure covers.
  public enum PowerBoundary: String, Sendable, Equatable {
    /// No power was published.
    case none = "-"
    /// NVML board power summed over the GPUs used.
    case gpuBoards = "GPU boards"
    /// NVML board power of the first GPU only.
    case firstGPU = "GPU 0"
    /// The servers' AC input (MLPerf Power analyzer).
    case nodeWall = "node wall"
  }

  public var modelID: String
  public var gpuID: String
  /// The server, for node-wall rows; nil takes the catalog's default system for the GPU.
  public var systemID: String?
  /// Memory (GB) and bandwidth (TB/s) of the board, where the row's board differs from the
  /// catalog entry of the same GPU (the A100 40 GB).
  public var boardOverride: (memoryGB: Double, memoryBandwidthTBps: Double)?
  public var weightPrecision: Precision
  public var kvPrecision: Precision
  public var tensorParallel: Int
  /// GPUs in the measurement; replicas = gpus / tensorParallel.
  public var gpus: Int
  public var batch: Batch
  /// Mean prompt and output tokens per request.
  public var promptTokens: Double
  public var outputTokens: Double
  /// How output lengths spread: fixed for synthetic runs that ignore end-of-sequence,
  /// geometric (the default) for real datasets.
  public var outputSpread: LengthSpread
  public var engine: Engine.Kind
  /// Board power limit set below TDP, in watts; nil when none.
  public var powerCapWatts: Double?
  public var boundary: PowerBoundary

  public init(
    model: String, gpu: String, system: String? = nil,
    board: (memoryGB: Double, memoryBandwidthTBps: Double)? = nil, precision: Precision,
    kvPrecision: Precision? = nil, tensorParallel: Int = 1, gpus: Int, batch: Batch,
    promptTokens: Double, outputTokens: Double, outputSpread: LengthSpread = .exponential,
    engine: Engine.Kind, powerCapWatts: Double? = nil,
    boundary: PowerBoundary = .none
  ) {
    self.modelID = model
    self.gpuID = gpu
    self.systemID = system
    self.boardOverride = board
    self.weightPrecision = precision
    self.kvPrecision = kvPrecision ?? precision
    self.tensorParallel = tensorParallel
    self.gpus = gpus
    self.batch = batch
    self.promptTokens = promptTokens
    self.outputTokens = outputTokens
    self.outputSpread = outputSpread
    self.engine = engine
    self.powerCapWatts = powerCapWatts
    self.boundary = boundary
  }

  public static func == (lhs: Benchmark, rhs: Benchmark) -> Bool {
    lhs.modelID == rhs.modelID && lhs.gpuID == rhs.gpuID && lhs.systemID == rhs.systemID
      && lhs.boardOverride?.memoryGB == rhs.boardOverride?.memoryGB
      && lhs.boardOverride?.memoryBandwidthTBps == rhs.boardOverride?.memoryBandwidthTBps
      && lhs.weightPrecision == rhs.weightPrecision && lhs.kvPrecision == rhs.kvPrecision
      && lhs.tensorParallel == rhs.tensorParallel && lhs.gpus == rhs.gpus
      && lhs.batch == rhs.batch && lhs.promptTokens == rhs.promptTokens
      && lhs.outputTokens == rhs.outputTokens && lhs.outputSpread == rhs.outputSpread
      && lhs.engine == rhs.engine
      && lhs.powerCapWatts == rhs.powerCapWatts && lhs.boundary == rhs.boundary
  }
}
