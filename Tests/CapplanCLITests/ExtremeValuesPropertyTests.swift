import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import CapplanCLI

/// Every numeric field of every shipped example (`Examples/**/*.json`, new examples included
/// by themselves), set one at a time to an extreme: 10^15, 10^300, −10^300, 0 and the smallest
/// positive double. Each run must end in exit 0, 1 or 2, and a planned report must hold only
/// finite numbers in every format. A seeded draw of (field, value) pairs bounds the run to
/// seconds; `CAPPLAN_PROPERTY_FULL=1` runs every pair (docs/testing.md).
@Suite struct ExtremeValuesPropertyTests {
  static let extremes: [Double] = [1e15, 1e300, -1e300, 0, Double.leastNonzeroMagnitude]
  /// Cases drawn per example in the bounded run.
  static let casesPerExample = 16

  /// Every example under Examples/, in subfolders too, as paths relative to Examples/.
  static var examples: [String] {
    let folder = Repository.root.appendingPathComponent("Examples")
    let found = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
    return (found ?? []).filter { $0.hasSuffix(".json") }.sorted()
  }

  /// A copy of Examples/ in a fresh folder under /tmp, so that `extends` resolves beside it.
  static func copyOfExamples() throws -> URL {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
      "capplan-extremes-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.copyItem(
      at: Repository.root.appendingPathComponent("Examples"), to: copy)
    return copy
  }

  @Test(arguments: examples)
  func extremeValuesEndInACleanExitWithFiniteFigures(_ example: String) throws {
    let folder = try Self.copyOfExamples()
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try Data(contentsOf: folder.appendingPathComponent(example))
    let document = try JSONSerialization.jsonObject(with: original)
    let paths = NumberPaths.all(in: document)
    #expect(!paths.isEmpty)
    var cases: [(path: [NumberPaths.Step], value: Double)] = []
    if ProcessInfo.processInfo.environment["CAPPLAN_PROPERTY_FULL"] == "1" {
      cases = paths.flatMap { path in Self.extremes.map { (path, $0) } }
    } else {
      var generator = SplitMix64(state: UInt64(example.utf8.count) &* 0x5EED)
      cases = (0..<Self.casesPerExample).map { _ in
        (
          paths[Int(generator.next() % UInt64(paths.count))],
          Self.extremes[Int(generator.next() % UInt64(Self.extremes.count))]
        )
      }
    }
    let mutated = folder.appendingPathComponent(example + ".extreme.json")
    for (path, value) in cases {
      let changed = NumberPaths.setting(path, to: value, in: document)
      try JSONSerialization.data(withJSONObject: changed).write(to: mutated)
      check(mutated.path, label: "\(example) \(NumberPaths.describe(path)) = \(value)")
    }
  }

  /// Plans `file` once and renders the report in every format: each `plan` format with both
  /// CSV series, every chart, `explain` of every deployment and each `check` format. A refusal
  /// (exit 2) is a pass; exit 3 (a figure that is not finite) or a non-finite word fails.
  private func check(_ file: String, label: String) {
    let quiet = Console(out: { _ in }, err: { _ in }, readStandardInput: { [] })
    do {
      let input = try ScenarioInput.read(file, console: quiet)
      let loaded = try input.load()
      let report = try input.plan(loaded, slotSeries: true)
      let verdict = try Gate.evaluate(
        report, policy: GatePolicy(), strict: false, today: try CheckCommand.date("2026-11-29"))
      var outputs = [
        TextReport.render(report), try JSONReport.render(report), CSVReport.months(report),
        CSVReport.slots(report), HTMLReport.render(report), ExplainText.list(report, file: file),
        CheckText.render(verdict, file: file), CheckGitHub.render(verdict, file: file),
        CheckJUnit.render(verdict, file: file), CheckMarkdown.render(verdict, file: file),
        try JSONReport.render(verdict),
      ]
      outputs += Charts.kinds.map { Charts.render($0, report) }
      outputs += report.deployments.map { ExplainText.render($0, of: report) }
      for output in outputs {
        #expect(!NumberPaths.hasNonFiniteWord(output), "\(label)")
      }
    } catch let error as CLIError {
      #expect(error.code == 2, "\(label): \(error.lines.joined(separator: "\n"))")
    } catch {
      Issue.record("\(label): \(error)")
    }
  }
}

/// The places of numbers in a JSON document read by JSONSerialization, and copies with one
/// of them changed.
enum NumberPaths {
  enum Step: Sendable {
    case key(String)
    case index(Int)
  }

  /// Every path to a number (not a boolean), in a stable order.
  static func all(in value: Any, prefix: [Step] = []) -> [[Step]] {
    switch value {
    case let object as [String: Any]:
      return object.keys.sorted().flatMap { all(in: object[$0]!, prefix: prefix + [.key($0)]) }
    case let array as [Any]:
      return array.enumerated().flatMap { all(in: $1, prefix: prefix + [.index($0)]) }
    case let number as NSNumber where String(cString: number.objCType) != "c":  // "c": a boolean
      return [prefix]
    default:
      return []
    }
  }

  /// `value` with the number at `path` replaced.
  static func setting(_ path: [Step], to number: Double, in value: Any) -> Any {
    guard let step = path.first else { return number }
    let rest = Array(path.dropFirst())
    switch (step, value) {
    case (.key(let key), var object as [String: Any]):
      object[key] = setting(rest, to: number, in: object[key]!)
      return object
    case (.index(let index), var array as [Any]):
      array[index] = setting(rest, to: number, in: array[index])
      return array
    default:
      return value
    }
  }

  static func describe(_ path: [Step]) -> String {
    path.map {
      switch $0 {
      case .key(let key): return ".\(key)"
      case .index(let index): return "[\(index)]"
      }
    }.joined()
  }

  /// Whether `text` holds `nan` or `inf`/`infinity` as a word (any case).
  static func hasNonFiniteWord(_ text: String) -> Bool {
    let words = text.lowercased().split { !($0.isLetter) }
    return words.contains { $0 == "nan" || $0 == "inf" || $0 == "infinity" }
  }
}
