// The engine defaults, per engine kind and weight precision, fitted to the published
// measurements that are not held out (PublishedMeasurements, docs/validation.md §3).
//
// The fit: least squares of ln(capplan tok/s ÷ measured tok/s) over each kind's fitting rows,
// coordinate descent over a fixed grid (memory 0.50–0.90 in 0.025 steps, compute 0.10–0.90 in
// 0.02 steps, step overhead 0.5–8 ms in 0.25 ms steps, per-sequence overhead 0–200 µs in 5 µs
// steps, all-reduce 0–100 µs in 5 µs steps, interconnect 0.2–1.0 in 0.1 steps), prefill MFU
// tied to the decode compute efficiency of the same precision. Bounds keep the factors
// physical (no engine reads memory at more than 90 % of its peak).

extension Engine {
  /// The calibrated defaults of `kind` for weights in `precision`; the scenario's own engine
  /// factors override them one by one.
  public static func calibrated(_ kind: Kind, precision: Precision) -> Engine {
    let tensor = tensorEfficiency(kind, precision: precision)
    switch kind {
    case .vllm:
      // Fitted on MT-9, ME-2, ME-7, ME-11, ME-A1, ME-A2, ME-A3, LB-1, LB-2 (vLLM 0.4–0.11).
      // ME-4 (Llama 3.1 8B on one B200) is left out of the fit: it is host-bound (its steps
      // take as long as on an H100), which no GPU factor describes.
      return Engine(
        kind: kind, memoryEfficiency: 0.85, computeEfficiency: tensor, prefillEfficiency: tensor,
        stepOverheadMs: 2.5, sequenceOverheadMicroseconds: 35, allReduceMicroseconds: 70,
        interconnectEfficiency: 1.0, memoryUtilization: 0.90, maxBatch: 256,
        targetUtilization: 0.85)
    case .tensorRTLLM:
      // Fitted on MP-2, MT-1, MT-4, MT-5, TR-1, TR-2, TR-6, TR-9, TR-13 (TensorRT-LLM 1.0
      // trtllm-bench and NVIDIA's MLPerf v4.1 harness). maxBatch: trtllm-bench sizes the batch
      // to memory; 2,048 keeps the cap above every memory limit of these rows.
      return Engine(
        kind: kind, memoryEfficiency: 0.90, computeEfficiency: tensor, prefillEfficiency: tensor,
        stepOverheadMs: 0.5, sequenceOverheadMicroseconds: 5, allReduceMicroseconds: 45,
        interconnectEfficiency: 0.6, memoryUtilization: 0.90, maxBatch: 2048,
        targetUtilization: 0.85)
    }
  }

  /// Share of the peak tensor rate that GEMMs (decode and prefill) reach, by engine and by
  /// the precision class of the weights: 16-bit, 8-bit (fp8, int8, int4 expanded to 8-bit)
  /// or fp4.
  static func tensorEfficiency(_ kind: Kind, precision: Precision) -> Double {
    switch (kind, precision) {
    // Fitted: ME-2, ME-7, ME-A1–A3, LB-1, LB-2 (bf16/fp16 on H100 and A100).
    case (.vllm, .bf16), (.vllm, .fp16), (.vllm, .fp32): return 0.32
    // Fitted: MT-9 (MI300X), ME-11 (H100).
    case (.vllm, .fp8), (.vllm, .int8), (.vllm, .int4): return 0.46
    // Modelled: no vLLM fp4 row; fp8's factor times TensorRT-LLM's fp4/fp8 ratio (0.26/0.52).
    case (.vllm, .fp4), (.vllm, .mxfp4), (.vllm, .nvfp4): return 0.23
    // Modelled: no TensorRT-LLM 16-bit row; the earlier uncalibrated default.
    case (.tensorRTLLM, .bf16), (.tensorRTLLM, .fp16), (.tensorRTLLM, .fp32): return 0.60
    // Fitted: MP-2, MT-1, MT-4, MT-5, TR-1, TR-2, TR-9, TR-13 (H100, H200).
    case (.tensorRTLLM, .fp8), (.tensorRTLLM, .int8), (.tensorRTLLM, .int4): return 0.52
    // Fitted: TR-6 (B200): fp4 GEMMs reach half the share fp8 ones do.
    case (.tensorRTLLM, .fp4), (.tensorRTLLM, .mxfp4), (.tensorRTLLM, .nvfp4): return 0.26
    }
  }
}
