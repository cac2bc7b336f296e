/// One month of the forecast as energy, money and carbon: the month's representative day at
/// the month's mean outdoor temperature (as the annual PUE uses it), times its days.
public struct MonthlyEnergy: Sendable, Equatable {
  /// One surface's share of the month's cost and carbon.
  public struct SurfaceShare: Sendable, Equatable {
    /// The surface's name.
    public var name: String
    /// Requests in the month, retries included.
    public var requests: Double
    /// The surface's share of the month's cost over its requests, per 1,000.
    public var costPer1000Requests: Double
    /// The surface's share of the month's carbon over its requests, per 1,000, in kg CO₂e.
    public var carbonKgPer1000Requests: Double
  }

  /// Days in the month (365 / 12 without a calendar).
  public var days: Double
  /// Mean outdoor temperature the month's energy is computed at, in °C.
  public var meanAmbientC: Double
  /// IT energy over the month, in kWh (boundary: IT).
  public var itKWh: Double
  /// Facility energy over the month, in kWh (boundary: facility).
  public var facilityKWh: Double
  /// Tokens generated over the month.
  public var outputTokens: Double
  /// Σ slots facility kWh × the slot's price, over the month.
  public var energyCost: Double
  /// Demand charge on the month's peak facility power (the design day's, modelled).
  public var demandCost: Double
  /// kg CO₂e of the month's facility energy.
  public var carbonKg: Double
  /// Each surface's share, in scenario order.
  public var surfaces: [SurfaceShare]

  /// Energy cost and demand charge together.
  public var cost: Double { energyCost + demandCost }
  /// Generated tokens per joule of IT energy over the month.
  public var tokensPerJoule: Double { itKWh > 0 ? outputTokens / (itKWh * 3.6e6) : 0 }

  /// Energy, cost and carbon of month `index` of `horizon` planned as `chain`.
  ///
  /// Cost and carbon per 1,000 requests: the month's cost (carbon) goes to the surfaces in
  /// proportion to their IT energy, each request weighing its energy at the month's peak
  /// (`RequestEnergy`), so idle power is shared as the busy power is and the shares add up
  /// to the whole bill: cost per 1,000 = cost × share / requests × 1,000.
  public static func compute(_ chain: PlanChain, horizon: Horizon, index: Int) -> MonthlyEnergy {
    let scenario = chain.scenario
    let site = scenario.site
    let moy = horizon.monthOfYear(index)
    var energySite = site
    energySite.designAmbientC = moy.flatMap { site.monthlyAmbientC?[$0] } ?? site.designAmbientC
    var facility = FacilityModel(site: energySite, liquidShare: chain.facility.liquidShare)
    facility.economiserShare = Economiser.share(
      site.cooling.economiser, meanC: energySite.designAmbientC)
    let day = DailyEnergy.compute(
      scenario, demand: chain.demand, fleet: chain.fleet, facility: facility, components: false,
      coefficients: chain.sizing.coefficients)
    let days = moy.map { Double(AnnualEnergy.daysPerMonth[$0]) } ?? 365.0 / 12
    let tariff = site.tariff
    var energyCost = 0.0
    var carbon = 0.0
    for (slot, power) in day.slotFacility.enumerated() {
      let kWh = power.kilowatts / 12
      energyCost += kWh * tariff.price(slot: slot)
      carbon += kWh * tariff.carbon(slot: slot, monthOfYear: moy)
    }
    let peakFacility = chain.facility.facility(it: chain.it.total).kilowatts
    var month = MonthlyEnergy(
      days: days, meanAmbientC: energySite.designAmbientC,
      itKWh: DailyEnergy.kilowattHours(day.slotIT) * days,
      facilityKWh: DailyEnergy.kilowattHours(day.slotFacility) * days,
      outputTokens: day.slotOutputTokensPerSecond.reduce(0, +) * 300 * days,
      energyCost: energyCost * days, demandCost: tariff.demandChargePerKWMonth * peakFacility,
      carbonKg: carbon * days / 1000, surfaces: [])
    month.surfaces = shares(chain, month: month)
    return month
  }

  /// Each surface's requests and its share of the month's cost and carbon.
  private static func shares(_ chain: PlanChain, month: MonthlyEnergy) -> [SurfaceShare] {
    let joules = RequestEnergy.joules(
      chain.scenario, demand: chain.demand, fleet: chain.fleet, it: chain.it)
    let requests = chain.demand.surfaces.map { $0.requestsPerDay * month.days }
    let weights = zip(joules, requests).map { $0 * $1 }
    let total = weights.reduce(0, +)
    return chain.demand.surfaces.indices.map { s in
      let share = total > 0 ? weights[s] / total : 0
      let perThousand = requests[s] > 0 ? 1000 / requests[s] : 0
      return SurfaceShare(
        name: chain.demand.surfaces[s].surface.name, requests: requests[s],
        costPer1000Requests: month.cost * share * perThousand,
        carbonKgPer1000Requests: month.carbonKg * share * perThousand)
    }
  }
}
