import Foundation
import TestSupport
import Testing

/// The JSON report's promised paths, and every number in it finite.
@Suite struct JSONReportTests {
  @Test(arguments: Repository.examples.map(\.lastPathComponent))
  func reportHasPromisedPaths(_ example: String) throws {
    let run = CLIRun.capplan([
      "plan", Repository.root.appendingPathComponent("Examples/\(example)").path, "--format",
      "json",
    ])
    #expect(run.code == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let summary = try #require(object["summary"] as? [String: Any])
    for key in ["gpus", "nodes", "racks", "itPeakKW", "facilityPeakKW", "pue", "tokensPerJoule"] {
      #expect(summary[key] is NSNumber, "summary.\(key)")
    }
    let checks = try #require(object["checks"] as? [[String: Any]])
    #expect(!checks.isEmpty)
    for check in checks {
      for key in ["name", "load", "limit", "unit", "headroom", "status"] {
        #expect(check[key] != nil, "checks[].\(key)")
      }
      #expect(["pass", "warn", "fail"].contains(check["status"] as? String ?? ""))
    }
    #expect(allNumbersFinite(object))
    // facility ≥ IT, PUE = facility / IT
    let it = try #require(summary["itPeakKW"] as? Double)
    let facility = try #require(summary["facilityPeakKW"] as? Double)
    let pue = try #require(summary["pue"] as? Double)
    #expect(facility >= it)
    #expect(abs(pue - facility / it) < 0.001)
  }

  private func allNumbersFinite(_ value: Any) -> Bool {
    switch value {
    case let number as NSNumber: return number.doubleValue.isFinite
    case let array as [Any]: return array.allSatisfy(allNumbersFinite)
    case let object as [String: Any]: return object.values.allSatisfy(allNumbersFinite)
    default: return true
    }
  }

  @Test func numbersAreRoundedOutsideStringsOnly() throws {
    let run = CLIRun.capplan(["catalog", "gpus", "--format", "json"])
    #expect(run.code == 0)
    #expect(run.out.contains("\"tdpWatts\" : 700"))
    #expect(!run.out.contains("0000000"))
  }
}
