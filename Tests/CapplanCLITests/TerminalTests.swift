import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import CapplanCLI

/// `capplan init`: every template validates, plans, and passes its own checks.
@Suite struct InitTests {
  static let templates = ["chatbot", "code-assistant", "batch", "mixed"]

  @Test(arguments: templates)
  func templatePlansAndPasses(_ name: String) throws {
    let scenario = CLIRun.capplan(["init", "--template", name])
    #expect(scenario.code == 0, "\(scenario.err)")
    #expect(scenario.out.contains("\"$schema\": \"./capplan.schema.json\""))
    let validated = CLIRun.capplan(["validate", "-"], stdin: scenario.out)
    #expect(validated.code == 0, "\(validated.err)")
    let check = CLIRun.capplan(["check", "-"], stdin: scenario.out)
    #expect(check.code == 0, "\(check.err)\(check.out)")
    #expect(check.out.contains("verdict: PASS"), "\(check.out)")
    let report = try JSONDecoder().decode(
      Report.self,
      from: Data(CLIRun.capplan(["plan", "-", "--format", "json"], stdin: scenario.out).out.utf8))
    // a starting point that states its assumptions
    #expect(report.scenario.description.hasPrefix("Starting point: "))
    #expect(report.summary.gpus > 0)
  }

  @Test func defaultIsTheChatbot() {
    #expect(CLIRun.capplan(["init"]).out == CLIRun.capplan(["init", "--template", "chatbot"]).out)
  }

  @Test func unknownTemplateSuggests() {
    let run = CLIRun.capplan(["init", "--template", "chatbto"])
    #expect(run.code == 2)
    #expect(run.err.contains("did you mean 'chatbot'"))
  }
}

/// Completion scripts, status colours and the version line.
@Suite struct TerminalTests {
  @Test func bashScriptParsesAndCompletesEveryCommand() throws {
    let script = CLIRun.capplan(["completions", "bash"]).out
    for command in CapplanCLI.commands.map(\.name) { #expect(script.contains(command)) }
    #expect(script.contains("\"chart --kind\") COMPREPLY=($(compgen -W \"day forecast"))
    #expect(script.contains("\"init --template\") COMPREPLY=($(compgen -W \"chatbot"))
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "capplan-completion-\(ProcessInfo.processInfo.processIdentifier).bash")
    try script.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    // source it and ask for the second word of 'capplan chart X --kind h'
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c",
      "source \(file.path); COMP_WORDS=(capplan chart x.json --kind h); COMP_CWORD=4; _capplan; echo \"${COMPREPLY[@]}\"",
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    process.waitUntilExit()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0)
    #expect(out == "headroom\n")
  }

  @Test(arguments: ["zsh", "fish"])
  func otherShellsNameEveryCommand(_ shell: String) {
    let script = CLIRun.capplan(["completions", shell]).out
    for command in CapplanCLI.commands.map(\.name) { #expect(script.contains(command)) }
    #expect(script.contains("day forecast stack headroom curve events"))
  }

  @Test func specsComeFromTheHelp() {
    let chart = CommandSpec(name: ChartCommand.name, help: ChartCommand.help)
    #expect(chart.options.map(\.name) == ["--kind", "--out"])
    #expect(
      chart.options[0].choices == ["day", "forecast", "stack", "headroom", "curve", "events"])
    #expect(chart.options[1].takesValue)
    let catalog = CommandSpec(name: CatalogCommand.name, help: CatalogCommand.help)
    #expect(catalog.positionalChoices == ["gpus", "systems", "models"])
  }

  @Test func coloursOnlyOnATerminalWithoutNoColor() {
    #expect(StatusColour.enabled(isTerminal: true, environment: [:]))
    #expect(!StatusColour.enabled(isTerminal: false, environment: [:]))
    #expect(!StatusColour.enabled(isTerminal: true, environment: ["NO_COLOR": "1"]))
    // an empty NO_COLOR does not count (no-color.org)
    #expect(StatusColour.enabled(isTerminal: true, environment: ["NO_COLOR": ""]))
    #expect(!StatusColour.enabled(isTerminal: true, environment: ["TERM": "dumb"]))
    #expect(
      StatusColour.apply("PASS utility; WARN x, FAILED FAIL")
        == "\u{1B}[32mPASS\u{1B}[0m utility; \u{1B}[33mWARN\u{1B}[0m x, FAILED \u{1B}[1;31mFAIL\u{1B}[0m"
    )
  }

  @Test func colouredConsoleColoursTextButNotJSON() {
    let path = Repository.root.appendingPathComponent("Examples/mixed-site.json").path
    let buffer = OutputBox()
    let console = Console(
      out: { buffer.append($0) }, err: { _ in }, readStandardInput: { [] }, colour: true)
    _ = CapplanCLI.run(["check", path], console: console)
    #expect(buffer.text.contains("\u{1B}[33mWARN\u{1B}[0m rack-power[dgx-b200]"))
    let json = OutputBox()
    _ = CapplanCLI.run(
      ["check", path, "--format", "json"],
      console: Console(
        out: { json.append($0) }, err: { _ in }, readStandardInput: { [] }, colour: true))
    #expect(!json.text.contains("\u{1B}"))
    // piped or captured (the default console of the tests): never
    #expect(!CLIRun.capplan(["check", path]).out.contains("\u{1B}"))
  }

  @Test func versionNamesTheCatalogRevision() {
    let run = CLIRun.capplan(["--version"])
    #expect(run.out.hasPrefix("capplan \(CapplanCLI.version) (catalog \(Catalog.revisionDate), "))
    #expect(run.out.contains("\(Catalog.builtIn.gpus.count) GPUs"))
    // YYYY-MM-DD
    #expect(Catalog.revisionDate.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
  }
}

/// Text written by a console in a test.
private final class OutputBox: @unchecked Sendable {
  private let lock = NSLock()
  private var value = ""
  var text: String { lock.withLock { value } }
  func append(_ text: String) { lock.withLock { value += text } }
}
