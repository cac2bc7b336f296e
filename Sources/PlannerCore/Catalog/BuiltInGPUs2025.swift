/// Built-in GPUs of the 2025–2026 generation, sorted by id; `docs/catalog.md` lists every
/// figure with its source and kind.
///
/// Rates are dense, as in `BuiltInGPUs`. None of these parts has a public idle reading or a
/// public power-curve measurement yet: idle, the lowest power limit and the power curve are
/// modelled from the nearest measured part, and say so.
enum BuiltInGPUs2025 {
  static let all: [GPUSpec] = [
    GPUSpec(
      id: "b300", name: "NVIDIA B300 (HGX B300, Blackwell Ultra, 288GB)",
      // NVIDIA's MLPerf v6.0 B300 configs: "B300 has 1100W TGP vs GB300's 1400W". (Several
      // secondary tables print 1,400 W for B300: that is the GB300 figure.)
      tdpWatts: 1100,
      // modelled: = B200's measured 140 W and DGX B200 200 W floor; no B300 reading found.
      idleWatts: 140, minPowerLimitWatts: 200,
      // HGX B300: 2.3 TB over 8 GPUs, up to 8 TB/s each.
      memoryGB: 288, memoryBandwidthTBps: 8.0,
      // HGX B300 datasheet, per 8 GPUs with sparsity: BF16 36 PF, FP8 72 PF, INT8 2 POPS;
      // FP4 108 PF dense. ÷ 8 (÷ 2 where sparse).
      denseTFLOPS: PrecisionRates(bf16: 2250, fp8: 4500, int8: 125, fp4: 13500),
      // NVLink 5: 1.8 TB/s total, 900 GB/s each direction.
      interconnectGBps: 900,
      // modelled: the B200 curve (nearest calibrated Blackwell part); no B300 power row.
      powerCurve: BuiltInGPUs.b200Fit,
      source: "datasheet: NVIDIA HGX B300 (per 8 GPUs; sparse ÷ 2) via [S] reproductions; "
        + "TGP 1,100 W: NVIDIA MLPerf v6.0 B300 config; idle, min limit, power curve: modelled"),
    GPUSpec(
      id: "gb300", name: "NVIDIA Blackwell Ultra GPU in GB300 NVL72",
      // [S] 1,400 W per Blackwell Ultra GPU in the NVL72 rack.
      tdpWatts: 1400,
      // modelled: = B200/GB200 (140 W idle, 200 W floor); no GB300 figure found.
      idleWatts: 140, minPowerLimitWatts: 200,
      // GB300 NVL72: 288 GB HBM3e per GPU (20.7 TB) and 576 TB/s over 72 GPUs.
      memoryGB: 288, memoryBandwidthTBps: 8.0,
      // GB300 NVL72 per 72 GPUs: FP4 1,080 PF dense (1.1 EF), FP8 720 PF and BF16 360 PF with
      // sparsity. INT8: no published NVL72 figure found (nil).
      denseTFLOPS: PrecisionRates(bf16: 2500, fp8: 5000, fp4: 15000),
      interconnectGBps: 900,
      powerCurve: BuiltInGPUs.b200Fit,
      source: "datasheet: NVIDIA GB300 NVL72 (per 72 GPUs; sparse ÷ 2) via [S] glennklockwood."
        + "com; TDP: [S]; idle, min limit and power curve: modelled (= B200)"),
    GPUSpec(
      id: "h20", name: "NVIDIA H20 96GB",
      tdpWatts: 400,
      // modelled: = H100 SXM (same GH100 die, HBM3): 75 W idle, 200 W floor; no H20 log found.
      idleWatts: 75, minPowerLimitWatts: 200,
      memoryGB: 96, memoryBandwidthTBps: 4.0,
      // NVIDIA H20 specification: BF16 148, FP8 296, INT8 296 (dense; export-limited part).
      denseTFLOPS: PrecisionRates(bf16: 148, fp8: 296, int8: 296),
      // NVLink 4: 900 GB/s total, 450 GB/s each direction.
      interconnectGBps: 450,
      source: "datasheet: NVIDIA H20 specification (96 GB HBM3, 4.0 TB/s, 148 / 296 / 296, "
        + "400 W, NVLink 900 GB/s) via [S]; idle and min limit: modelled (= H100 SXM)"),
    GPUSpec(
      id: "h200-nvl", name: "NVIDIA H200 NVL 141GB (PCIe)",
      // H200 datasheet, NVL column: "up to 600 W (configurable)".
      tdpWatts: 600,
      // modelled: = H100 PCIe measured 80 W idle; 200 W floor as read on an H100 NVL board.
      idleWatts: 80, minPowerLimitWatts: 200,
      memoryGB: 141, memoryBandwidthTBps: 4.8,
      // H200 datasheet, NVL column with sparsity: BF16 1,671, FP8 3,341, INT8 3,341 TOPS; ÷ 2.
      denseTFLOPS: PrecisionRates(bf16: 835.5, fp8: 1670.5, int8: 1670.5),
      // 2- or 4-way NVLink bridge: 900 GB/s per GPU, 450 each direction, inside the bridged
      // group only (the systems say how many GPUs a bridge joins).
      interconnectGBps: 450,
      source: "datasheet: NVIDIA H200 Tensor Core GPU datasheet, H200 NVL column (sparse ÷ 2); "
        + "idle: modelled (= H100 PCIe); min limit: measured on H100 NVL (nvidia-smi log)"),
    GPUSpec(
      id: "mi325x", name: "AMD Instinct MI325X OAM 256GB",
      tdpWatts: 1000,
      // modelled: MI300X's measured idle share of its limit, 130 / 750 = 0.173, × 1,000 W
      // = 173 → 170 W; floor modelled at twice idle. No MI325X reading found.
      idleWatts: 170, minPowerLimitWatts: 340,
      memoryGB: 256, memoryBandwidthTBps: 6.0,
      // AMD Instinct MI325X datasheet, peak without sparsity (same CDNA 3 compute as MI300X).
      denseTFLOPS: PrecisionRates(bf16: 1307.4, fp8: 2614.9, int8: 2614.9),
      // Infinity Fabric: 7 links, 896 GB/s aggregate, 448 each direction (as MI300X).
      interconnectGBps: 448,
      source: "datasheet: AMD Instinct MI325X (256 GB HBM3E, 6 TB/s, 1,000 W, peak dense "
        + "1,307.4 / 2,614.9) via [S] tables; idle, min limit, power curve: modelled"),
    GPUSpec(
      id: "mi355x", name: "AMD Instinct MI355X OAM 288GB",
      // AMD: 1,400 W total board power, designed for direct liquid cooling.
      tdpWatts: 1400,
      // modelled: 0.173 × 1,400 W = 243 → 240 W (MI300X's idle share); floor twice idle.
      idleWatts: 240, minPowerLimitWatts: 480,
      memoryGB: 288, memoryBandwidthTBps: 8.0,
      // Dense: 256 CUs × 2.4 GHz × 8,192 FP8 flops/clock = 5,033 TFLOPS (AMD: 5 PF FP8,
      // ISSCC 2026); BF16 half, MXFP4 double; INT8 at the FP8 rate. AMD's 20.1 PF FP4 is sparse.
      denseTFLOPS: PrecisionRates(bf16: 2516.6, fp8: 5033.2, int8: 5033.2, fp4: 10066.3),
      // Infinity Fabric: 7 links of 153.6 GB/s, 1,075 GB/s aggregate, 537.6 each direction.
      interconnectGBps: 537.6,
      source: "datasheet: AMD Instinct MI355X (288 GB HBM3E, 8 TB/s, 1,400 W; peak dense "
        + "2.5 / 5.0 / 10.1 PF) via [S] Tom's Hardware, ISSCC report; idle, min limit, curve: "
        + "modelled"),
  ]
}
