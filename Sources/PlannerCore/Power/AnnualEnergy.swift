/// The representative day repeated through a year whose months have their own outdoor
/// temperature: the energy-weighted (annual) PUE of The Green Grid's definition, which an
/// instantaneous PUE at the design day overstates (shared/facility-reference.md §5.1).
public struct AnnualEnergy: Sendable, Equatable {
  public static let daysPerMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

  public var itMWh: Double
  public var facilityMWh: Double
  /// Where the temperatures came from: `monthly` or `design` (the design ambient all year).
  public var climate: String
  /// Hours a year the economiser carries the heat with the compressors off.
  public var economiserHours: Double = 0

  public var pue: Double { itMWh > 0 ? facilityMWh / itMWh : 1 }

  /// Σ over months of days × the day's facility energy at that month's ambient, over the same
  /// sum of IT energy.
  public static func compute(_ daily: DailyEnergy, site: Site, liquidShare: Double = 0)
    -> AnnualEnergy
  {
    let months = site.monthlyAmbientC ?? Array(repeating: site.designAmbientC, count: 12)
    var facility = 0.0
    var parts = FacilityBreakdown(itKW: 0)
    for (ambient, days) in zip(months, daysPerMonth) {
      var month = site
      month.designAmbientC = ambient
      let share = Economiser.share(site.cooling.economiser, meanC: ambient)
      let model = FacilityModel(site: month, liquidShare: liquidShare, economiserShare: share)
      let day = DailyEnergy.kilowattHours(
        daily.slotIT.map { model.facility(it: $0, using: &parts) })
      facility += Double(days) * day
    }
    let economiserHours = Economiser.hoursPerYear(site.cooling.economiser, monthlyMeansC: months)
    let it = DailyEnergy.kilowattHours(daily.slotIT) * 365
    return AnnualEnergy(
      itMWh: it / 1000, facilityMWh: facility / 1000,
      climate: site.monthlyAmbientC == nil ? "design" : "monthly", economiserHours: economiserHours)
  }
}
