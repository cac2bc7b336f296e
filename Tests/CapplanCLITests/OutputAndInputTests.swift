import Foundation
import TestSupport
import Testing

@testable import CapplanCLI

/// Where reports go and where scenarios come from: a full disk, symbolic links, the scenario's
/// own path, devices, pipes, files over the size limit and floods of problems.
@Suite struct OutputAndInputTests {
  static let example = Repository.root.appendingPathComponent("Examples/code-assistant.json").path

  /// A fresh folder under /tmp, removed by the caller.
  func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "capplan-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func aFullDiskOnStandardOutputIsExitThreeWithAMessage() throws {
    let descriptor = open("/dev/full", O_WRONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let stream = StandardStream(descriptor: descriptor)
    let errors = StandardStream(descriptor: open("/dev/null", O_WRONLY))
    let console = Console(
      out: { stream.write($0) }, err: { errors.write($0) }, readStandardInput: { [] },
      outputProblem: { stream.problem })
    #expect(CapplanCLI.run(["plan", Self.example], console: console) == 3)
    #expect(stream.problem == "no space left on device")
  }

  @Test func outputThroughASymbolicLinkKeepsTheLinkAndWritesItsTarget() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.txt")
    let link = folder.appendingPathComponent("latest.txt")
    try Data("old".utf8).write(to: target)
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "report.txt")
    let run = CLIRun.capplan(["plan", Self.example, "--output", link.path])
    #expect(run.code == 0, "\(run.err)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "report.txt")
    let written = try String(contentsOf: target, encoding: .utf8)
    #expect(written.hasPrefix("capplan plan: code-assistant"))
    // nothing left beside it: the temporary file was renamed over the target
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "latest.txt", "report.txt",
      ])
  }

  @Test func outputOntoTheScenarioItselfIsRefusedAndTheScenarioKept() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("a.json")
    try FileManager.default.copyItem(atPath: Self.example, toPath: scenario.path)
    let before = try Data(contentsOf: scenario)
    // the same file by another name, too
    let alias = folder.appendingPathComponent("alias.json")
    try FileManager.default.createSymbolicLink(atPath: alias.path, withDestinationPath: "a.json")
    for output in [scenario.path, alias.path] {
      let run = CLIRun.capplan(["plan", scenario.path, "--output", output])
      #expect(run.code == 2)
      #expect(run.err.contains("error: is the scenario being read; it was left as it was"))
      #expect(try Data(contentsOf: scenario) == before)
    }
  }

  @Test(arguments: [
    ("", "capplan: error: the output path is empty; give '--output FILE', or '-' for stdout"),
    ("/dev/null", "/dev/null: error: is not a regular file (a device, pipe or socket)"),
    ("/tmp", "/tmp: error: is a directory; name a file inside it"),
  ])
  func outputThatIsNoFileIsRefusedInWords(_ output: String, _ message: String) {
    let run = CLIRun.capplan(["plan", Self.example, "--output", output])
    #expect(run.code == 2)
    #expect(run.err.hasPrefix(message), "\(run.err)")
  }

  @Test func aFIFOIsReadLikeAFile() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("scenario.fifo").path
    try #require(mkfifo(fifo, 0o600) == 0)
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = ["-c", "cat \"$0\" > \"$1\"", Self.example, fifo]
    try writer.run()
    let run = CLIRun.capplan(["validate", fifo])
    writer.waitUntilExit()
    #expect(run.code == 0, "\(run.err)")
    #expect(run.out == "\(fifo): ok (2 surfaces, 2 deployments)\n")
  }

  @Test func aFileOverTheLimitIsRefusedFromItsSize() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    // a sparse 100 MiB file: its size is known without writing 100 MiB
    let big = folder.appendingPathComponent("big.json").path
    #expect(FileManager.default.createFile(atPath: big, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: big))
    try handle.truncate(atOffset: 100 * 1_048_576)
    try handle.close()
    let run = CLIRun.capplan(["plan", big])
    #expect(run.code == 2)
    #expect(
      run.err
        == "\(big): error: is 100 MB; capplan reads scenario files up to 16 MB (16777216 bytes)\n")
  }

  @Test func standardInputOverTheLimitIsRefused() {
    let run = CLIRun.capplan(
      ["validate", "-"], stdin: String(repeating: " ", count: InputFile.limitBytes + 1))
    #expect(run.code == 2)
    #expect(run.err.hasPrefix("<stdin>: error: is larger than the limit; capplan reads"))
  }

  @Test func halfAMillionUnknownKeysPrintFiftyLinesAndACount() throws {
    var text = try String(contentsOfFile: Self.example, encoding: .utf8)
    let brace = try #require(text.firstIndex(of: "{"))
    let keys = (0..<500_000).map { "\"unknownKey\($0)\": 1," }.joined()
    text.insert(contentsOf: keys, at: text.index(after: brace))
    let run = CLIRun.capplan(["validate", "-"], stdin: text)
    #expect(run.code == 2)
    let lines = run.err.split(separator: "\n")
    #expect(lines.count == 51)
    #expect(
      lines.last
        == "<stdin>: 500000 problems, the first 50 shown, and 499950 more; nothing was planned")
  }

  @Test func anArrayLongerThanItsFixedLengthStopsAtTheFirstExcessElement() throws {
    let weights = Array(repeating: "1", count: 100_000).joined(separator: ", ")
    let text = try String(contentsOfFile: Self.example, encoding: .utf8).replacingOccurrences(
      of: #""profile": "[a-z-]+""#, with: "\"profile\": [\(weights)]", options: .regularExpression)
    let run = CLIRun.capplan(["validate", "-"], stdin: text)
    #expect(run.code == 2)
    #expect(
      run.err.contains(
        "error: traffic.profile[24]: more than 24 elements (100000); this array holds at most 24"))
  }
}
