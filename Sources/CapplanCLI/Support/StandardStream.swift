import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output or error written with write(2), checking every call: a full disk
/// (`> /dev/full`), a closed descriptor or a reader gone away is remembered, never a trap, so
/// the command can say so and exit 3. Foundation's `FileHandle.write` traps on such errors.
final class StandardStream: @unchecked Sendable {
  private let descriptor: Int32
  private let lock = NSLock()
  private var failure: Int32 = 0

  init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// Standard output.
  static let output = StandardStream(descriptor: 1)
  /// Standard error.
  static let error = StandardStream(descriptor: 2)

  /// Writes all of `text`, unless a write already failed.
  func write(_ text: String) {
    lock.withLock {
      if failure == 0 { failure = Self.writeAll(Array(text.utf8), to: descriptor) }
    }
  }

  /// Writes every byte to `descriptor`, retrying short and interrupted writes; the error
  /// number of a failed write, or 0.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    var rest = bytes[...]
    while !rest.isEmpty {
      let count = rest.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno != EINTR { return errno }
      } else {
        rest = rest.dropFirst(count)
      }
    }
    return 0
  }

  /// The first write error, in the system's words; nil while every write succeeded.
  var problem: String? {
    lock.withLock { failure == 0 ? nil : InputFile.describe(failure) }
  }
}
