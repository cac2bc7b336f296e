import Testing

@testable import PlannerCore

/// SHA-256 against the FIPS 180-4 / NIST CAVP example vectors.
@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "The quick brown fox jumps over the lazy dog",
      "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
    ),
  ])
  func standardVectors(input: String, expected: String) {
    #expect(SHA256.hex(Array(input.utf8)) == expected)
  }

  @Test func aMillionAs() {
    // FIPS 180-4 long message: one million repetitions of 'a'.
    #expect(
      SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func blockBoundaries() {
    // 55 bytes pad into one block, 56 need two: both must differ from each other and be stable.
    let a55 = SHA256.hex([UInt8](repeating: 0x61, count: 55))
    let a56 = SHA256.hex([UInt8](repeating: 0x61, count: 56))
    #expect(a55 == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
    #expect(a56 == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
  }

  @Test func canonicalTextIgnoresLayoutAndKeyOrder() throws {
    let a = try JSONReader.parse(#"{ "b": [1, 2.50], "a": "x\"y" }"#)
    let b = try JSONReader.parse("{\n\"a\":\"x\\\"y\",\n  \"b\":[1,2.50]}")
    #expect(a.canonicalText == #"{"a":"x\"y","b":[1,2.50]}"#)
    #expect(a.canonicalText == b.canonicalText)
  }

  @Test func builtInCatalogDigestIsTheCatalogs() {
    // the digest is written out in the source; it must be the one the catalog gives today
    let digest = Provenance.catalogSHA256(of: .builtIn)
    #expect(
      Provenance.builtInCatalogSHA256 == digest,
      "the built-in catalog changed: set Provenance.builtInCatalogSHA256 to \(digest)")
    // and any change to the catalog moves it
    var changed = Catalog.builtIn
    changed.gpus[0].tdpWatts += 1
    #expect(Provenance.catalogSHA256(of: changed) != digest)
  }
}
