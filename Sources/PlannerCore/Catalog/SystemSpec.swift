/// A server (node) type: how many GPUs of which kind, what the rest of the box draws, and
/// its nameplate maximum.
public struct SystemSpec: Sendable, Equatable, Codable {
  /// Catalog id (`dgx-h100`).
  public var id: String
  /// Marketing name (`NVIDIA DGX H100`).
  public var name: String
  /// Catalog id of the GPU it carries (JSON `gpu`).
  public var gpu: String
  /// GPUs per node (JSON `gpusPerNode`).
  public var gpusPerNode: Int
  /// Nameplate maximum input power of one node, in kilowatts (JSON `nameplateKW`).
  public var nameplateKW: Double
  /// Everything but the GPUs (CPUs, memory, NICs, switches, fans), DC side, when idle,
  /// in watts (JSON `hostIdleWatts`).
  public var hostIdleWatts: Double
  /// The same at full load, in watts (JSON `hostPeakWatts`).
  public var hostPeakWatts: Double
  /// Power-supply efficiency, AC in to DC out, 0…1 (JSON `psuEfficiency`).
  public var psuEfficiency: Double
  /// Nodes a rack holds by default (JSON `defaultNodesPerRack`).
  public var defaultNodesPerRack: Int
  /// For rack-scale systems (GB200 NVL72) the rack is the unit: exactly this many nodes per
  /// rack, nil for ordinary servers (JSON `fixedNodesPerRack`).
  public var fixedNodesPerRack: Int?
  /// Power of the rack's own shared equipment beyond its nodes (NVLink switch trays, rack
  /// management), in kilowatts per rack (JSON `rackOverheadKW`).
  public var rackOverheadKW: Double
  /// Fraction of node heat carried away by liquid (direct-to-chip), 0 for air-cooled
  /// systems (JSON `liquidCooledFraction`).
  public var liquidCooledFraction: Double
  /// How the node rejects its heat: air, hybrid (cold plates and fans) or liquid (JSON
  /// `cooling`); a system that is not air-cooled needs the site's liquid loop.
  public var cooling: CoolingKind
  /// The node's power supplies and their split over the A and B feeds.
  public var powerSupplies: PowerSupplies
  /// GPUs one NVLink domain joins, across nodes where the system's switches span several
  /// (72 for a GB200 NVL72 rack of 18 trays); nil: one node (JSON `nvlinkDomainGPUs`). Tensor
  /// parallelism inside the domain runs at the GPU's interconnect, beyond it at the network's.
  public var nvlinkDomainGPUs: Int? = nil
  /// Scale-out network bandwidth per GPU, in GB/s each direction (JSON `networkGBpsPerGPU`;
  /// default 50, one 400 Gb/s NIC per GPU as DGX H100/B200 carry).
  public var networkGBpsPerGPU: Double = 50
  /// Where the figures come from.
  public var source: String

  /// GPUs that share one NVLink domain: `nvlinkDomainGPUs`, else one node's.
  public var nvlinkDomain: Int { nvlinkDomainGPUs ?? gpusPerNode }

  public init(
    id: String, name: String, gpu: String, gpusPerNode: Int, nameplateKW: Double,
    hostIdleWatts: Double, hostPeakWatts: Double, psuEfficiency: Double,
    defaultNodesPerRack: Int, fixedNodesPerRack: Int? = nil, rackOverheadKW: Double = 0,
    liquidCooledFraction: Double = 0, cooling: CoolingKind? = nil,
    powerSupplies: PowerSupplies? = nil, nvlinkDomainGPUs: Int? = nil, source: String
  ) {
    self.nvlinkDomainGPUs = nvlinkDomainGPUs
    self.id = id
    self.name = name
    self.gpu = gpu
    self.gpusPerNode = gpusPerNode
    self.nameplateKW = nameplateKW
    self.hostIdleWatts = hostIdleWatts
    self.hostPeakWatts = hostPeakWatts
    self.psuEfficiency = psuEfficiency
    self.defaultNodesPerRack = defaultNodesPerRack
    self.fixedNodesPerRack = fixedNodesPerRack
    self.rackOverheadKW = rackOverheadKW
    self.liquidCooledFraction = liquidCooledFraction
    self.cooling = cooling ?? .implied(byLiquidFraction: liquidCooledFraction)
    self.powerSupplies = powerSupplies ?? .onePlusOne(nameplateKW: nameplateKW)
    self.source = source
  }
}
