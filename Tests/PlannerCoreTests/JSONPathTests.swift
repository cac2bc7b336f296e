import Foundation
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

  /// A plain key starts with a letter or `_` and goes on with letters, digits, `_` and `-`;
  /// letters beyond ASCII count (Unicode's Alphabetic property), other symbols do not.
  @Test(arguments: [
    ("chat-70b", true), ("_spare", true), ("a1", true), ("Zz_9-x", true), ("café", true),
    ("日本", true), ("1a", false), ("-a", false), ("a b", false), ("a.b", false),
    ("a€", false), ("", false), ("a\"b", false),
  ])
  func plainKeysPrintBare(key: String, plain: Bool) {
    let printed = JSONPath.root.appending("x").appending(key).description
    #expect(
      printed == (plain ? "x.\(key)" : "x[\"\(key.replacingOccurrences(of: "\"", with: "\\\""))\"]")
    )
  }
}
