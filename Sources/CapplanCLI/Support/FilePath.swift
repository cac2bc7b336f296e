/// Path arithmetic on the strings messages print, so that a base named relative to its
/// overlay keeps a short, readable name (`Examples/releases/base.json`).
enum FilePath {
  /// The folder part of `path` with its trailing slash (`Examples/releases/`), or empty.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
  }

  /// `path` without `.` components and with `folder/..` pairs folded (`a/./b/../c` → `a/c`).
  static func normalized(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == "..", absolute, parts.isEmpty {
        continue
      } else {
        parts.append(part)
      }
    }
    return (absolute ? "/" : "") + parts.joined(separator: "/")
  }
}
