#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a report to the file `--output` names: through symbolic links to their target,
/// atomically (a temporary file beside the target, renamed over it, so a failed run never
/// leaves half a report), and only to a regular file that is not the scenario being read.
enum OutputFile {
  /// Why the output could not be written, as a message names it.
  struct Problem: Error, Equatable {
    var message: String
    var hint: String?
  }

  /// The file a path finally names, following symbolic links (at most 40, as the kernel does);
  /// the path itself when it does not exist yet.
  static func target(of path: String) throws(Problem) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count >= 0 else { throw Problem(message: InputFile.describe(errno)) }
      let link = String(
        decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = link.hasPrefix("/") ? link : folder(of: current) + link
    }
    throw Problem(message: "too many levels of symbolic links")
  }

  /// Writes `text` to `path`; `inputs` are the paths of the files the report was read from,
  /// which are never overwritten.
  static func write(_ text: String, to path: String, inputs: [String]) throws(Problem) {
    guard !path.isEmpty else {
      throw Problem(
        message: "the output path is empty", hint: "give '--output FILE', or '-' for stdout")
    }
    let target = try target(of: path)
    var info = stat()
    if stat(target, &info) == 0 {
      let kind = info.st_mode & S_IFMT
      if kind == S_IFDIR {
        throw Problem(message: "is a directory", hint: "name a file inside it")
      }
      guard kind == S_IFREG else {
        throw Problem(
          message: "is not a regular file (a device, pipe or socket)",
          hint: "--output writes a file; leave it out to write to standard output")
      }
      if inputs.contains(where: { sameFile($0, info) }) {
        throw Problem(
          message: "is the scenario being read; it was left as it was",
          hint: "write the report to another file")
      }
    }
    // a report replacing a file keeps the file's permissions; a new one is rw-r--r--
    let exists = stat(target, &info) == 0
    try replace(target, with: text, mode: exists ? info.st_mode & 0o7777 : 0o644)
  }

  /// Writes a temporary file beside `target` and renames it over the target.
  private static func replace(_ target: String, with text: String, mode: mode_t) throws(Problem) {
    var template = Array((folder(of: target) + ".capplan-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw Problem(message: InputFile.describe(errno)) }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var failure = StandardStream.writeAll(text, to: descriptor)
    if failure == 0 && fchmod(descriptor, mode) != 0 { failure = errno }
    if close(descriptor) != 0 && failure == 0 { failure = errno }
    if failure == 0 && rename(temporary, target) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw Problem(message: "cannot write the output: \(InputFile.describe(failure))")
    }
  }

  /// Whether `path` is the file `info` describes (same device and inode).
  private static func sameFile(_ path: String, _ info: stat) -> Bool {
    var other = stat()
    return stat(path, &other) == 0 && other.st_dev == info.st_dev && other.st_ino == info.st_ino
  }

  /// The folder part of a path, with its final slash (`a/b/` for `a/b/c`), or empty.
  private static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
  }
}
