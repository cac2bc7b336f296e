/// A month of the calendar, `YYYY-MM` in scenario files and reports.
public struct CalendarMonth: Sendable, Equatable, Comparable, CustomStringConvertible {
  /// The year, four digits.
  public var year: Int
  /// 1 (January) … 12 (December).
  public var month: Int

  /// The month `month` (1…12) of `year`.
  public init(year: Int, month: Int) {
    self.year = year
    self.month = month
  }

  /// Parses `YYYY-MM` (four-digit year, month 01…12); nil for anything else.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
    else { return nil }
    self.init(year: year, month: month)
  }

  /// Months since year 0, for arithmetic.
  var ordinal: Int { year * 12 + month - 1 }

  /// The month `count` months later (earlier when negative).
  public func adding(months count: Int) -> CalendarMonth {
    let n = ordinal + count
    let year = n >= 0 ? n / 12 : (n - 11) / 12
    return CalendarMonth(year: year, month: n - year * 12 + 1)
  }

  /// Whole months from `self` to `other` (negative when `other` is earlier).
  public func months(to other: CalendarMonth) -> Int { other.ordinal - ordinal }

  /// Index of the month in the year, 0 for January, for the site's 12 monthly values.
  public var monthOfYear: Int { month - 1 }

  /// `YYYY-MM`.
  public var description: String {
    let y = String(year)
    let m = String(month)
    return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
      + (month < 10 ? "0" : "") + m
  }

  /// Earlier months first.
  public static func < (a: CalendarMonth, b: CalendarMonth) -> Bool { a.ordinal < b.ordinal }
}
