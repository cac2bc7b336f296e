import Foundation

/// What produced a report: the capplan version, and digests of the resolved scenario and of the
/// catalog, so that a stored forecast can be tied to a release and to the model behind it.
public struct Provenance: Sendable, Equatable, Codable {
  /// The capplan version that planned (JSON `capplanVersion`).
  public var capplanVersion: String
  /// SHA-256 of the scenario's canonical JSON, overlays merged (JSON `scenarioSHA256`):
  /// sorted keys, no whitespace, numbers as written, so layout changes do not move it.
  public var scenarioSHA256: String
  /// SHA-256 of the built-in catalog as JSON with sorted keys (JSON `catalogSHA256`).
  public var catalogSHA256: String

  public init(capplanVersion: String, scenarioSHA256: String, catalogSHA256: String) {
    self.capplanVersion = capplanVersion
    self.scenarioSHA256 = scenarioSHA256
    self.catalogSHA256 = catalogSHA256
  }

  /// The provenance of a plan of `document` by capplan `version` against the built-in catalog.
  public static func of(document: JSONValue, version: String) -> Provenance {
    Provenance(
      capplanVersion: version, scenarioSHA256: SHA256.hex(Array(document.canonicalText.utf8)),
      catalogSHA256: builtInCatalogSHA256)
  }

  /// SHA-256 of the built-in catalog's JSON (sorted keys): `catalogSHA256(of: .builtIn)`,
  /// written out, since the catalog is part of the program and encoding it took longer than
  /// the rest of a JSON report's provenance. A test recomputes it, so a catalog change that
  /// leaves it behind fails there, with the new value.
  public static let builtInCatalogSHA256 =
    "6fcd603aeb7b795e954d59ef7f4e1e836b311fe34d34a443123a9afbed94490c"

  /// SHA-256 of `catalog`'s GPUs, systems and models, each as Foundation's `JSONEncoder` writes
  /// it with sorted keys, one after the other.
  public static func catalogSHA256(of catalog: Catalog) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let parts = [
      try? encoder.encode(catalog.gpus), try? encoder.encode(catalog.systems),
      try? encoder.encode(catalog.models),
    ]
    return SHA256.hex(parts.flatMap { $0.map { [UInt8]($0) } ?? [] })
  }
}
