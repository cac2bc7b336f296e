/// Built-in systems of the 2025–2026 GPUs, sorted by id; `docs/catalog.md` gives every source
/// and the arithmetic in full.
///
/// No wall measurement of these systems was found: host power reuses the calibrated figures
/// of the nearest system (HGX-class 8-GPU servers, DGX B200, the PCIe class, the GB200 NVL72
/// tray), and nameplates with no published figure are 1.30 × the modelled peak wall (the DGX
/// H100 ratio, as for `mi300x-8`).
enum BuiltInSystems2025 {
  static let all: [SystemSpec] = [
    SystemSpec(
      id: "gb300-nvl72", name: "NVIDIA GB300 NVL72 compute tray (2 Grace + 4 Blackwell Ultra)",
      gpu: "gb300", gpusPerNode: 4,
      // [S] ~7 kW a compute tray (NVIDIA at Hot Chips 2025; Morgan Stanley model 6.6 kW).
      nameplateKW: 7.0,
      // modelled: idle as the GB200 tray (440 W); peak 7,000 × 0.95 − 4 × 1,400 = 1,050 W
      // → 1,000 W for 2 Grace, 4 ConnectX-8, BlueField-3 and pumps.
      hostIdleWatts: 440, hostPeakWatts: 1000,
      psuEfficiency: 0.95,
      defaultNodesPerRack: 18, fixedNodesPerRack: 18,
      // As GB200 NVL72: 9 NVLink switch trays 3.6 kW ([S] introl.com) + 0.4 kW modelled;
      // 18 × 7.0 + 4.0 = 130 kW a rack, inside the 120–140 kW [S] figures.
      rackOverheadKW: 4.0,
      // [S] "designed to be 100% liquid-cooled" (glennklockwood.com, NVIDIA Hot Chips 2025).
      liquidCooledFraction: 1.0,
      cooling: .liquid,
      // [S] 8 power shelves, 132 kW DC (introl.com citing Supermicro) = 8 × 6 × 5.5 kW as
      // GB200; split 4 shelves per feed, modelled.
      powerSupplies: PowerSupplies(count: 48, ratingWatts: 5500, redundant: 24, onFeedA: 24),
      // NVLink 5 switch trays join the rack's 72 GPUs in one domain, as GB200 NVL72.
      nvlinkDomainGPUs: 72,
      source: "tray and rack: [S] NVIDIA Hot Chips 2025 and Supermicro via press; layout as "
        + "GB200 NVL72 (18 trays, 9 switch trays); host power: modelled"),
    SystemSpec(
      id: "hgx-b300", name: "HGX B300 8-GPU air-cooled server (e.g. DGX B300, ASUS XA NB3I-E12)",
      gpu: "b300", gpusPerNode: 8,
      // [S] DGX B300 14.5 kW (NVIDIA docs as quoted); peak wall (8 × 1,100 + 2,400) / 0.94
      // = 11.9 kW.
      nameplateKW: 14.5,
      // modelled: = DGX B200 (idle calibrated 1,600 W, peak modelled 2,400 W).
      hostIdleWatts: 1600, hostPeakWatts: 2400,
      psuEfficiency: 0.94,
      // modelled: 4 per rack = 58 kW, as NVIDIA's DGX B300 SuperPOD RA (4 systems, ~56 kW).
      defaultNodesPerRack: 4,
      cooling: .air,
      // [S] ASUS XA NB3I-E12: 10 × 3.2 kW in 5+5 on two buses.
      powerSupplies: PowerSupplies(count: 10, ratingWatts: 3200, redundant: 5, onFeedA: 5),
      source: "nameplate: [S] DGX B300 14.5 kW; PSUs: [S] ASUS XA NB3I-E12 deployment report; "
        + "host power: modelled (= DGX B200)"),
    SystemSpec(
      id: "hgx-h20", name: "HGX H20 8-GPU server",
      gpu: "h20", gpusPerNode: 8,
      // modelled: (8 × 400 + 1,800) / 0.94 = 5.32 kW × 1.30 = 6.9 kW.
      nameplateKW: 6.9,
      hostIdleWatts: 1500, hostPeakWatts: 1800,
      psuEfficiency: 0.94,
      defaultNodesPerRack: 4,
      cooling: .air,
      // modelled: 4 × 3 kW in 2+2, one pair on each feed (6 kW a side ≥ 5.3 kW peak).
      powerSupplies: PowerSupplies(count: 4, ratingWatts: 3000, redundant: 2, onFeedA: 2),
      source: "modelled: no OEM H20 server spec found; HGX-class host (1,500 / 1,800 W), "
        + "nameplate 1.30 × modelled peak"),
    SystemSpec(
      id: "mi325x-8", name: "8× MI325X OAM platform (UBB 2.0, air-cooled)",
      gpu: "mi325x", gpusPerNode: 8,
      // modelled: (8 × 1,000 + 1,800) / 0.94 = 10.43 kW × 1.30 = 13.6 kW.
      nameplateKW: 13.6,
      hostIdleWatts: 1500, hostPeakWatts: 1800,
      psuEfficiency: 0.94,
      defaultNodesPerRack: 4,
      cooling: .air,
      // modelled: 8 × 3.3 kW in 4+4 (13.2 kW a side ≥ 10.4 kW peak).
      powerSupplies: PowerSupplies(count: 8, ratingWatts: 3300, redundant: 4, onFeedA: 4),
      source: "platform: AMD Instinct MI325X Platform (8 OAM on UBB 2.0; MLPerf v5.0 AMD "
        + "8xMI325X systems); nameplate, host and PSUs: modelled"),
    SystemSpec(
      id: "mi355x-8", name: "8× MI355X OAM platform (direct liquid cooling)",
      gpu: "mi355x", gpusPerNode: 8,
      // modelled: (8 × 1,400 + 1,800) / 0.94 = 13.83 kW × 1.30 = 18.0 kW.
      nameplateKW: 18.0,
      hostIdleWatts: 1500, hostPeakWatts: 1800,
      psuEfficiency: 0.94,
      // modelled: 4 per rack = 72 kW; AMD shows liquid racks of up to 64 MI355X ([S]).
      defaultNodesPerRack: 4,
      // modelled: cold plates on GPUs and CPUs, fans for the rest, as GB200 (0.85).
      liquidCooledFraction: 0.85,
      cooling: .hybrid,
      // modelled: 12 × 3 kW in 6+6, one set a feed (18 kW a side = the nameplate).
      powerSupplies: PowerSupplies(count: 12, ratingWatts: 3000, redundant: 6, onFeedA: 6),
      source: "platform: AMD MI355X, 1,400 W, designed for direct liquid cooling ([S] Tom's "
        + "Hardware); nameplate, host, liquid share and PSUs: modelled"),
    SystemSpec(
      id: "pcie-h200-nvl-8", name: "Generic 4U server, 8× H200 NVL, two 4-way NVLink bridges",
      gpu: "h200-nvl", gpusPerNode: 8,
      // modelled: (8 × 600 + 1,300) / 0.94 = 6.49 kW × 1.30 = 8.4 kW.
      nameplateKW: 8.4,
      hostIdleWatts: 600, hostPeakWatts: 1300,
      psuEfficiency: 0.94,
      defaultNodesPerRack: 4,
      cooling: .air,
      // modelled: 4 × 3.3 kW in 2+2, a pair a feed (6.6 kW a side ≥ 6.49 kW peak).
      powerSupplies: PowerSupplies(count: 4, ratingWatts: 3300, redundant: 2, onFeedA: 2),
      // A 4-way NVLink bridge joins four GPUs (H200 datasheet); beyond it, PCIe and the network.
      nvlinkDomainGPUs: 4,
      source: "modelled: NVIDIA MGX-style PCIe server; H200 NVL 2- or 4-way NVLink bridges "
        + "(H200 datasheet); host as pcie-h100-8, nameplate 1.30 × modelled peak"),
    SystemSpec(
      id: "pcie-h200-nvl-8x2", name: "Generic 4U server, 8× H200 NVL, four 2-way NVLink bridges",
      gpu: "h200-nvl", gpusPerNode: 8,
      nameplateKW: 8.4,
      hostIdleWatts: 600, hostPeakWatts: 1300,
      psuEfficiency: 0.94,
      defaultNodesPerRack: 4,
      cooling: .air,
      powerSupplies: PowerSupplies(count: 4, ratingWatts: 3300, redundant: 2, onFeedA: 2),
      // A 2-way bridge joins a pair.
      nvlinkDomainGPUs: 2,
      source: "modelled: as pcie-h200-nvl-8 with 2-way bridges (NVLink joins pairs)"),
  ]
}
