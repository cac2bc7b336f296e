import Testing

@testable import PlannerCore

@Suite struct JSONPathTests {
  @Test func printsKeysAndIndices() {
    let path = JSONPath.root.appending("traffic").appending("surfaces").appending(index: 2)
      .appending("cacheHitRate")
    #expect(path.description == "traffic.surfaces[2].cacheHitRate")
  }

  @Test func quotesKeysThatAreNotIdentifiers() {
    #expect(
      JSONPath.root.appending("routes").appending("my route").description == "routes[\"my route\"]")
    #expect(JSONPath.root.appending("2x").description == "[\"2x\"]")
    #expect(JSONPath.root.description == "")
  }
}
