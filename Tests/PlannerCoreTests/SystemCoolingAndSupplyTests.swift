import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// Systems' power supplies and cooling kind: the catalog's cited figures, overrides, and the
/// refusal of a liquid-cooled system on a site without a liquid loop.
@Suite struct SystemCoolingAndSupplyTests {
  let fixture = Repository.root.appendingPathComponent(
    "Tests/CapplanCLITests/Fixtures/invalid/liquid-system-on-air-site.json")

  func load(_ text: String) throws(DiagnosticError) -> Scenario {
    try ScenarioLoader.load(Array(text.utf8)).scenario
  }

  /// The fixture with `extra` members added to `site`.
  func nvl72(site extra: String) throws -> String {
    try String(contentsOf: fixture, encoding: .utf8).replacingOccurrences(
      of: "\"utilityKW\": 3000", with: "\"utilityKW\": 3000, \(extra)")
  }

  @Test func dgxH100HasSixSuppliesInFourPlusTwoAndBrakesOnOneFeed() throws {
    let dgx = try #require(Catalog.builtIn.system("dgx-h100"))
    let psu = dgx.powerSupplies
    // DGX H100 User Guide: 6 × 3.3 kW, 4+2, three on each feed.
    #expect(psu.count == 6 && psu.ratingWatts == 3300 && psu.required == 4)
    #expect(psu.onFeedA == 3 && psu.onFeedB == 3)
    // One feed lost: 3 survive, fewer than the 4 it needs; they carry 3 × 3.3 = 9.9 kW, under
    // the 10.2 kW nameplate.
    #expect(psu.brakesOnFeedLoss)
    #expect(psu.oneSideKW.isClose(to: 9.9, tolerance: 1e-9))
    #expect(psu.oneSideKW < dgx.nameplateKW)
    // DGX A100: 6 × 3 kW with half redundant (3+3): 3 survive of the 3 needed, 9 kW ≥ 6.5 kW.
    let a100 = try #require(Catalog.builtIn.system("dgx-a100")).powerSupplies
    #expect(!a100.brakesOnFeedLoss && a100.oneSideKW == 9)
  }

  @Test func everySystemHasSuppliesAndACoolingKindThatFitsItsLiquidShare() {
    for system in Catalog.builtIn.systems {
      let psu = system.powerSupplies
      #expect(psu.count >= 1 && psu.redundant < psu.count, "'\(system.id)'")
      #expect(psu.onFeedA <= psu.count && psu.ratingWatts > 0, "'\(system.id)'")
      #expect(
        CoolingKind.implied(byLiquidFraction: system.liquidCooledFraction) == system.cooling,
        "'\(system.id)'")
    }
    #expect(Catalog.builtIn.system("gb200-nvl72")?.cooling == .hybrid)
    #expect(Catalog.builtIn.system("dgx-b200")?.cooling == .air)
  }

  @Test func suppliesAndCoolingAreOverriddenFieldByField() throws {
    let text = try nvl72(site: #""liquidCooling": { "units": 2, "unitKW": 1500 }"#)
      .replacingOccurrences(
        of: #""system": "gb200-nvl72","#,
        with: #""system": { "id": "gb200-nvl72", "psuCount": 36, "cooling": "liquid" },"#)
    let system = try load(text).deployments[0].system
    // 36 supplies: half on feed A by default; the other fields keep the catalog's.
    #expect(system.powerSupplies.count == 36 && system.powerSupplies.onFeedA == 18)
    #expect(system.powerSupplies.ratingWatts == 5500 && system.powerSupplies.redundant == 24)
    #expect(system.cooling == .liquid && system.liquidCooledFraction == 1)
  }

  @Test func aHybridWithoutItsShareOrAShareThatDisagreesIsRefused() throws {
    let text = try nvl72(site: #""liquidCooling": { "units": 2, "unitKW": 1500 }"#)
    for (system, message) in [
      (
        #"{ "id": "dgx-h100", "cooling": "hybrid" }"#,
        "missing required key 'liquidCooledFraction'"
      ),
      (
        #"{ "id": "dgx-h100", "cooling": "air", "liquidCooledFraction": 0.5 }"#,
        "a liquid share of 0.5 does not fit cooling 'air'"
      ),
      (#"{ "id": "dgx-h100", "psuRedundant": 6 }"#, "6 redundant supplies of 6"),
    ] {
      let broken = text.replacingOccurrences(
        of: #""system": "gb200-nvl72","#, with: "\"system\": \(system),"
      ).replacingOccurrences(of: #""tensorParallel": 4"#, with: #""tensorParallel": 2"#)
      #expect(throws: DiagnosticError.self) { try load(broken) }
      do {
        _ = try load(broken)
      } catch {
        #expect(error.diagnostics.contains { $0.message.contains(message) }, "\(message)")
      }
    }
  }

  @Test func nvl72WithALiquidLoopHasTheLoopAsALimit() throws {
    let text = try nvl72(
      site: #""liquidCooling": { "units": 3, "unitKW": 1500, "redundancy": "n+1" }"#)
    let report = try Planner.plan(try load(text))
    let loop = try #require(report.checks.first { $0.name == "liquid-loop" })
    // 2 CDUs in service × 1,500 kW; the load is 85 % of the trays' heat.
    #expect(loop.limit == 3000)
    let trays = try #require(report.racks.first { $0.pool == "gb200-nvl72" })
    #expect(
      loop.load.isClose(
        to: Double(trays.nodes) * trays.nodePeakKW * 0.85 * report.power.marginFactor,
        tolerance: 1e-6))
  }
}
