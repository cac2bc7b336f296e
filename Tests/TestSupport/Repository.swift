import Foundation

/// Paths in the repository, found from this file's own location.
public enum Repository {
  /// The repository's root folder.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every example scenario, sorted by name.
  public static var examples: [URL] {
    let folder = root.appendingPathComponent("Examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
  }

  /// Files in a folder under `Tests/`, sorted, with the given suffix.
  public static func files(in folder: String, suffix: String) -> [URL] {
    let url = root.appendingPathComponent("Tests").appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted().map { url.appendingPathComponent($0) }
  }
}

/// Golden files: committed expected outputs. With `CAPPLAN_UPDATE_GOLDEN=1` a test rewrites
/// them instead of comparing, so that a change in output shows up in review.
public enum Golden {
  public static var updating: Bool {
    ProcessInfo.processInfo.environment["CAPPLAN_UPDATE_GOLDEN"] == "1"
  }

  /// The committed text at `url`, or nil when it does not exist; rewritten first when updating.
  public static func expected(_ actual: String, at url: URL) -> String? {
    if updating {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: url)
    }
    return try? String(contentsOf: url, encoding: .utf8)
  }
}
