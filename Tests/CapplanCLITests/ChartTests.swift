import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import CapplanCLI

/// Every chart of every example parses as XML, is self-contained and deterministic, and its
/// marks stand where the report's numbers put them on the chart's own axes.
@Suite struct ChartTests {
  static let examples = Repository.examples.map(\.lastPathComponent)
  static let kinds = ["day", "forecast", "stack", "headroom", "curve", "events"]

  static func chart(_ example: String, _ kind: String) -> CLIRun {
    CLIRun.capplan([
      "chart", Repository.root.appendingPathComponent("Examples/\(example)").path, "--kind", kind,
    ])
  }

  static func report(_ example: String) throws -> Report {
    let run = CLIRun.capplan([
      "plan", Repository.root.appendingPathComponent("Examples/\(example)").path, "--format",
      "json",
    ])
    return try JSONDecoder().decode(Report.self, from: Data(run.out.utf8))
  }

  /// The value → position map of an axis, from its first and last tick labels (a text's
  /// baseline sits `offset` below or beside the tick it labels).
  static func axis(_ ticks: [SVGElements.Element], along key: String, offset: Double)
    -> (Double) -> Double
  {
    let first = ticks.first!
    let last = ticks.last!
    let v0 = first.number("data-value")!
    let v1 = last.number("data-value")!
    let p0 = first.number(key)! - offset
    let p1 = last.number(key)! - offset
    return { p0 + ($0 - v0) / (v1 - v0) * (p1 - p0) }
  }

  @Test(arguments: examples, kinds)
  func rendersAsSelfContainedXML(_ example: String, kind: String) throws {
    let run = Self.chart(example, kind)
    #expect(run.code == 0, "\(run.err)")
    let svg = try SVGElements(run.out)
    #expect(svg.elements.first?.name == "svg")
    let report = try Self.report(example)
    #expect(svg.all("title").first?.text.contains(report.scenario.name) == true)
    #expect(!run.out.contains("<script"))
    #expect(!run.out.contains("href"))
    #expect(!run.out.contains("@font-face"))
    #expect(Self.chart(example, kind).out == run.out, "a second run differs")
  }

  @Test(arguments: examples)
  func dayLimitLinesStandAtTheirLimits(_ example: String) throws {
    let svg = try SVGElements(Self.chart(example, "day").out)
    let report = try Self.report(example)
    let y = Self.axis(svg.all("text", class: "y-tick"), along: "y", offset: 4)
    let limits = svg.all("line", class: "limit")
    let utility = try #require(report.checks.first { $0.name == "utility" })
    #expect(limits.contains { abs($0.number("y1")! - y(utility.limit)) < 0.02 })
    // the 288 slots sum to the facility power of each slot: the stack's top at the busiest
    // slot is the report's value (8 layers, one polygon each)
    #expect(svg.all("polygon", class: "layer").count == 8)
    let peak = try #require(svg.all("circle").first)
    #expect(abs(peak.number("cy")! - y(report.summary.facilityPeakKW)) < 0.02)
  }

  @Test(arguments: examples)
  func waterfallEndsAtTheFacilityPeak(_ example: String) throws {
    let svg = try SVGElements(Self.chart(example, "stack").out)
    let report = try Self.report(example)
    let y = Self.axis(svg.all("text", class: "y-tick"), along: "y", offset: 4)
    let totals = svg.all("rect", class: "total")
    #expect(totals.map { $0.attributes["data-label"] } == ["IT", "facility"])
    let facility = try #require(totals.last)
    #expect(abs(facility.number("y")! - y(report.summary.facilityPeakKW)) < 0.02)
    #expect(abs(totals[0].number("y")! - y(report.summary.itPeakKW)) < 0.02)
    // the last step (cooling) ends level with the facility bar's top
    let steps = svg.all("rect", class: "step")
    #expect(abs(try #require(steps.last).number("y")! - facility.number("y")!) < 0.02)
  }

  @Test(arguments: examples)
  func headroomBarsAndWarnTick(_ example: String) throws {
    let svg = try SVGElements(Self.chart(example, "headroom").out)
    let report = try Self.report(example)
    let x = Self.axis(svg.all("text", class: "x-tick"), along: "x", offset: 0)
    let bars = svg.all("rect", class: "bar")
    #expect(bars.count == report.checks.count)
    for (bar, check) in zip(bars, report.checks) {
      #expect(bar.attributes["class"]?.hasSuffix(check.status.rawValue) == true)
      let end = check.headroom >= 0 ? bar.number("x")! + bar.number("width")! : bar.number("x")!
      #expect(abs(end - x(max(-100, check.headroom * 100))) < 0.05, "\(check.name)")
    }
    let warn = try #require(svg.all("line", class: "warn").first)
    #expect(abs(warn.number("x1")! - x((report.policy?.warnBelowHeadroom ?? -1) * 100)) < 0.02)
  }

  @Test func curveMarksTheChosenBatchAndTheObjective() throws {
    // chiller-trip's chat-70b: batch 37 chosen under a 50 ms TPOT objective
    let svg = try SVGElements(Self.chart("chiller-trip.json", "curve").out)
    let report = try Self.report("chiller-trip.json")
    let deployment = try #require(report.deployments.first)
    let y2 = Self.axis(svg.all("text", class: "y2-tick"), along: "y", offset: 4)
    let objective = try #require(svg.all("line", class: "tpot-objective").first)
    #expect(abs(objective.number("y1")! - y2(try #require(deployment.slo.tpotMs))) < 0.02)
    let x = Self.axis(svg.all("text", class: "x-tick"), along: "x", offset: 0)
    let chosen = try #require(svg.all("line", class: "chosen").first)
    #expect(abs(chosen.number("x1")! - x(log2(Double(deployment.batch)))) < 0.02)
  }

  @Test func eventsChartHasOneBarPairPerState() throws {
    let report = try Self.report("chiller-trip.json")
    let svg = try SVGElements(Self.chart("chiller-trip.json", "events").out)
    let states = report.events.map { 1 + $0.steps.count }.reduce(0, +)
    #expect(svg.all("rect", class: "bar").count == 2 * states)
    #expect(!svg.all("line", class: "limit").isEmpty)
  }

  @Test func unknownKindIsAUsageError() {
    let run = CLIRun.capplan([
      "chart", Repository.root.appendingPathComponent("Examples/mixed-site.json").path,
      "--kind", "dya",
    ])
    #expect(run.code == 2)
    #expect(run.err.contains("did you mean 'day'"))
  }
}

/// The writer's escaping and the axes' round numbers.
@Suite struct SVGWriterTests {
  @Test func escapesMarkup() {
    #expect(
      SVGWriter.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
    var svg = SVGWriter(width: 10, height: 10)
    svg.text("R&D <lab>", x: 1, y: 2)
    #expect(svg.rendered(title: "x").contains(">R&amp;D &lt;lab&gt;</text>"))
    #expect(SVGWriter.number(1.0 / 3) == "0.33")
    #expect(SVGWriter.number(-0.001) == "0")
  }

  @Test func niceTicks() {
    // 0…1,174 kW: range rounds up to 2,000, step 2,000/5 = 400 rounds to 500 → 0…1,500
    let power = Axis(covering: 0, 1174)
    #expect(power.ticks == [0, 500, 1000, 1500])
    #expect(power.label(1500) == "1,500")
    // 0…1.5 tokens/J, 5 ticks: range rounds up to 2, step 2/4 = 0.5
    let efficiency = Axis(covering: 0, 1.5, ticks: 5)
    #expect(efficiency.ticks == [0, 0.5, 1, 1.5])
    #expect(efficiency.label(0.5) == "0.5")
    // 3…97 %: range 94 → 100, step 20 → 0…100
    #expect(Axis(covering: 3, 97).ticks == [0, 20, 40, 60, 80, 100])
  }
}

/// The forecast chart against the report's months and runway, on the mixed site growing 7 %
/// a month for two years with lead times (the shipped examples are flat).
@Suite struct ForecastChartTests {
  static func scenario() throws -> String {
    let text = try String(
      contentsOf: Repository.root.appendingPathComponent("Examples/mixed-site.json"),
      encoding: .utf8)
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    object["growth"] = ["startMonth": "2026-01", "horizonMonths": 24, "monthlyRate": 0.07]
    var site = try #require(object["site"] as? [String: Any])
    site["leadTimeMonths"] = ["utility": 18, "cooling": 9]
    object["site"] = site
    return String(
      decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
      as: UTF8.self)
  }

  @Test func limitLinesAndRunwayStandWhereTheReportPutsThem() throws {
    let input = try Self.scenario()
    let run = CLIRun.capplan(["chart", "-", "--kind", "forecast"], stdin: input)
    #expect(run.code == 0, "\(run.err)")
    let svg = try SVGElements(run.out)
    let report = try JSONDecoder().decode(
      Report.self,
      from: Data(CLIRun.capplan(["plan", "-", "--format", "json"], stdin: input).out.utf8))
    let months = try #require(report.forecast)
    #expect(months.count == 24)
    let y = ChartTests.axis(svg.all("text", class: "y-tick"), along: "y", offset: 4)
    let utility = try #require(
      svg.all("polyline", class: "limit").first { $0.attributes["data-label"] == "utility" })
    let points = (utility.attributes["points"] ?? "").split(separator: " ").map {
      Double($0.split(separator: ",")[1])!
    }
    #expect(points.count == 24)
    for (point, month) in zip(points, months) {
      let limit = try #require(month.checks.first { $0.name == "utility" }).limit
      #expect(abs(point - y(limit)) < 0.02)
    }
    // the runway line stands at the earliest first failing month of any limit
    let x = ChartTests.axis(svg.all("text", class: "x-tick"), along: "x", offset: 0)
    let names = months.map(\.month)
    let first = try #require(
      (report.runway ?? []).compactMap { $0.firstFail.flatMap(names.firstIndex(of:)) }.min())
    let runway = try #require(svg.all("line", class: "runway").first)
    #expect(abs(runway.number("x1")! - x(Double(first))) < 0.02)
    #expect(
      svg.all("line", class: "order-by").count
        == (report.runway ?? []).filter { $0.orderBy != nil }.count)
  }
}
