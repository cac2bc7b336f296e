#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a scenario file of any kind a shell hands over — a regular file, a pipe, a FIFO,
/// process substitution (`<(jq … launch.json)`) — never more than `limitBytes`: a regular file
/// over the limit is refused from its size before a byte is read, a stream after `limit + 1`
/// bytes.
enum InputFile {
  /// The largest scenario read: 16 MiB, a hundred times the largest example, so a generated or
  /// corrupted file is refused in well under a second instead of filling memory.
  static let limitBytes = 16 * 1024 * 1024

  /// Why a file could not be read, as a message names it.
  enum Problem: Error, Equatable {
    case missing
    case directory
    case tooLarge(bytes: Int?)
    case unreadable(String)

    /// The message after `FILE: error: `.
    var message: String {
      switch self {
      case .missing: return "no such file"
      case .directory: return "is a directory, not a scenario file"
      case .tooLarge(let bytes):
        let size =
          bytes.map { "is \(InputFile.megabytes($0)) MB; " } ?? "is larger than the limit; "
        return size + "capplan reads scenario files up to \(InputFile.megabytes(limitBytes)) MB "
          + "(\(limitBytes) bytes)"
      case .unreadable(let reason): return "cannot read the file: \(reason)"
      }
    }
  }

  /// The bytes at `path`, at most `limit`.
  static func read(_ path: String, limit: Int = limitBytes) -> Result<[UInt8], Problem> {
    var info = stat()
    guard stat(path, &info) == 0 else {
      return .failure(errno == ENOENT ? .missing : .unreadable(describe(errno)))
    }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFDIR { return .failure(.directory) }
    if kind == S_IFREG && Int(info.st_size) > limit {
      return .failure(.tooLarge(bytes: Int(info.st_size)))
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(.unreadable(describe(errno))) }
    defer { close(descriptor) }
    return readAll(descriptor, limit: limit)
  }

  /// Everything left on `descriptor`, or `.tooLarge` once more than `limit` bytes came.
  static func readAll(_ descriptor: Int32, limit: Int = limitBytes) -> Result<[UInt8], Problem> {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return .success(bytes) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(describe(errno)))
      }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > limit { return .failure(.tooLarge(bytes: nil)) }
    }
  }

  /// At most `limit + 1` bytes of `descriptor` (standard input): enough to tell that a stream
  /// is over the limit without holding more of it; what was read before an error otherwise.
  static func readPrefix(_ descriptor: Int32, limit: Int = limitBytes) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  /// `16` for 16 MiB, `100.0` for 100 MB (one decimal when not whole).
  static func megabytes(_ bytes: Int) -> String {
    let value = Double(bytes) / 1_048_576
    return value == value.rounded()
      ? String(Int(value))
      : String(Int(value * 10) / 10) + "."
        + String(Int(value * 10) % 10)
  }

  /// The system's words for an error number.
  static func describe(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
