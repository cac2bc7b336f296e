/// How nodes are racked and provisioned, and the CPU pool beside them (JSON `fleet`).
public struct Fleet: Sendable, Equatable {
  /// What a rack's power budget is charged per node.
  public enum Provisioning: String, Sendable, Codable, CaseIterable {
    /// The node's nameplate maximum: safe without a cap, strands power.
    case nameplate
    /// The modelled peak with margins: denser, needs a power cap to be safe.
    case modeledPeak
  }

  /// Most nodes per rack, when the rack's power allows; nil: each system's default
  /// (JSON `nodesPerRack`).
  public var nodesPerRack: Int?
  public var provisionBy: Provisioning
  /// Top-of-rack switches and the rack's share of the spine, in kW (JSON `networkKWPerRack`).
  public var networkKWPerRack: Double
  /// Storage and other shared IT outside the racks planned here, in kW (JSON `storageKW`).
  public var storageKW: Double
  public var cpuServer: CPUServer
  /// When the forecast installs GPUs (JSON `install`).
  public var install: Install = .perMonth

  /// When GPUs are installed over a forecast's months.
  public enum Install: String, Sendable, Codable, CaseIterable {
    /// Each month installs what it needs; nothing is removed (JSON `perMonth`).
    case perMonth
    /// The horizon's largest fleet is installed in the start month (JSON `upFront`).
    case upFront
  }

  public init(
    nodesPerRack: Int?, provisionBy: Provisioning, networkKWPerRack: Double, storageKW: Double,
    cpuServer: CPUServer, install: Install = .perMonth
  ) {
    self.nodesPerRack = nodesPerRack
    self.provisionBy = provisionBy
    self.networkKWPerRack = networkKWPerRack
    self.storageKW = storageKW
    self.cpuServer = cpuServer
    self.install = install
  }
}

/// The servers of the CPU pool that runs tokenisation, retrieval, orchestration and logging
/// (JSON `fleet.cpuServer`).
public struct CPUServer: Sendable, Equatable {
  /// Cores per server (JSON `cores`).
  public var cores: Int
  /// Wall power idle, in watts (JSON `idleWatts`).
  public var idleWatts: Double
  /// Wall power with every core busy, in watts (JSON `peakWatts`).
  public var peakWatts: Double
  /// Highest planned core utilisation, 0…1 (JSON `targetUtilization`).
  public var targetUtilization: Double
  /// Servers per rack (JSON `serversPerRack`).
  public var serversPerRack: Int

  /// A dual-socket 64-core server: ≈ 200 W idle, ≈ 600 W busy (SPECpower-class figures for
  /// current two-socket servers; modelled, replace with your own).
  public static let `default` = CPUServer(
    cores: 64, idleWatts: 200, peakWatts: 600, targetUtilization: 0.6, serversPerRack: 20)

  public init(
    cores: Int, idleWatts: Double, peakWatts: Double, targetUtilization: Double,
    serversPerRack: Int
  ) {
    self.cores = cores
    self.idleWatts = idleWatts
    self.peakWatts = peakWatts
    self.targetUtilization = targetUtilization
    self.serversPerRack = serversPerRack
  }
}
