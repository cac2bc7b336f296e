import Foundation
import TestSupport
import Testing

/// Exit codes, usage errors and the commands beside `plan`.
@Suite struct CommandTests {
  let rag = Repository.root.appendingPathComponent("Examples/rag-support-chatbot.json").path

  @Test func versionAndHelp() {
    #expect(CLIRun.capplan(["--version"]).out.hasPrefix("capplan 0.1.0 (catalog "))
    let help = CLIRun.capplan(["--help"])
    #expect(help.code == 0 && help.out.contains("usage: capplan <command>"))
    #expect(CLIRun.capplan(["plan", "--help"]).out.contains("usage: capplan plan FILE"))
    #expect(CLIRun.capplan(["help", "check"]).out.contains("usage: capplan check FILE"))
    #expect(CLIRun.capplan([]).code == 2)
  }

  @Test func usageErrorsExitTwoWithAHint() {
    let unknown = CLIRun.capplan(["plna", rag])
    #expect(unknown.code == 2)
    #expect(unknown.err.hasPrefix("capplan: error: unknown command 'plna'; did you mean 'plan'?"))
    let option = CLIRun.capplan(["plan", rag, "--fromat", "json"])
    #expect(option.code == 2 && option.err.contains("did you mean '--format'?"))
    let format = CLIRun.capplan(["plan", rag, "--format", "yaml"])
    #expect(format.code == 2 && format.err.contains("'yaml' is not a value of '--format'"))
    let missing = CLIRun.capplan(["plan", "/nonexistent/x.json"])
    #expect(missing.code == 2 && missing.err == "/nonexistent/x.json: error: no such file\n")
  }

  @Test func checkPassesWithWarningsAndFailsOnABrokenLimit() throws {
    let ok = CLIRun.capplan(["check", rag])
    #expect(ok.code == 0, "\(ok.out)")
    #expect(ok.out.contains("WARN pdu-feed[dgx-h100]"))
    // The same scenario behind a 300 kW interconnect: the planned facility load (339 kW in the
    // golden report) no longer fits, so the gate fails with exit 1 and names the limit.
    let text = try String(contentsOfFile: rag, encoding: .utf8).replacingOccurrences(
      of: "\"utilityKW\": 1800", with: "\"utilityKW\": 300")
    let failed = CLIRun.capplan(["check", "-"], stdin: text)
    #expect(failed.code == 1)
    #expect(failed.out.contains("FAIL utility:"))
    #expect(failed.out.hasSuffix("<stdin>: verdict: FAIL (13 checks: 11 pass, 1 warn, 1 fail)\n"))
  }

  @Test func validateReportsEachFile() {
    let run = CLIRun.capplan(["validate", rag])
    #expect(run.code == 0)
    #expect(run.out == "\(rag): ok (1 surfaces, 4 deployments)\n")
    let bad = CLIRun.capplan(["validate", rag, "-"], stdin: "{")
    #expect(bad.code == 2)
    #expect(bad.err.contains("<stdin>:1:2: error: unexpected end of file"))
  }

  @Test func catalogListsEveryKind() {
    let run = CLIRun.capplan(["catalog"])
    #expect(run.code == 0)
    for id in [
      "a100-sxm-80gb", "h100-sxm", "h100-pcie", "h200-sxm", "b200", "l40s", "l4", "mi300x",
      "dgx-h100", "gb200-nvl72", "llama-3.1-405b", "mixtral-8x7b",
    ] {
      #expect(run.out.contains(id), "\(id)")
    }
    #expect(CLIRun.capplan(["catalog", "gpu"]).err.contains("did you mean 'gpus'?"))
  }

  @Test func outputFileIsWrittenWhole() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(
      "capplan-test-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: out) }
    let run = CLIRun.capplan(["plan", rag, "--format", "json", "--output", out.path])
    #expect(run.code == 0 && run.out.isEmpty)
    let written = try String(contentsOf: out, encoding: .utf8)
    #expect(written == CLIRun.capplan(["plan", rag, "--format", "json"]).out)
    // An invalid scenario leaves an existing output file untouched.
    let failed = CLIRun.capplan(["plan", "-", "--output", out.path], stdin: "{}")
    #expect(failed.code == 2)
    #expect(try String(contentsOf: out, encoding: .utf8) == written)
  }
}
