/// A numeric format for weights, activations or the KV cache.
public enum Precision: String, Sendable, Codable, CaseIterable, Comparable {
  case fp32, bf16, fp16, fp8, int8, fp4, int4

  /// Bytes one value takes in memory (fp16/bf16 2, fp8/int8 1, fp4/int4 0.5).
  public var bytesPerValue: Double {
    switch self {
    case .fp32: return 4
    case .bf16, .fp16: return 2
    case .fp8, .int8: return 1
    case .fp4, .int4: return 0.5
    }
  }

  public static func < (lhs: Precision, rhs: Precision) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
