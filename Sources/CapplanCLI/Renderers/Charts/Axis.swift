import Foundation
import PlannerCore

/// A linear axis over round ticks ("nice numbers", Heckbert, Graphics Gems 1990): the range
/// is widened to whole multiples of a step of 1, 2 or 5 × 10ⁿ, and each tick labelled with
/// as many decimals as the step needs.
struct Axis {
  /// The widened range the axis spans.
  let lower: Double
  let upper: Double
  /// Distance between ticks.
  let step: Double

  /// An axis covering `low…high` with about `ticks` ticks.
  init(covering low: Double, _ high: Double, ticks: Int = 6) {
    var low = low
    var high = high
    if !(high > low) { high = low + max(1, abs(low)) }
    if !low.isFinite || !high.isFinite {
      low = 0
      high = 1
    }
    let range = Self.nice(high - low, round: false)
    let step = Self.nice(range / Double(max(1, ticks - 1)), round: true)
    self.step = step
    lower = (low / step).rounded(.down) * step
    upper = (high / step).rounded(.up) * step
  }

  /// An axis with the range and step given (hours of a day: 0…24 by 3).
  init(lower: Double, upper: Double, step: Double) {
    self.lower = lower
    self.upper = upper
    self.step = step
  }

  /// The tick values from `lower` to `upper`.
  var ticks: [Double] {
    let count = Int(((upper - lower) / step).rounded())
    return (0...max(0, count)).map { lower + Double($0) * step }
  }

  /// A tick's label: grouped thousands, decimals as the step needs (step 0.25 → 2).
  func label(_ value: Double) -> String {
    let decimals = step >= 1 ? 0 : min(6, Int((-log10(step)).rounded(.up)))
    return Format.grouped(abs(value) < step * 1e-9 ? 0 : value, decimals)
  }

  /// Where `value` falls between `from` (at `lower`) and `to` (at `upper`).
  func position(_ value: Double, from: Double, to: Double) -> Double {
    from + (value - lower) / (upper - lower) * (to - from)
  }

  /// The nice number near `x`: 1, 2, 5 or 10 × 10ⁿ (rounded, or the next one up).
  static func nice(_ x: Double, round: Bool) -> Double {
    guard x > 0, x.isFinite else { return 1 }
    let exponent = (log10(x)).rounded(.down)
    let fraction = x / pow(10, exponent)
    let niceFraction: Double
    if round {
      niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
    } else {
      niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
    }
    return niceFraction * pow(10, exponent)
  }
}
