import PlannerCore

extension Engine {
  /// A vLLM engine with fixed factors (those of an earlier calibration: memory 0.85, GEMMs
  /// 0.32 of the bf16 peak and 0.46 of the 8-bit one, 2.5 ms a step, 35 µs a sequence, 70 µs an
  /// all-reduce at the full link), so that hand-worked tests keep their arithmetic when the
  /// calibration is refitted.
  public static func handWorked(_ precision: Precision = .bf16) -> Engine {
    let share = [Precision.fp8, .int8, .int4].contains(precision) ? 0.46 : 0.32
    return Engine(
      kind: .vllm, memoryEfficiency: 0.85, computeEfficiency: share, prefillEfficiency: share,
      stepOverheadMs: 2.5, sequenceOverheadMicroseconds: 35, allReduceMicroseconds: 70,
      interconnectEfficiency: 1.0, memoryUtilization: 0.90, maxBatch: 256,
      targetUtilization: 0.85)
  }
}
