/// What energy costs and emits (JSON `site.energyPricePerKWh`, `site.demandChargePerKWMonth`,
/// `site.gridCarbonGPerKWh`). Money is in the scenario's currency, whatever it is.
public struct Tariff: Sendable, Equatable {
  /// Price per kWh at the meter: one value (flat) or 24 (hour 0 first); empty: not given.
  public var pricePerKWh: [Double]
  /// Charge per kW of the month's peak facility power, per month.
  public var demandChargePerKWMonth: Double
  /// Grid carbon intensity in g CO₂e per kWh: one value, 24 hourly or 12 monthly (January
  /// first); empty: not given.
  public var carbonGPerKWh: [Double]

  /// A tariff; every part absent (cost and carbon 0) by default.
  public init(
    pricePerKWh: [Double] = [], demandChargePerKWMonth: Double = 0, carbonGPerKWh: [Double] = []
  ) {
    self.pricePerKWh = pricePerKWh
    self.demandChargePerKWMonth = demandChargePerKWMonth
    self.carbonGPerKWh = carbonGPerKWh
  }

  /// Price per kWh in five-minute `slot` (0…287).
  public func price(slot: Int) -> Double {
    pricePerKWh.count == 24 ? pricePerKWh[slot / 12] : pricePerKWh.first ?? 0
  }

  /// Grams of CO₂e per kWh in `slot` of a day of calendar month `monthOfYear` (0 = January;
  /// nil without a calendar: the mean of 12 monthly values).
  public func carbon(slot: Int, monthOfYear: Int?) -> Double {
    switch carbonGPerKWh.count {
    case 24: return carbonGPerKWh[slot / 12]
    case 12:
      if let month = monthOfYear { return carbonGPerKWh[month] }
      return carbonGPerKWh.reduce(0, +) / 12
    default: return carbonGPerKWh.first ?? 0
    }
  }
}
