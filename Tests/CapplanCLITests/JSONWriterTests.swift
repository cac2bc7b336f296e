import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import CapplanCLI

/// The report's JSON writer: Foundation's pretty layout with sorted keys, numbers rounded as
/// they are encoded, and a figure that is not finite refused by its path.
@Suite struct JSONWriterTests {
  struct Inner: Encodable {
    var x: Double
    var note: String? = nil
  }
  struct Sample: Encodable {
    var b: [Inner]
    var a: Int
    var empty: [Int] = []
    var text = "tab\there \"quoted\" a/b \u{1}"
  }

  @Test func layoutAndRoundingMatchTheFormerRendering() throws {
    let text = try JSONReport.render(
      Sample(b: [Inner(x: 0.19751), Inner(x: 1e20, note: "n")], a: 3))
    // 0.19751 → 4 decimals 0.1975; 1e20 in plain digits; keys sorted; empty array over 2 lines
    let expected = """
      {
        "a" : 3,
        "b" : [
          {
            "x" : 0.1975
          },
          {
            "note" : "n",
            "x" : 100000000000000000000
          }
        ],
        "empty" : [

        ],
        "text" : "tab\\there \\"quoted\\" a/b \\u0001"
      }

      """
    #expect(text == expected)
  }

  @Test func wholeAndTinyNumbersLoseTheirDecimals() {
    #expect(JSONTree.number(3.0) == "3")
    #expect(JSONTree.number(-0.00001) == "0")  // no "-0"
    #expect(JSONTree.number(2.5) == "2.5")
    #expect(JSONTree.number(-1.23456) == "-1.2346")
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity])
  func nonFiniteNumberIsRefusedByItsPath(_ value: Double) {
    #expect {
      try JSONReport.render(Sample(b: [Inner(x: 1), Inner(x: value)], a: 1))
    } throws: { error in
      (error as? NonFiniteFigure)?.path == "b[1].x"
    }
  }

  @Test func reportWithANonFiniteFigureIsRefusedBeforeAnyFormat() throws {
    let bytes = try [UInt8](
      Data(contentsOf: Repository.root.appendingPathComponent("Examples/cascade-chat.json")))
    var report = try Planner.plan(try ScenarioLoader.load(bytes).scenario)
    #expect(throws: Never.self) { try FiniteGuard.check(report) }
    report.summary.pue = .nan
    do {
      try FiniteGuard.check(report)
      Issue.record("a NaN figure passed the guard")
    } catch {
      #expect(error.code == 3)
      #expect(error.lines[0].contains("figure 'summary.pue' is not a number; nothing was written"))
    }
  }

  @Test func jsonPlanRefusesANonFiniteFigureByItsPathWithoutTheGuard() throws {
    let bytes = try [UInt8](
      Data(contentsOf: Repository.root.appendingPathComponent("Examples/cascade-chat.json")))
    var report = try Planner.plan(try ScenarioLoader.load(bytes).scenario)
    report.summary.pue = -.infinity
    do {
      _ = try PlanCommand.render(report, format: "json")
      Issue.record("an infinite figure was rendered")
    } catch {
      #expect(error.code == 3)
      #expect(error.lines[0].contains("figure 'summary.pue' is infinite; nothing was written"))
    }
  }
}
