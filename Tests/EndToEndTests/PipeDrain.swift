import Foundation

/// Reads a pipe to its end on a thread of its own, so a test can drain stdout and stderr at
/// the same time: reading one to the end first deadlocks when the child fills the other.
final class PipeDrain: @unchecked Sendable {
  private let lock = NSLock()
  private let finished = DispatchSemaphore(value: 0)
  /// Guarded by `lock`; complete once `finished` is signalled.
  private var data = Data()

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      let all = handle.readDataToEndOfFile()
      lock.withLock { data = all }
      finished.signal()
    }
  }

  /// Everything the pipe carried, once its writer closed it.
  func wait() -> Data {
    finished.wait()
    return lock.withLock { data }
  }
}
