import Foundation
import PlannerCore
import TestSupport
import Testing

/// The HTML page: self-contained (nothing to fetch, no scripts), every chart and every table,
/// the same bytes twice.
@Suite struct HTMLReportTests {
  static func page(_ example: String) -> CLIRun {
    CLIRun.capplan([
      "plan", Repository.root.appendingPathComponent("Examples/\(example)").path, "--format",
      "html",
    ])
  }

  @Test(arguments: Repository.examples.map(\.lastPathComponent))
  func selfContainedWithEveryChartAndTable(_ example: String) throws {
    let run = Self.page(example)
    #expect(run.code == 0, "\(run.err)")
    let html = run.out
    for reference in [
      "http://", "https://", "src=", "href=", "<script", "<link", "@import", "url(", "<iframe",
      "<img",
    ] {
      #expect(!html.lowercased().contains(reference), "\(reference)")
    }
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.components(separatedBy: "<svg ").count - 1 == 6)
    // the text report's tables: demand, sizing, latency, racks, power stack, energy per
    // request, limits (and events where the scenario has them)
    #expect(html.components(separatedBy: "<table>").count - 1 >= 7)
    #expect(html.contains("<th>check</th>"))
    let report = try JSONDecoder().decode(
      Report.self,
      from: Data(
        CLIRun.capplan([
          "plan", Repository.root.appendingPathComponent("Examples/\(example)").path,
          "--format", "json",
        ]).out.utf8))
    for check in report.checks {
      #expect(html.contains("<td>\(check.name.replacingOccurrences(of: "'", with: "&apos;"))</td>"))
    }
    for deployment in report.deployments { #expect(html.contains(deployment.name)) }
    #expect(Self.page(example).out == html, "a second run differs")
  }

  @Test func everySectionWritesItsTablesAsHTML() {
    // the text report's sections are written on several threads; every one of them must
    // still write its tables as HTML for the page. mixed-site has eleven, in this order:
    // demand, sizing, latency, racks, power at the peak, power path, energy per request,
    // limits, the forecast's two and the runway
    let html = Self.page("mixed-site.json").out
    let firstColumns = html.components(separatedBy: "<thead><tr><th>").dropFirst().map {
      String($0.prefix { $0 != "<" })
    }
    #expect(
      firstColumns == [
        "surface", "deployment", "deployment", "pool", "at the planning peak", "power path",
        "surface", "check", "month", "month", "limit",
      ])
    // and no table is left as text: the text tables' header lines are not on the page
    #expect(!html.contains("  surface  "))
    #expect(!html.contains("  check  "))
  }

  @Test func summaryCardsCarryTheReportsFigures() throws {
    // mixed-site: 856 GPUs, facility 1,277 kW at the peak (the golden text report's figures)
    let html = Self.page("mixed-site.json").out
    #expect(html.contains("<div class=\"label\">GPUs</div><div class=\"value\">856</div>"))
    #expect(
      html.contains("<div class=\"label\">facility peak</div><div class=\"value\">1,277 kW</div>"))
  }

  @Test func escapesTheScenarioText() {
    let scenario = try! String(
      contentsOf: Repository.root.appendingPathComponent("Examples/mixed-site.json"),
      encoding: .utf8
    ).replacingOccurrences(of: "\"name\": \"mixed-site\"", with: "\"name\": \"R&D <lab>\"")
    let html = CLIRun.capplan(["plan", "-", "--format", "html"], stdin: scenario).out
    #expect(html.contains("<h1>capplan plan: R&amp;D &lt;lab&gt;</h1>"))
    #expect(!html.contains("R&D <lab>"))
  }
}
