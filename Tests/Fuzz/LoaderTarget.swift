// libFuzzer target: the scenario loader (JSON reader, decoders, reference and sense checks)
// on arbitrary bytes. Any outcome but a crash, a trap or a memory error is a pass: a
// scenario is loaded or refused with diagnostics. Built by .ci/fuzz, compiled together with
// the PlannerCore sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let loaded = try? ScenarioLoader.load(bytes) {
    _ = loaded.scenario.deployments.count
  }
  return 0
}
