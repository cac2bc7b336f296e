/// One month of the forecast: the chain at the month's planning peak on the fleet installed
/// by then, and the month's energy, cost and carbon.
public struct ForecastMonthReport: Sendable, Equatable, Codable {
  /// `YYYY-MM`, or `+N` months when the scenario gives no start month.
  public var month: String
  /// Outdoor temperature the month is planned at (its hottest afternoon), in °C.
  public var designAmbientC: Double
  /// Mean outdoor temperature of the month, for its energy, in °C.
  public var meanAmbientC: Double
  /// Requests per second arriving at the month's planning peak, retries included.
  public var peakRequestsPerSecond: Double
  /// GPUs installed (whole nodes).
  public var gpus: Int
  /// GPU nodes installed.
  public var nodes: Int
  /// Racks of GPU nodes and CPU servers.
  public var racks: Int
  /// IT and facility power at the month's peak, modelled (boundaries: IT, facility).
  public var itPeakKW: Double
  /// Facility power at the month's peak (boundary: facility).
  public var facilityPeakKW: Double
  /// The same with the margins, what the limits are checked against.
  public var itPlannedKW: Double
  /// Facility power with the margins.
  public var facilityPlannedKW: Double
  /// Facility over IT at the month's peak.
  public var pue: Double
  /// Generated tokens per joule of IT energy over the month.
  public var tokensPerJoule: Double
  /// Energy over the month (boundaries: IT, facility).
  public var itKWh: Double
  /// Facility energy over the month (boundary: facility).
  public var facilityKWh: Double
  /// Energy cost plus demand charge, in the scenario's currency; 0 without a price.
  public var cost: Double
  /// The demand charge part of `cost`.
  public var demandChargeCost: Double
  /// kg CO₂e of the month's facility energy; 0 without a grid intensity.
  public var carbonKg: Double
  /// The worst check of the month.
  public var status: CheckStatus
  /// The site limit with the least headroom (latency objectives and events aside).
  public var tightestLimit: String?
  /// That limit's headroom, 1 − load / limit.
  public var tightestHeadroom: Double?
  /// Each surface's requests, cost and carbon per 1,000 requests in the month.
  public var surfaces: [SurfaceMonthReport]
  /// Every check of the month: site limits, latency objectives, events.
  public var checks: [Check]
}

/// One surface in one month.
public struct SurfaceMonthReport: Sendable, Equatable, Codable {
  /// The surface's name.
  public var name: String
  /// Requests in the month, retries included.
  public var requests: Double
  /// The surface's share of the month's cost per 1,000 of its requests.
  public var costPer1000Requests: Double
  /// Its share of the month's carbon per 1,000 requests, in kg CO₂e.
  public var carbonKgPer1000Requests: Double
}

/// One limit over the horizon. Months are `YYYY-MM` (or `+N`); null when it never happens
/// within the horizon.
public struct RunwayReport: Sendable, Equatable, Codable {
  /// The check's name (`utility`, `rack-power[dgx-h100]`, `event[chiller-trip]`).
  public var limit: String
  /// What relieves it (`utility`, `generator`, `ups`, `cooling`, `space`, `gpus`); null for
  /// events.
  @EncodedNull public var kind: String? = nil
  @EncodedNull public var firstWarn: String? = nil
  @EncodedNull public var firstFail: String? = nil
  /// First failing month less the lead time; null when it never fails or no lead time is
  /// given for its kind.
  @EncodedNull public var orderBy: String? = nil
  @EncodedNull public var leadTimeMonths: Int? = nil
  /// How many months before the start month the order was due; null when not late.
  @EncodedNull public var lateByMonths: Int? = nil
}

/// The horizon as a whole.
public struct HorizonReport: Sendable, Equatable, Codable {
  /// `YYYY-MM`; null when the scenario gives no `growth` (twelve flat months, numbered).
  @EncodedNull public var startMonth: String? = nil
  public var months: Int
  /// `perMonth` or `upFront`.
  public var install: String
  /// Sums over the months.
  public var itMWh: Double
  /// Facility energy over the horizon.
  public var facilityMWh: Double
  /// Cost over the horizon, demand charges included.
  public var cost: Double
  /// t CO₂e over the horizon.
  public var carbonTonnes: Double
  /// Requests over the horizon, every surface, retries included.
  public var requests: Double
  /// Tokens generated over the horizon.
  public var outputTokens: Double
}

/// Deferrable work in the day's valleys against spread evenly (the same fleet, the same day's
/// tokens).
public struct ValleyFillReport: Sendable, Equatable, Codable {
  /// The day's highest slot of IT power, with batch work spread evenly and filled into the
  /// valleys (boundary: IT).
  public var peakITKWSpread: Double
  /// The same with deferrable work in the valleys.
  public var peakITKWFilled: Double
  /// Generated tokens over the day, both ways (equal: the same work, moved).
  public var outputTokensSpread: Double
  /// The day's tokens with deferrable work in the valleys.
  public var outputTokensFilled: Double
}

/// One component in one five-minute slot of the representative day.
public struct SlotReport: Sendable, Equatable, Codable {
  /// The slot's start, `HH:MM`.
  public var time: String
  /// A deployment's name, `cpu-pool`, `it` or `facility`.
  public var component: String
  /// Requests per second reaching the component (arrivals for IT and facility).
  public var requestsPerSecond: Double
  /// Tokens generated per second by the component.
  public var outputTokensPerSecond: Double
  /// Power at the component's boundary: node wall for deployments and the CPU pool, IT, facility.
  public var kilowatts: Double
}
