/// A numeric format for weights, activations or the KV cache.
///
/// `fp4` and `int4` are bare 4-bit values. `mxfp4` and `nvfp4` are the block-scaled 4-bit
/// formats checkpoints ship in: their bytes per value include the shared scales.
public enum Precision: String, Sendable, Codable, CaseIterable, Comparable {
  case fp32, bf16, fp16, fp8, int8, fp4, int4
  /// OCP Microscaling FP4 (E2M1): blocks of 32 values share one 8-bit power-of-two scale
  /// (E8M0), OCP MX specification v1.0 §5; gpt-oss ships its expert weights in it.
  case mxfp4
  /// NVIDIA NVFP4 (E2M1): blocks of 16 values share one FP8 (E4M3) scale, plus one FP32
  /// scale per tensor (negligible); Blackwell computes it natively.
  case nvfp4

  /// Bytes one value takes in memory (fp16/bf16 2, fp8/int8 1, fp4/int4 0.5), block scales
  /// included: MXFP4 (4 + 8/32) = 4.25 bits = 0.53125 B, NVFP4 (4 + 8/16) = 4.5 bits
  /// = 0.5625 B.
  public var bytesPerValue: Double {
    switch self {
    case .fp32: return 4
    case .bf16, .fp16: return 2
    case .fp8, .int8: return 1
    case .fp4, .int4: return 0.5
    case .mxfp4: return (4 + 8.0 / 32) / 8
    case .nvfp4: return (4 + 8.0 / 16) / 8
    }
  }

  public static func < (lhs: Precision, rhs: Precision) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
