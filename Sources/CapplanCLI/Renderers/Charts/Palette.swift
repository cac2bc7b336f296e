import PlannerCore

/// Colours that readers with any common colour-vision deficiency can tell apart: the
/// Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), with grey for "other".
enum Palette {
  static let black = "#000000"
  static let orange = "#E69F00"
  static let skyBlue = "#56B4E9"
  static let bluishGreen = "#009E73"
  static let yellow = "#F0E442"
  static let blue = "#0072B2"
  static let vermillion = "#D55E00"
  static let reddishPurple = "#CC79A7"
  static let grey = "#999999"
  static let gridGrey = "#DDDDDD"

  /// The series colours in the order charts hand them out.
  static let series = [blue, orange, bluishGreen, reddishPurple, skyBlue, vermillion, yellow, grey]

  /// A check's status: pass bluish green, warn orange, fail vermillion (the statuses also
  /// differ in lightness, so they read in grey print).
  static func status(_ status: CheckStatus) -> String {
    switch status {
    case .pass: return bluishGreen
    case .warn: return orange
    case .fail: return vermillion
    }
  }
}
