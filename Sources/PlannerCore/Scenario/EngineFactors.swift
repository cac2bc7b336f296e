/// The engine factors of one engine kind that the calibration fits (docs/validation.md §3):
/// memory efficiency, the GEMM share of the tensor peak per precision class (decode and
/// prefill alike), the step's fixed and per-sequence host costs, the all-reduce latency and
/// bandwidth share, and the grouped expert GEMMs' share of a dense GEMM's rate.
public struct EngineFactors: Sendable, Equatable {
  /// Which tensor efficiency a weight format takes.
  public enum PrecisionClass: Int, Sendable, CaseIterable {
    /// bf16, fp16, fp32.
    case sixteenBit
    /// fp8, int8, int4 (expanded to 8-bit before the multiply).
    case eightBit
    /// fp4, mxfp4, nvfp4.
    case fourBit

    /// The class of `precision`.
    public init(_ precision: Precision) {
      switch precision {
      case .bf16, .fp16, .fp32: self = .sixteenBit
      case .fp8, .int8, .int4: self = .eightBit
      case .fp4, .mxfp4, .nvfp4: self = .fourBit
      }
    }
  }

  public var memoryEfficiency: Double
  /// Share of the tensor peak GEMMs reach, by `PrecisionClass` (16-, 8-, 4-bit).
  public var tensor: [Double]
  public var stepOverheadMs: Double
  public var sequenceOverheadMicroseconds: Double
  public var allReduceMicroseconds: Double
  public var interconnectEfficiency: Double
  public var expertGEMMEfficiency: Double

  public init(
    memoryEfficiency: Double, tensor: [Double], stepOverheadMs: Double,
    sequenceOverheadMicroseconds: Double, allReduceMicroseconds: Double,
    interconnectEfficiency: Double, expertGEMMEfficiency: Double
  ) {
    self.memoryEfficiency = memoryEfficiency
    self.tensor = tensor
    self.stepOverheadMs = stepOverheadMs
    self.sequenceOverheadMicroseconds = sequenceOverheadMicroseconds
    self.allReduceMicroseconds = allReduceMicroseconds
    self.interconnectEfficiency = interconnectEfficiency
    self.expertGEMMEfficiency = expertGEMMEfficiency
  }

  /// The engine these factors give for weights in `precision`, with `kind`'s limits.
  public func engine(_ kind: Engine.Kind, precision: Precision) -> Engine {
    let share = tensor[PrecisionClass(precision).rawValue]
    return Engine(
      kind: kind, memoryEfficiency: memoryEfficiency, computeEfficiency: share,
      prefillEfficiency: share, stepOverheadMs: stepOverheadMs,
      sequenceOverheadMicroseconds: sequenceOverheadMicroseconds,
      allReduceMicroseconds: allReduceMicroseconds,
      interconnectEfficiency: interconnectEfficiency, memoryUtilization: 0.90,
      maxBatch: kind == .vllm ? 256 : 2048, targetUtilization: 0.85,
      expertGEMMEfficiency: expertGEMMEfficiency)
  }
}
