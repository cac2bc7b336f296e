import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// Every number has a documented physical range; counts never leave 0…2³².
@Suite struct PhysicalRangeTests {
  @Test func everyRangeIsDocumentedAsTheCodeHasIt() throws {
    let docs = try String(
      contentsOf: Repository.root.appendingPathComponent("docs/scenario.md"), encoding: .utf8)
    for (key, range) in PhysicalRange.table.sorted(by: { $0.key < $1.key }) {
      #expect(docs.contains("| `\(key)` | \(range.text) |"), "\(key): \(range.text)")
    }
  }

  @Test(arguments: [
    ("designAmbientC", "-300", "-300 is outside -90…60 °C, the range of 'designAmbientC'"),
    ("serverInletC", "1000000", "1000000 is outside 0…60 °C, the range of 'serverInletC'"),
    ("utilityKW", "1e300", "1e300 is outside 1…10,000,000 kW, the range of 'utilityKW'"),
    ("share", "5e-324", "5e-324 is outside the range of any scenario number"),
  ])
  func outOfRangeIsRefusedWithTheRange(_ key: String, _ literal: String, _ message: String)
    throws
  {
    let root = try JSONReader.parse("{\"\(key)\": \(literal)}")
    let context = DecodingContext()
    let object = try #require(ObjectReader(root, path: .root, context: context))
    #expect(object.number(key, .any) == nil)
    #expect(context.diagnostics.map(\.message) == [message])
  }

  @Test func integersKeepTheirMinimumMessageAndGetTheirRange() throws {
    let root = try JSONReader.parse(#"{"tensorParallel": 0, "gpusPerNode": 4096}"#)
    let context = DecodingContext()
    let object = try #require(ObjectReader(root, path: .root, context: context))
    #expect(object.integer("tensorParallel", minimum: 1) == nil)
    #expect(object.integer("gpusPerNode", minimum: 1) == nil)
    #expect(
      context.diagnostics.map(\.message) == [
        "0 must be at least 1", "4096 is outside 1…1,024, the range of 'gpusPerNode'",
      ])
  }

  @Test func countsSaturateInsteadOfTrapping() {
    // 2^32 = 4,294,967,296
    #expect(Capacity.maximum == 4_294_967_296)
    #expect(Capacity.units(covering: 1e300) == Capacity.maximum)
    #expect(Capacity.units(covering: .infinity) == Capacity.maximum)
    #expect(Capacity.units(covering: .nan, minimum: 1) == 1)
    #expect(Capacity.units(covering: 2.5) == 3)
    #expect(Capacity.units(within: 1e19) == Capacity.maximum)
    #expect(Capacity.units(within: -3) == 0)
    #expect(Capacity.units(within: 7.9) == 7)
  }
}
