// libFuzzer target: load, plan and render in every format, through the command line in
// process (standard input as the scenario). Every run must end in exit 0, 1 or 2: exit 3
// means an accepted scenario gave a figure that is not finite or could not be written, and is
// a finding (abort). Built by .ci/fuzz, compiled together with the PlannerCore and CapplanCLI
// sources.

#if canImport(Glibc)
  import Glibc
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let console = Console(out: { _ in }, err: { _ in }, readStandardInput: { bytes })
  let runs =
    PlanCommand.planFormats.map { ["plan", "-", "--format", $0] }
    + [["plan", "-", "--format", "csv", "--series", "slots"]]
    + CheckCommand.formats.map { ["check", "-", "--format", $0] }
    + Charts.kinds.map { ["chart", "-", "--kind", $0] } + [["explain", "-"]]
  for arguments in runs {
    let code = CapplanCLI.run(arguments, console: console)
    if ![0, 1, 2].contains(code) {
      print("capplan \(arguments.joined(separator: " ")) exited \(code)")
      abort()
    }
    // one refusal is enough: every format reads the same scenario
    if code == 2 { break }
  }
  return 0
}
