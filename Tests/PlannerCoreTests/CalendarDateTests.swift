import Testing

@testable import PlannerCore

/// Dates of waivers and `--today`: only real days, counted the civil way.
@Suite struct CalendarDateTests {
  @Test(arguments: [
    "2026-02-29", "2027-13-01", "2027-4-2", "2027-04-31", "27-04-01", "", "2027-04-0x",
    "1900-02-29",
  ])
  func refusesWhatIsNotADay(_ text: String) {
    #expect(CalendarDate(text) == nil)
  }

  @Test func leapDaysAndDayNumbers() throws {
    // 2000 and 2024 are leap years (divisible by 400, by 4 and not 100).
    #expect(CalendarDate("2000-02-29") != nil && CalendarDate("2024-02-29") != nil)
    #expect(try #require(CalendarDate("1970-01-01")).dayNumber == 0)
    // 2000-03-01: 30 years of 365 days + 7 leap days (72 … 96) + 31 + 29 = 11,017.
    #expect(try #require(CalendarDate("2000-03-01")).dayNumber == 11_017)
    let a = try #require(CalendarDate("2027-03-31"))
    let b = try #require(CalendarDate("2027-04-02"))
    #expect(a < b && b.dayNumber - a.dayNumber == 2)
    #expect(a.description == "2027-03-31")
  }
}
