// The engine defaults, per engine kind and weight precision, fitted to the published
// measurements that take part in the fit (PublishedMeasurements, docs/validation.md §3) by
// `EngineFit`: least squares of ln(capplan tok/s ÷ measured tok/s) over each kind's fitting
// rows, coordinate descent over fixed grids (`EngineFit.grids`), prefill MFU tied to the GEMM
// efficiency of the same precision. Bounds keep the factors physical (no engine reads memory
// at more than 90 % of its peak). `ValidationTests` refits and checks these are the fit's.

extension Engine {
  /// The calibrated defaults of `kind` for weights in `precision`; the scenario's own engine
  /// factors override them one by one.
  public static func calibrated(_ kind: Kind, precision: Precision) -> Engine {
    EngineFactors.calibrated(kind).engine(kind, precision: precision)
  }
}

extension EngineFactors {
  /// The calibrated factors of `kind`.
  public static func calibrated(_ kind: Engine.Kind) -> EngineFactors {
    switch kind {
    case .vllm:
      // Fitted on the vLLM rows that take part in the fit (validation.md §3); the 16-bit GEMM
      // share and the interconnect sit at their grid bounds. 4-bit has no vLLM row: 8-bit's
      // share × TensorRT-LLM's 4-bit / 8-bit ratio, 0.44 × 0.26 / 0.60 = 0.19. The expert
      // GEMMs have no vLLM MoE fitting row: TensorRT-LLM's share.
      return EngineFactors(
        memoryEfficiency: 0.725, tensor: [0.70, 0.44, 0.19], stepOverheadMs: 0.25,
        sequenceOverheadMicroseconds: 65, allReduceMicroseconds: 50, interconnectEfficiency: 0.4,
        expertGEMMEfficiency: 0.5)
    case .tensorRTLLM:
      // Fitted on the TensorRT-LLM rows that take part in the fit. 16-bit has no row: the
      // earlier uncalibrated 0.60, modelled.
      return EngineFactors(
        memoryEfficiency: 0.90, tensor: [0.60, 0.60, 0.26], stepOverheadMs: 0.5,
        sequenceOverheadMicroseconds: 5, allReduceMicroseconds: 85, interconnectEfficiency: 0.5,
        expertGEMMEfficiency: 0.5)
    }
  }
}
