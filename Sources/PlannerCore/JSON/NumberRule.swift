/// What a number in a scenario must be, with the message when it is not.
public enum NumberRule: Sendable {
  /// Greater than zero.
  case positive
  /// Zero or more.
  case nonNegative
  /// A fraction in 0…1 (rates are fractions, never percents).
  case fraction
  /// A fraction in 0…1, not zero.
  case positiveFraction
  /// At least this value.
  case atLeast(Double)
  /// Anything finite.
  case any

  /// The problem with `value`, or nil when it obeys the rule.
  func violation(_ value: Double, literal: String) -> (message: String, hint: String?)? {
    switch self {
    case .positive where value <= 0:
      return ("\(literal) must be greater than 0", nil)
    case .nonNegative where value < 0:
      return ("\(literal) must not be negative", nil)
    case .fraction where !(0...1).contains(value), .positiveFraction where !(0...1).contains(value):
      if value > 1 && value <= 100 {
        return (
          "\(literal) is not a fraction in 0…1",
          "write \(Self.percentAsFraction(value)) for \(literal)%"
        )
      }
      return ("\(literal) is not a fraction in 0…1", "rates are fractions from 0 to 1")
    case .positiveFraction where value == 0:
      return ("\(literal) must be greater than 0", "a fraction in 0…1, not zero")
    case .atLeast(let minimum) where value < minimum:
      return ("\(literal) must be at least \(Format.plain(minimum))", nil)
    default:
      return nil
    }
  }

  private static func percentAsFraction(_ value: Double) -> String {
    Format.plain(value / 100)
  }
}
