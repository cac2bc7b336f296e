/// Built-in server (node) figures, sorted by id; `docs/catalog.md` gives every source and the
/// host-power arithmetic in full.
///
/// Host power is the DC-side draw of everything but the GPUs. Where a wall measurement exists
/// it is calibrated as `wall × psuEfficiency − GPUs × GPU watts`. Otherwise it is modelled
/// with the DGX H100 calibration's headroom fractions: of the non-GPU DC budget at nameplate
/// (`nameplate × psuEfficiency − GPUs × TDP`, 3,988 W on a DGX H100), host idle takes 0.376
/// (1,500 W) and host peak 0.451 (1,800 W).
/// `psuEfficiency` is 0.94 (80 PLUS Platinum at 50 % load, facility-reference §2.2) unless said.
enum BuiltInSystems {
  static let all: [SystemSpec] = [
    SystemSpec(
      id: "dgx-a100", name: "NVIDIA DGX A100 (8× A100 SXM4 80GB)",
      gpu: "a100-sxm-80gb", gpusPerNode: 8,
      nameplateKW: 6.5,
      // modelled: headroom 6,500 × 0.94 − 8 × 400 = 2,910 W; × 0.376 = 1,094; × 0.451 = 1,312.
      hostIdleWatts: 1100, hostPeakWatts: 1300,
      psuEfficiency: 0.94,
      // modelled: 4 × 6.5 kW = 26 kW, as the air-cooled DGX layouts of 4 systems per rack.
      defaultNodesPerRack: 4,
      // [S] pcnews.ru citing the DGX A100 User Guide: 6 × 3 kW, "half of them redundant" (3+3).
      cooling: .air,
      powerSupplies: PowerSupplies(count: 6, ratingWatts: 3000, redundant: 3, onFeedA: 3),
      source: "nameplate: [S] pcnews.ru citing the DGX A100 User Guide (6 × 3 kW PSUs, 6.5 kW "
        + "max); host power: modelled (DGX H100 headroom fractions)"),
    SystemSpec(
      id: "dgx-b200", name: "NVIDIA DGX B200 (8× B200)",
      gpu: "b200", gpusPerNode: 8,
      nameplateKW: 14.3,
      // calibrated: air-cooled 8× B200 idle 2,900 W wall × 0.94 − 8 × 140 W = 1,606 W.
      // peak modelled: headroom 14,300 × 0.94 − 8,000 = 5,442 W × 0.451 = 2,454 W.
      hostIdleWatts: 1600, hostPeakWatts: 2400,
      psuEfficiency: 0.94,
      // modelled: 4 per rack = 57.2 kW, as NVIDIA's DGX B300 SuperPOD RA (4 systems, ~56 kW).
      defaultNodesPerRack: 4,
      // DGX B200 User Guide, Power Specifications: 6 × 3.3 kW in 5+1; air-cooled (10U, fans).
      // The A/B split 3 + 3 is modelled (the guide gives no cabling): one side carries 9.9 kW.
      cooling: .air,
      powerSupplies: PowerSupplies(count: 6, ratingWatts: 3300, redundant: 1, onFeedA: 3),
      source: "nameplate: NVIDIA DGX B200 User Guide, Power Specifications (14.3 kW, 6 × 3.3 kW "
        + "5+1); host idle: calibrated (MLPerf spl.txt idle); host peak: modelled"),
    SystemSpec(
      id: "dgx-h100", name: "NVIDIA DGX H100 (8× H100 SXM5)",
      gpu: "h100-sxm", gpusPerNode: 8,
      nameplateKW: 10.2,
      // calibrated: idle wall 2,250 W × 0.94 − 8 × 75 W = 1,515 W.
      // calibrated: MP-2 (H200, same chassis, 500 W cap) 6,153 W × 0.94 − 8 × 500 W = 1,784 W.
      hostIdleWatts: 1500, hostPeakWatts: 1800,
      psuEfficiency: 0.94,
      // NVIDIA DGX SuperPOD H100 data-center design guide: 4 systems = 40.8 kW per rack.
      defaultNodesPerRack: 4,
      // DGX H100/H200 User Guide via [S] unanswered.io: 6 × 3.3 kW in 4+2, 3 per feed; runs
      // braked with 3 (one feed), needs 3 to boot. Air-cooled (MLPerf v4.1 system JSONs).
      cooling: .air,
      powerSupplies: PowerSupplies(count: 6, ratingWatts: 3300, redundant: 2, onFeedA: 3),
      source: "nameplate: [S] unanswered.io citing the DGX H100/H200 User Guide (6 × 3.3 kW, "
        + "4+2, 10.2 kW); host: calibrated (MLPerf idle logs; MP-2 wall power)"),
    SystemSpec(
      id: "dgx-h200", name: "NVIDIA DGX H200 (8× H200 SXM)",
      gpu: "h200-sxm", gpusPerNode: 8,
      nameplateKW: 10.2,
      // calibrated: H200 8-GPU systems idle 2.37–2.56 kW; 2,450 W × 0.94 − 8 × 75 W = 1,703 W.
      // calibrated: MP-2 6,153 W × 0.94 − 8 × 500 W (GPUs at their 500 W cap) = 1,784 W.
      hostIdleWatts: 1700, hostPeakWatts: 1800,
      psuEfficiency: 0.94,
      defaultNodesPerRack: 4,
      cooling: .air,
      powerSupplies: PowerSupplies(count: 6, ratingWatts: 3300, redundant: 2, onFeedA: 3),
      source: "nameplate: DGX H100/H200 User Guide (10.2 kW); host: calibrated (MLPerf v4.1 "
        + "H200 idle logs and MP-2 wall power, measurements.md); 4 per rack as DGX H100"),
    SystemSpec(
      id: "gb200-nvl72", name: "NVIDIA GB200 NVL72 compute tray (2 Grace + 4 Blackwell)",
      gpu: "gb200", gpusPerNode: 4,
      // NVIDIA DPS "latest" tray maxLoadWatts 6,667 W (DPS 0.7.2 said 5,640 W; newer chosen).
      nameplateKW: 6.667,
      // modelled: DPS tray minLoad 1,000 W − 4 × 140 W GPU idle = 440 W.
      // modelled: 6,667 × 0.95 − 4 × 1,200 W = 1,533 W (2 Grace, 4 CX-7, 2 BlueField-3, fans).
      hostIdleWatts: 440, hostPeakWatts: 1500,
      // NVIDIA DPS standard device "Generic Power Supply at 3300W 95 Pct Eff".
      psuEfficiency: 0.95,
      defaultNodesPerRack: 18, fixedNodesPerRack: 18,
      // 9 NVLink switch trays 3.6 kW total ([S] introl.com citing Supermicro, NVL72 rack)
      // + 2 management ToR switches and rack management, modelled 0.4 kW.
      rackOverheadKW: 4.0,
      // modelled: cold plates take CPUs and GPUs, fans the NICs and storage (DGX GB200 User
      // Guide); no published split, so 0.85 to liquid.
      liquidCooledFraction: 0.85,
      cooling: .hybrid,
      // The rack's power shelves, shared by its trays: NVIDIA BCM "Power Shelf Integration",
      // 8 shelves × 6 PSUs × 5.5 kW. The split (4 shelves per feed, 24+24) is modelled.
      powerSupplies: PowerSupplies(count: 48, ratingWatts: 5500, redundant: 24, onFeedA: 24),
      // NVLink 5 switch trays join all 72 GPUs of the rack in one domain (GB200 NVL72 datasheet).
      nvlinkDomainGPUs: 72,
      source: "tray: NVIDIA DPS device spec (latest; max 6,667 W, min 1,000 W); layout: DGX "
        + "GB200 User Guide; rack overhead: secondary + modelled; liquid fraction: modelled"),
    SystemSpec(
      id: "hgx-h100", name: "OEM HGX H100 8-GPU server (e.g. Dell PowerEdge XE9680)",
      gpu: "h100-sxm", gpusPerNode: 8,
      // No OEM maximum-input figure found: the XE9680 lists 6 PSUs, 19.2 kW installed in a 3+3
      // fault-tolerant set ([S] StorageReview) — PSU capacity, not draw. DGX H100 used.
      nameplateKW: 10.2,
      hostIdleWatts: 1500, hostPeakWatts: 1800,
      psuEfficiency: 0.94,
      defaultNodesPerRack: 4,
      // [S] StorageReview XE9680: 6 PSUs, 19.2 kW installed, 3+3 fault-tolerant → 3.2 kW each.
      cooling: .air,
      powerSupplies: PowerSupplies(count: 6, ratingWatts: 3200, redundant: 3, onFeedA: 3),
      source: "nameplate and host power: same as dgx-h100 (modelled; no OEM max-input spec "
        + "found); PSU layout: StorageReview XE9680 review"),
    SystemSpec(
      id: "mi300x-8", name: "8× MI300X OAM server (Supermicro AS-8125GS-TNMR2)",
      gpu: "mi300x", gpusPerNode: 8,
      // modelled: (8 × 750 + 1,800) / 0.94 = 8.30 kW peak wall × 1.30 (DGX H100 nameplate over
      // its modelled peak, 10.2 / 7.87) = 10.8 kW; no public OEM nameplate found.
      nameplateKW: 10.8,
      // modelled: same as the calibrated HGX-class 8-GPU host (2 EPYC 9374F, air-cooled 8U).
      hostIdleWatts: 1500, hostPeakWatts: 1800,
      psuEfficiency: 0.94,
      defaultNodesPerRack: 4,
      // modelled: 6 × 3 kW in 3+3, the layout of 8U 8-GPU OAM servers; not verified.
      cooling: .air,
      powerSupplies: PowerSupplies(count: 6, ratingWatts: 3000, redundant: 3, onFeedA: 3),
      source: "platform: MLCommons v4.1 AMD system JSON 8xMI300X_2xEPYC-9374F (air-cooled); "
        + "nameplate and host power: modelled"),
    SystemSpec(
      id: "pcie-h100-8", name: "Generic 4U server, 8× H100 PCIe",
      gpu: "h100-pcie", gpusPerNode: 8,
      // modelled: (8 × 350 + 1,300) / 0.94 = 4.36 kW × 1.30 = 5.7 kW.
      nameplateKW: 5.7,
      // modelled component sum: idle 2 CPUs 200 + DIMMs 100 + fans 100 + PCIe switches 60 +
      // NICs 40 + BMC/drives 50 ≈ 550 → 600 W; peak 2 × 350 W CPUs + 200 DIMMs + 100 switches
      // + 50 NICs + 250 fans ≈ 1,300 W.
      hostIdleWatts: 600, hostPeakWatts: 1300,
      psuEfficiency: 0.94,
      // modelled: 4 × 4U at ≈ 4.4 kW peak each ≈ 17.4 kW, one 415 V 32 A 3φ feed (§1.3).
      defaultNodesPerRack: 4,
      // modelled: 4 × 3 kW in 2+2, one side carrying the nameplate (dual-corded practice).
      cooling: .air,
      powerSupplies: PowerSupplies(count: 4, ratingWatts: 3000, redundant: 2, onFeedA: 2),
      source: "modelled: no OEM spec verified; component-sum host power, nameplate = 1.30 × "
        + "modelled peak (DGX H100 ratio)"),
    SystemSpec(
      id: "pcie-l4-8", name: "Generic 2U server, 8× L4",
      gpu: "l4", gpusPerNode: 8,
      // modelled: (8 × 72 + 800) / 0.94 = 1.46 kW × 1.30 = 1.9 kW.
      nameplateKW: 1.9,
      // modelled: 2U, 2 CPUs of ≈ 250 W TDP; idle ≈ 350 W, peak ≈ 800 W.
      hostIdleWatts: 350, hostPeakWatts: 800,
      psuEfficiency: 0.94,
      // modelled: 8 × 2U ≈ 11.7 kW peak, inside one 17.5 kW feed.
      defaultNodesPerRack: 8,
      // modelled: 2 × 2 kW in 1+1, one per feed, each carrying the nameplate.
      cooling: .air,
      powerSupplies: PowerSupplies(count: 2, ratingWatts: 2000, redundant: 1, onFeedA: 1),
      source: "modelled: no OEM spec verified; component-sum host power, nameplate = 1.30 × "
        + "modelled peak (DGX H100 ratio)"),
    SystemSpec(
      id: "pcie-l40s-8", name: "Generic 4U server, 8× L40S",
      gpu: "l40s", gpusPerNode: 8,
      // modelled: (8 × 350 + 1,300) / 0.94 = 4.36 kW × 1.30 = 5.7 kW.
      nameplateKW: 5.7,
      hostIdleWatts: 600, hostPeakWatts: 1300,
      psuEfficiency: 0.94,
      defaultNodesPerRack: 4,
      cooling: .air,
      powerSupplies: PowerSupplies(count: 4, ratingWatts: 3000, redundant: 2, onFeedA: 2),
      source: "modelled: as pcie-h100-8 (same 350 W cards, same 4U host); no OEM nameplate "
        + "verified"),
  ]
}
