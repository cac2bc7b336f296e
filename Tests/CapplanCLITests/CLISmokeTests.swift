import Testing

@testable import CapplanCLI

@Suite struct CLISmokeTests {
  @Test func placeholder() {
    #expect(CapplanCLI.run([]) == 0)
  }
}
