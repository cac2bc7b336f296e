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
      if failure == 0 { failure = Self.writeAll(text, to: descriptor) }
    }
  }

  /// Writes every byte of `text`'s UTF-8 to `descriptor`, from the string's own storage,
  /// retrying short and interrupted writes; the error number of a failed write, or 0.
  static func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
    var text = text
    return text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let count = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if count < 0 {
          if errno != EINTR { return errno }
        } else {
          offset += count
        }
      }
      return 0
    }
  }

  private static func systemWrite(_ fd: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int)
    -> Int
  {
    #if canImport(Glibc)
      Glibc.write(fd, bytes, count)
    #else
      Darwin.write(fd, bytes, count)
    #endif
  }

  /// The first write error, in the system's words; nil while every write succeeded.
  var problem: String? {
    lock.withLock { failure == 0 ? nil : InputFile.describe(failure) }
  }
}
