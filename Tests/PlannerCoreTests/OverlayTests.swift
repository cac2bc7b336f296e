import Testing

@testable import PlannerCore

/// `extends` overlays: merged at the JSON level, each value located in the file it came from.
@Suite struct OverlayTests {
  /// Resolves `name` with `files` standing in for the file system.
  func resolve(_ name: String, _ files: [String: String]) throws(DiagnosticError) -> JSONValue {
    try Overlay.resolve(name: name, bytes: Array(files[name]!.utf8)) { reference, _ in
      Overlay.Source(name: reference, bytes: files[reference].map { Array($0.utf8) })
    }
  }

  func errors(_ name: String, _ files: [String: String]) -> [String] {
    do {
      _ = try resolve(name, files)
      return []
    } catch {
      return error.diagnostics.map { $0.formatted(file: name) }
    }
  }

  let base = """
    {
      "name": "base",
      "site": { "rackLimitKW": 40, "utilityKW": 1000 },
      "deployments": [
        { "name": "a", "replicas": 2, "slo": { "tpotMs": 40 } },
        { "name": "b", "replicas": 3 }
      ]
    }
    """

  @Test func namedArraysMergeByNameAndObjectsDeeply() throws {
    let release = """
      { "extends": "base.json", "site": { "rackLimitKW": 50 },
        "deployments": [ { "name": "b", "replicas": 5 }, { "name": "c", "replicas": 1 },
                         { "name": "a", "slo": { "ttftP95Ms": 900 } } ] }
      """
    let merged = try resolve("r.json", ["r.json": release, "base.json": base])
    // Base order kept (a, b), c appended; a keeps its replicas and tpotMs and gains ttftP95Ms;
    // the site keeps utilityKW; extends itself is gone.
    #expect(
      merged.canonicalText
        == #"{"deployments":[{"name":"a","replicas":2,"slo":{"tpotMs":40,"ttftP95Ms":900}},"#
        + #"{"name":"b","replicas":5},{"name":"c","replicas":1}],"name":"base","#
        + #""site":{"rackLimitKW":50,"utilityKW":1000}}"#)
    // The overridden value stands in the release, the kept one in the base.
    let site = merged.member("site")!.value
    #expect(site.member("rackLimitKW")!.value.location.file == "r.json")
    #expect(
      site.member("utilityKW")!.value.location
        == SourceLocation(line: 3, column: 45, file: "base.json"))
  }

  @Test func removeDropsANamedElement() throws {
    let release = #"{ "extends": "base.json", "deployments": [ { "name": "a", "remove": true } ] }"#
    let merged = try resolve("r.json", ["r.json": release, "base.json": base])
    guard case .array(let deployments)? = merged.member("deployments")?.value.kind else {
      Issue.record("no deployments")
      return
    }
    #expect(deployments.map { $0.memberString("name") } == ["b"])
    let missing = #"{ "extends": "base.json", "deployments": [ { "name": "z", "remove": true } ] }"#
    #expect(
      errors("r.json", ["r.json": missing, "base.json": base]) == [
        "r.json:1:59: error: deployments[0].remove: no 'z' in the base to remove; names in the base: 'a', 'b'"
      ])
  }

  @Test func aCycleIsRefusedNamingEveryFile() {
    let files = [
      "a.json": #"{ "extends": "b.json", "name": "a" }"#,
      "b.json": #"{ "extends": "a.json" }"#,
    ]
    #expect(
      errors("a.json", files) == [
        "b.json:1:14: error: extends: 'a.json' closes a cycle: a.json → b.json → a.json; a base must not extend a file that extends it"
      ])
  }

  @Test func chainsStopAtEightFiles() throws {
    // f0 extends f1 … extends f(n-1); the last has no extends.
    func chain(_ count: Int) -> [String: String] {
      var files: [String: String] = [:]
      for i in 0..<count {
        files["f\(i).json"] =
          i == count - 1
          ? #"{ "depth": \#(i) }"# : #"{ "extends": "f\#(i + 1).json", "depth": \#(i) }"#
      }
      return files
    }
    // Eight files resolve; the top file's value wins.
    #expect(try resolve("f0.json", chain(8)).canonicalText == #"{"depth":0}"#)
    let nine = errors("f0.json", chain(9))
    #expect(nine.count == 1)
    #expect(
      nine.first?.hasPrefix(
        "f7.json:1:14: error: extends: 'f8.json' would make a chain of more than 8 files: f0.json → "
      )
        == true)
  }

  @Test func aTypeConflictNamesBothFiles() {
    let release = #"{ "extends": "base.json", "site": { "rackLimitKW": { "kW": 50 } } }"#
    #expect(
      errors("r.json", ["r.json": release, "base.json": base]) == [
        "r.json:1:52: error: site.rackLimitKW: an object over a number in base.json (3:28); an overlay keeps the type of the value it replaces"
      ])
  }

  @Test func aMissingOrBrokenBaseIsLocatedWhereItIsNamed() {
    #expect(
      errors("r.json", ["r.json": #"{ "extends": "gone.json" }"#]) == [
        "r.json:1:14: error: extends: cannot read the base 'gone.json' (gone.json): unreadable"
      ])
    #expect(
      errors("r.json", ["r.json": #"{ "extends": "b.json" }"#, "b.json": "{\n  \"x\": ,\n}"]) == [
        "b.json:2:8: error: x: unexpected ','; expected a value"
      ])
  }

  @Test func aDecodingErrorIsLocatedInTheReleaseNotTheBase() throws {
    let release = """
      {
        "extends": "base.json",
        "site": { "rackLimitKW": 50, "utiltyKW": 900 }
      }
      """
    let merged = try resolve("r.json", ["r.json": release, "base.json": base])
    let site = ObjectReader(
      merged.member("site")!.value, path: JSONPath(), context: DecodingContext())!
    #expect(site.location(of: "utiltyKW") == SourceLocation(line: 3, column: 32, file: "r.json"))
    #expect(site.location(of: "utilityKW").file == "base.json")
  }

  @Test func aFileWithoutExtendsIsReadAsBefore() throws {
    let merged = try resolve("base.json", ["base.json": base])
    #expect(merged == (try JSONReader.parse(base)))
    #expect(merged.member("site")!.value.location.file == nil)
  }
}
