/// How a day's interactive requests spread over its hours (JSON `traffic.profile`: a preset
/// name or 24 hourly weights). Weights are relative; only their shape matters.
public struct DiurnalProfile: Sendable, Equatable {
  /// Name shown in reports (a preset's name, or `custom`).
  public var name: String
  /// 24 weights, hour 0 first, normalised to a mean of 1.
  public let hourlyWeights: [Double]
  /// The load of each five-minute slot over the day's mean (mean 1): hourly weights placed at
  /// each hour's middle, linear between them, wrapping at midnight. Worked out once: every
  /// month of a forecast reads the same array.
  public let slotFactors: [Double]

  public init(name: String, hourlyWeights: [Double]) {
    self.name = name
    let mean = hourlyWeights.reduce(0, +) / Double(max(hourlyWeights.count, 1))
    self.hourlyWeights = hourlyWeights.map { mean > 0 ? $0 / mean : 1 }
    slotFactors = Self.slotFactors(self.hourlyWeights)
  }

  /// Five-minute slots in a day.
  public static let slotsPerDay = 288

  /// `slotFactors` of `hourlyWeights`.
  private static func slotFactors(_ hourlyWeights: [Double]) -> [Double] {
    let raw = (0..<Self.slotsPerDay).map { slot -> Double in
      let hour = (Double(slot) + 0.5) / 12 - 0.5  // slot middle, in hours from hour 0's middle
      let lower = Int((hour).rounded(.down))
      let w = hour - Double(lower)
      let a = hourlyWeights[(lower + 24) % 24]
      let b = hourlyWeights[(lower + 1 + 24) % 24]
      return a + w * (b - a)
    }
    let mean = raw.reduce(0, +) / Double(raw.count)
    return raw.map { $0 / mean }
  }

  /// The busiest slot's load over the day's mean.
  public var peakFactor: Double { slotFactors.max() ?? 1 }

  /// Every slot the same.
  public static let flat = DiurnalProfile(
    name: "flat", hourlyWeights: Array(repeating: 1, count: 24))

  /// An enterprise tool used in office hours of one region: a trough of 0.12–0.15 of the peak
  /// at night, a plateau from 9:00 to 17:00. A modelled shape; give your own weights where you
  /// have telemetry.
  public static let businessHours = DiurnalProfile(
    name: "business-hours",
    hourlyWeights: [
      0.15, 0.12, 0.12, 0.12, 0.15, 0.2, 0.3, 0.5, 0.8, 0.95, 1.0, 1.0,
      0.9, 0.95, 1.0, 1.0, 0.9, 0.7, 0.5, 0.4, 0.35, 0.3, 0.25, 0.2,
    ])

  /// A consumer product in one region: low before dawn, rising through the day, an evening
  /// peak at 20:00–22:00. A modelled shape.
  public static let consumer = DiurnalProfile(
    name: "consumer",
    hourlyWeights: [
      0.45, 0.3, 0.2, 0.15, 0.15, 0.2, 0.3, 0.45, 0.55, 0.6, 0.65, 0.7,
      0.75, 0.75, 0.7, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0, 1.0, 0.9, 0.7,
    ])

  /// Users on several continents: a shallow swing between 0.6 and 1.0. A modelled shape.
  public static let global = DiurnalProfile(
    name: "global",
    hourlyWeights: [
      0.7, 0.65, 0.6, 0.6, 0.62, 0.66, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95,
      1.0, 1.0, 1.0, 0.98, 0.95, 0.9, 0.88, 0.85, 0.82, 0.8, 0.77, 0.73,
    ])

  /// Presets by JSON name.
  public static let presets: [DiurnalProfile] = [flat, businessHours, consumer, global]
}
