/// A GPU or accelerator: its power envelope, memory and peak rates.
///
/// Figures come from public datasheets; `source` names them. Every field can be overridden
/// from a scenario (`catalog.gpus[]` or an inline object in place of the id).
public struct GPUSpec: Sendable, Equatable, Codable {
  /// Catalog id, lower-case with dashes (`h100-sxm`).
  public var id: String
  /// Marketing name (`NVIDIA H100 SXM5 80GB`).
  public var name: String
  /// Board power limit at its default setting, in watts (JSON `tdpWatts`).
  public var tdpWatts: Double
  /// Board power when idle with a model resident, in watts (JSON `idleWatts`).
  public var idleWatts: Double
  /// Lowest power limit the board accepts, in watts (JSON `minPowerLimitWatts`).
  public var minPowerLimitWatts: Double
  /// Device memory, in gigabytes of 10^9 bytes (JSON `memoryGB`).
  public var memoryGB: Double
  /// Peak memory bandwidth, in terabytes per second (JSON `memoryBandwidthTBps`).
  public var memoryBandwidthTBps: Double
  /// Dense (no sparsity) peak tensor rates, in TFLOPS or TOPS, per precision (JSON `denseTFLOPS`).
  public var denseTFLOPS: PrecisionRates
  /// GPU-to-GPU bandwidth inside a node, each direction, in gigabytes per second
  /// (JSON `interconnectGBps`): NVLink, Infinity Fabric, or PCIe for boards without them.
  public var interconnectGBps: Double
  /// Board power against the serving work (JSON `powerCurve`).
  public var powerCurve: GPUPowerCurve
  /// Where the figures come from.
  public var source: String

  public init(
    id: String, name: String, tdpWatts: Double, idleWatts: Double, minPowerLimitWatts: Double,
    memoryGB: Double, memoryBandwidthTBps: Double, denseTFLOPS: PrecisionRates,
    interconnectGBps: Double, powerCurve: GPUPowerCurve = .default, source: String
  ) {
    self.id = id
    self.name = name
    self.tdpWatts = tdpWatts
    self.idleWatts = idleWatts
    self.minPowerLimitWatts = minPowerLimitWatts
    self.memoryGB = memoryGB
    self.memoryBandwidthTBps = memoryBandwidthTBps
    self.denseTFLOPS = denseTFLOPS
    self.interconnectGBps = interconnectGBps
    self.powerCurve = powerCurve
    self.source = source
  }
}

/// Peak dense tensor rates per precision, in TFLOPS (TOPS for integers); nil where the
/// hardware has no native support for that format.
public struct PrecisionRates: Sendable, Equatable, Codable {
  public var bf16: Double
  public var fp8: Double?
  public var int8: Double?
  public var fp4: Double?

  public init(bf16: Double, fp8: Double? = nil, int8: Double? = nil, fp4: Double? = nil) {
    self.bf16 = bf16
    self.fp8 = fp8
    self.int8 = int8
    self.fp4 = fp4
  }

  /// The rate a kernel computing in `precision` runs at; nil where the GPU lacks it.
  /// fp16 runs at the bf16 rate; int4 weights compute at the int8 rate (weights are
  /// expanded before the multiply), fp32 at half the bf16 tensor rate is not modelled.
  /// The block-scaled 4-bit formats (MXFP4, NVFP4) run at the fp4 rate where the GPU has
  /// one; datasheets quote one FP4 figure for both.
  public func rate(for precision: Precision) -> Double? {
    switch precision {
    case .bf16, .fp16: return bf16
    case .fp8: return fp8
    case .int8: return int8
    case .fp4, .mxfp4, .nvfp4: return fp4
    case .int4: return int8 ?? fp8
    case .fp32: return nil
    }
  }
}
