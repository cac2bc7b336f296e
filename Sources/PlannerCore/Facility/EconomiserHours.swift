import Foundation

extension Economiser {
  /// Share of a day's hours at or below the economiser's changeover when the month's mean
  /// outdoor temperature is `meanC`: each hour h (taken at its middle) is
  /// T(h) = mean + swing / 2 × cos(2π (h − 15) / 24), warmest at 15:00, coldest at 03:00.
  /// The method counts hours against the changeover, as facility-reference §4.6 describes
  /// for free-cooling hours; the cosine day stands in for an hourly weather year.
  public static func share(_ economiser: Economiser?, meanC: Double) -> Double {
    guard let economiser else { return 0 }
    let hours = (0..<24).filter { hour in
      let h = Double(hour) + 0.5
      let t = meanC + economiser.diurnalSwingK / 2 * cos(2 * Double.pi * (h - 15) / 24)
      return t <= economiser.belowC
    }
    return Double(hours.count) / 24
  }

  /// Hours a year at or below the changeover, from twelve monthly means (January first).
  public static func hoursPerYear(_ economiser: Economiser?, monthlyMeansC: [Double]) -> Double {
    zip(monthlyMeansC, AnnualEnergy.daysPerMonth).map { mean, days in
      Double(days) * 24 * share(economiser, meanC: mean)
    }.reduce(0, +)
  }
}
