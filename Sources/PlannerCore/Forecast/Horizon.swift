/// The months a forecast covers and how traffic grows through them (JSON `growth`).
public struct Horizon: Sendable, Equatable {
  /// Most months a horizon may have: ten years.
  public static let maxMonths = 120
  /// Months a scenario without `growth` is forecast over: a flat year.
  public static let defaultMonths = 12

  /// The first month (JSON `growth.startMonth`); nil when the scenario gives no `growth`: the
  /// months are then numbered `+0`, `+1`, … and planned at the design ambient.
  public var start: CalendarMonth?
  /// Months in the horizon, 1…120 (JSON `growth.horizonMonths`).
  public var months: Int
  /// Growth of every surface that gives none of its own.
  public var growth: Growth
  /// Twelve flat months.
  public static let flatYear = Horizon(
    start: nil, months: defaultMonths, growth: .flat)

  /// `months` months from `start` (nil: numbered months without a calendar).
  public init(start: CalendarMonth?, months: Int, growth: Growth) {
    self.start = start
    self.months = months
    self.growth = growth
  }

  /// The label of month `index`: `YYYY-MM`, or `+index` without a start month.
  public func label(_ index: Int) -> String {
    start.map { $0.adding(months: index).description } ?? "+\(index)"
  }

  /// Index of the calendar month (0 = January) of month `index`; nil without a start month.
  public func monthOfYear(_ index: Int) -> Int? {
    start.map { $0.adding(months: index).monthOfYear }
  }
}
