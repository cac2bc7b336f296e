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

  /// Writes one key twice, and a value that writes nothing.
  struct Twice: Encodable {
    enum Key: String, CodingKey { case a, b, z }
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(1, forKey: .z)
      var nested = container.nestedUnkeyedContainer(forKey: .a)
      try nested.encode(1.5)
      try container.encode("second", forKey: .a)
      try container.encode(Nothing(), forKey: .b)
    }
  }
  struct Nothing: Encodable {
    func encode(to encoder: any Encoder) throws {}
  }

  @Test func keyWrittenTwiceKeepsTheLastValueAndNothingIsAnEmptyObject() throws {
    let expected = """
      {
        "a" : "second",
        "b" : {

        },
        "z" : 1
      }

      """
    #expect(try JSONReport.render(Twice()) == expected)
  }

  /// Writes its coding path as a string, the way an encoder hands it to a value.
  struct Probe: Encodable {
    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      try container.encode(
        encoder.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined())
    }
  }

  @Test func codingPathIsBuiltFromTheContainers() throws {
    struct Outer: Encodable {
      var rows: [[String: Probe]] = [[:], ["k": Probe()]]
    }
    #expect(try JSONReport.render(Outer()).contains("\"k\" : \"rows[1]k\""))
  }

  @Test func nonFiniteNumberDeepInArraysIsRefusedByItsFullPath() {
    struct Grid: Encodable {
      var name = "g"
      var cells: [String: [[Double]]]
    }
    #expect {
      try JSONReport.render(Grid(cells: ["my key": [[1, 2], [3, .nan, 5]], "a": [[0]]]))
    } throws: { error in
      (error as? NonFiniteFigure)?.path == #"cells["my key"][1][1]"#
    }
    #expect {
      try JSONReport.render([Double.infinity])
    } throws: { error in
      (error as? NonFiniteFigure)?.path == "[0]"
    }
    // a dictionary's integer keys are named as the keys name themselves: as indexes
    #expect {
      try JSONReport.render(["by": [7: -Double.infinity]])
    } throws: { error in
      (error as? NonFiniteFigure)?.path == "by[7]"
    }
    #expect {
      try JSONReport.render(["by": ["12": Double.nan]])
    } throws: { error in
      (error as? NonFiniteFigure)?.path == "by[12]"
    }
  }

  @Test func numbersHaveFormatsFixedDigits() {
    var generator = SplitMix64(state: 4)
    var values: [Double] = [
      0, -0.0, 0.00005, 0.00015, -0.00005, 0.99995, 9.99995, 1e-320, 5e-5, 123456.78905,
      999_999_999_999_999, 1e15 - 0.5, 1e15, 4.2e17, -1e300, .ulpOfOne, .leastNormalMagnitude,
      Double(Int64.max), 0.1 + 0.2,
    ]
    for _ in 0..<20_000 {
      let magnitude = Double.random(in: -12...16, using: &generator)
      let value = Double.random(in: -1...1, using: &generator) * pow(10, magnitude)
      values.append(value)
      // ties: whole ten-thousandths and a half
      values.append((value * 10_000).rounded() / 10_000 + 0.00005)
    }
    for value in values {
      var reference = Format.fixed(value, 4)
      while reference.hasSuffix("0") { reference.removeLast() }
      if reference.hasSuffix(".") { reference.removeLast() }
      #expect(JSONTree.number(value) == reference, "\(value)")
    }
  }

  @Test func stringsAreEscapedAsTheScenarioTextEscapesThem() throws {
    let samples = [
      "", "plain", "tab\t cr\r nl\n bs\u{8} ff\u{C} nul\u{0} us\u{1F} del\u{7F}",
      #"quote " backslash \ slash /"#, "4 × 14.30 kW, 42 °C", "e\u{301} 🎛️ \u{1}×\"",
    ]
    for sample in samples {
      var expected = ""
      JSONValue.writeString(sample, into: &expected)
      var quoted = ""
      JSONTree.quote(sample, into: &quoted)
      #expect(quoted == expected)
    }
    // enough text to fill the writer's buffer many times over, non-ASCII throughout
    let many = (0..<20_000).map { samples[$0 % samples.count] + String($0) }
    var expected = "[\n"
    for (index, sample) in many.enumerated() {
      expected += index == 0 ? "  " : ",\n  "
      JSONValue.writeString(sample, into: &expected)
    }
    expected += "\n]\n"
    #expect(try JSONReport.render(many) == expected)
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

  /// A rendered report is checked for the words a figure that is not finite prints as; the
  /// report's figures are walked, to name the figure, only when one is there.
  @Test func renderedOutputIsRefusedWhenItSpellsANonFiniteFigure() throws {
    for text in ["nan", "pue -inf", "1.25 inf kW", "(nan)", "a\ninf\n", "x,nan,y"] {
      #expect(FiniteGuard.spellsNonFinite(text), "\(text)")
    }
    for text in [
      "info", "banana", "infinite", "nanometre", "Inference", "NaN", "inf_x", "2inf", "",
    ] {
      #expect(!FiniteGuard.spellsNonFinite(text), "\(text)")
    }
    let bytes = try [UInt8](
      Data(contentsOf: Repository.root.appendingPathComponent("Examples/cascade-chat.json")))
    var report = try Planner.plan(try ScenarioLoader.load(bytes).scenario)
    let clean = TextReport.render(report)
    #expect(throws: Never.self) { try FiniteGuard.check(clean, of: report) }
    // words of the scenario's own are not figures: the report's are all finite
    #expect(throws: Never.self) { try FiniteGuard.check(clean + "surface nan\n", of: report) }
    report.summary.pue = .nan
    let text = TextReport.render(report)
    #expect(FiniteGuard.spellsNonFinite(text))
    do {
      try FiniteGuard.check(text, of: report)
      Issue.record("a text report showing NaN passed the guard")
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
