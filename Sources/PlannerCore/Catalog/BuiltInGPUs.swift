/// Built-in GPU figures, sorted by id; `docs/catalog.md` lists every figure with its source.
///
/// Rates are dense (no 2:4 sparsity): where a datasheet prints only the sparse figure it is
/// halved here. Memory is the datasheet figure in GB (nvidia-smi reports somewhat more bytes,
/// e.g. 81,559 MiB = 85.5 GB on an H100 80GB), so capacity planning stays conservative.
/// Tags: "measured" = read from a public log or measurement; "modelled" = chosen here where no
/// source was found, with the reasoning beside it.
enum BuiltInGPUs {
  static let all: [GPUSpec] = [
    GPUSpec(
      id: "a100-sxm-80gb", name: "NVIDIA A100 SXM4 80GB",
      tdpWatts: 400,
      // Splitwise power model constant (configs/power_model/constant.yaml); public nvidia-smi
      // logs read 58–68 W at idle.
      idleWatts: 63,
      // nvidia-smi "Min Power Limit: 100.00 W" on A100-SXM4-80GB (thamada/nvidia-smi).
      minPowerLimitWatts: 100,
      memoryGB: 80, memoryBandwidthTBps: 2.039,
      denseTFLOPS: PrecisionRates(bf16: 312, int8: 624),
      // NVLink 3: 600 GB/s total, 300 GB/s each direction (A100 datasheet).
      interconnectGBps: 300,
      // Ceiling fitted to LB-2 (A100, vLLM, batch 64: 315.8 W); the floor, scale and exponent
      // are the H100 fit's (one row fits one parameter).
      powerCurve: GPUPowerCurve(
        decodeFloor: 0.60, decodeBatchScale: 118, decodeBatchExponent: 0.8, decodeCeiling: 0.71),
      source: "datasheet: NVIDIA A100 Tensor Core GPU datasheet (SXM 80GB; dense column); "
        + "idle: measured (Splitwise constant.yaml); min limit: measured (nvidia-smi log)"),
    GPUSpec(
      id: "b200", name: "NVIDIA B200 (HGX B200, 180GB)",
      tdpWatts: 1000,
      // nvidia-smi P0 with no process: 136–144 W on HGX B200 nodes (public logs).
      idleWatts: 140,
      // DGX B200 User Guide, power capping: Redfish AllowableMin 200 W, AllowableMax 1000 W.
      minPowerLimitWatts: 200,
      // HGX B200: 1,440 GB over 8 GPUs; MLPerf lists "B200-SXM-180GB".
      memoryGB: 180, memoryBandwidthTBps: 8.0,
      denseTFLOPS: PrecisionRates(bf16: 2250, fp8: 4500, int8: 4500, fp4: 9000),
      // NVLink 5: 1.8 TB/s total, 900 GB/s each direction (HGX B200 datasheet).
      interconnectGBps: 900,
      // Fitted (`PowerCurveFit`) to the nine ML.ENERGY B200 rows with board power that take
      // part in the fit: Llama 3.1/3.3 70B at TP2 and 3.1 405B FP8 at TP4, max_num_seqs 8 to
      // 1,024 (MB-1, 3, 4, 5, 7, 8, 9, 11, 12; 849–971 W a GPU). ME-4 (8B, host-bound, 449–691
      // W over its batches without order) is left out, as for throughput (docs/validation.md §3).
      powerCurve: b200Fit,
      source: "datasheet: NVIDIA HGX B200 datasheet / Blackwell technical brief at 1,000 W "
        + "(sparse ÷ 2); idle: measured (nvidia-smi logs); min limit: DGX B200 User Guide"),
    GPUSpec(
      id: "gb200", name: "NVIDIA Blackwell GPU in GB200 NVL72",
      // NVIDIA DPS device specification: GB200 GPU controllable range 200–1,200 W.
      tdpWatts: 1200,
      // modelled: no public GB200 idle reading found; taken equal to the measured B200 idle.
      idleWatts: 140,
      minPowerLimitWatts: 200,
      // GB200 NVL72: 13.4 TB HBM3e and 576 TB/s over 72 GPUs.
      memoryGB: 186, memoryBandwidthTBps: 8.0,
      denseTFLOPS: PrecisionRates(bf16: 2500, fp8: 5000, int8: 5000, fp4: 10000),
      // NVLink 5, as B200. Power curve: modelled (the H100 fit); no GB200 row.
      interconnectGBps: 900,
      source: "datasheet: NVIDIA GB200 NVL72 datasheet / Blackwell technical brief at 1,200 W "
        + "(sparse ÷ 2); power range: NVIDIA DPS device spec; idle: modelled (= B200)"),
    GPUSpec(
      id: "h100-pcie", name: "NVIDIA H100 PCIe 80GB",
      tdpWatts: 350,
      // nvidia-smi P0, 0 % util with 25–48 GB resident: 79–87 W (public logs).
      idleWatts: 80,
      // modelled: the H100 NVL board reads "Min Power Limit: 200.00 W" (thamada/nvidia-smi);
      // no H100 PCIe log with its limits was found.
      minPowerLimitWatts: 200,
      memoryGB: 80, memoryBandwidthTBps: 2.0,
      denseTFLOPS: PrecisionRates(bf16: 756, fp8: 1513, int8: 1513),
      // modelled: PCIe Gen5 x16, 64 GB/s each direction (no NVLink bridge assumed).
      interconnectGBps: 64,
      source: "datasheet: NVIDIA H100 datasheet, PCIe column (sparse ÷ 2); TDP and >2,000 GB/s: "
        + "H100 PCIe product brief PB-11133-001; idle: measured; min limit: modelled"),
    GPUSpec(
      id: "h100-sxm", name: "NVIDIA H100 SXM5 80GB",
      tdpWatts: 700,
      // Splitwise power model constant; nvidia-smi P0 with no process reads 75–100 W.
      idleWatts: 75,
      // nvidia-smi on "NVIDIA H100 80GB HBM3": Min 200 W / Max 700 W (thamada/nvidia-smi).
      minPowerLimitWatts: 200,
      memoryGB: 80, memoryBandwidthTBps: 3.35,
      denseTFLOPS: PrecisionRates(bf16: 989.4, fp8: 1978.9, int8: 1978.9),
      // NVLink 4: 900 GB/s total, 450 GB/s each direction (H100 datasheet).
      interconnectGBps: 450,
      // Fitted to ME-2, ME-7, ME-11, ME-A1, ME-A2, ME-A3 and LB-1 (least squares of ln W over
      // a grid: floor 0.20–0.60, scale 2–200, exponent 0.3–1.0).
      powerCurve: .default,
      source: "datasheet: NVIDIA H100 Tensor Core GPU architecture whitepaper, SXM5 dense; "
        + "idle: measured (Splitwise constant.yaml); min limit: measured (nvidia-smi log)"),
    GPUSpec(
      id: "h200-sxm", name: "NVIDIA H200 SXM 141GB",
      // MLCommons v4.1 NVIDIA system JSON: "H200 TGP 700W".
      tdpWatts: 700,
      // public nvidia-smi -q logs: 72–75 W idle.
      idleWatts: 75,
      minPowerLimitWatts: 200,
      memoryGB: 141, memoryBandwidthTBps: 4.8,
      // Same GH100 tensor cores and clocks as the H100 SXM.
      denseTFLOPS: PrecisionRates(bf16: 989.4, fp8: 1978.9, int8: 1978.9),
      // NVLink 4, as H100 SXM.
      interconnectGBps: 450,
      // The H100 SXM fit: same GH100 die and 700 W limit; the one H200 power row (MP-2) ran at
      // a 500 W cap, which says nothing about the curve below it.
      powerCurve: .default,
      source: "datasheet: NVIDIA H200 datasheet (sparse ÷ 2); TGP: MLCommons v4.1 system JSON; "
        + "idle and min limit: measured (nvidia-smi -q logs, facility-reference §2.3–2.4)"),
    GPUSpec(
      id: "l4", name: "NVIDIA L4 24GB",
      tdpWatts: 72,
      // nvidia-smi P0, 0 % util with 20–22 GB resident: 35–36 W; P8 without a process 11–16 W.
      idleWatts: 35,
      // nvidia-smi "Min Power Limit: 40.00 W" (thamada/nvidia-smi gls/L4_smi.py).
      minPowerLimitWatts: 40,
      memoryGB: 24, memoryBandwidthTBps: 0.3,
      denseTFLOPS: PrecisionRates(bf16: 121, fp8: 242.5, int8: 242.5),
      // modelled: PCIe Gen4 x16, 32 GB/s each direction. Power curve: modelled (H100 fit).
      interconnectGBps: 32,
      source: "datasheet: NVIDIA L4 datasheet (prints sparse 242 / 485 / 485; ÷ 2); "
        + "idle: measured (nvidia-smi logs); min limit: measured (nvidia-smi log)"),
    GPUSpec(
      id: "l40s", name: "NVIDIA L40S 48GB",
      tdpWatts: 350,
      // nvidia-smi P0, 0 % util with 41 GB resident: 83 W; P8 without a process 22–34 W.
      idleWatts: 83,
      // nvidia-smi "Min Power Limit: 100.00 W" (thamada/nvidia-smi gls/L40S_smi.py).
      minPowerLimitWatts: 100,
      memoryGB: 48, memoryBandwidthTBps: 0.864,
      denseTFLOPS: PrecisionRates(bf16: 362.05, fp8: 733, int8: 733),
      // modelled: PCIe Gen4 x16, 32 GB/s each direction. Power curve: modelled (H100 fit).
      interconnectGBps: 32,
      source: "datasheet: NVIDIA L40S datasheet, dense column (sparse 733 / 1,466); "
        + "idle: measured (nvidia-smi log); min limit: measured (nvidia-smi log)"),
    GPUSpec(
      id: "mi300x", name: "AMD Instinct MI300X OAM 192GB",
      tdpWatts: 750,
      // rocm-smi socket power with no process: 121–137 W (thamada/nvidia-smi gls/MI300X*).
      idleWatts: 130,
      // modelled: no public amd-smi minimum power cap found; assumed the 200 W floor of the
      // NVIDIA 700 W-class parts. Verify on hardware.
      minPowerLimitWatts: 200,
      memoryGB: 192, memoryBandwidthTBps: 5.3,
      denseTFLOPS: PrecisionRates(bf16: 1307.4, fp8: 2614.9, int8: 2614.9),
      // AMD Infinity Fabric: 7 links, 896 GB/s peak aggregate, 448 GB/s each direction (AMD
      // MI300X datasheet). Power curve: modelled (H100 fit); no MI300X row with power.
      interconnectGBps: 448,
      source: "datasheet: AMD Instinct MI300X datasheet (peak without sparsity); "
        + "idle: measured (rocm-smi log); min limit: modelled"),
  ]

  /// The B200 power curve fitted to ME-4; the modelled curve of the other Blackwell parts.
  static let b200Fit = GPUPowerCurve(
    decodeFloor: 0.83, decodeBatchScale: 26.91, decodeBatchExponent: 1.5, decodeCeiling: 0.96)
}
