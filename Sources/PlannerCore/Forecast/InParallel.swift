import Dispatch

/// `body` of every index in `0..<count`, run on the machine's cores, in index order. Each
/// result depends on its index alone (the months of a forecast are planned independently, the
/// sections of a text report written so), so the array is the one a sequential loop gives, on
/// any number of cores.
public func inParallel<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  guard count > 1 else { return (0..<count).map(body) }
  let results = Results<T>(count: count)
  defer { results.release() }
  DispatchQueue.concurrentPerform(iterations: count) { results.set($0, body($0)) }
  return results.values
}

/// The results of `inParallel`: one element per index, each written by its own iteration only,
/// and read after every iteration has finished, so that no element is shared between threads.
private struct Results<T: Sendable>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<T?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  func set(_ index: Int, _ value: T) { buffer[index] = value }

  var values: [T] { buffer.map { $0! } }

  func release() {
    _ = buffer.deinitialize()
    buffer.deallocate()
  }
}

/// `first` and `second` run at the same time, `second` on another thread; each is a pure
/// computation of its own, so the pair is what running one after the other gives. (Not
/// `inParallel`: a `concurrentPerform` inside another runs its iterations one by one.)
public func concurrently<A, B: Sendable>(_ first: () -> A, _ second: @Sendable () -> B) -> (A, B) {
  withoutActuallyEscaping(second) { second in
    let result = Results<B>(count: 1)
    defer { result.release() }
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { result.set(0, second()) }
    let a = first()
    group.wait()  // `second` has returned: nothing escapes this call
    return (a, result.values[0])
  }
}
