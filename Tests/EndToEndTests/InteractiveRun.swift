import Foundation
import Testing

/// Runs the built `crisis` binary as a console that a test types into line by line: stdin is
/// a pipe kept open until `closeInput`, and stdout is collected as it comes, so the test can
/// wait for a line (polling the output against a deadline, never sleeping for time to pass)
/// and then type the next command. Several may share one directory: consoles on one incident.
final class InteractiveRun: @unchecked Sendable {
  let process = Process()
  let name: String
  private let input = Pipe()
  private let lock = NSLock()
  /// Guarded by `lock`.
  private var collected = Data()
  private var collectedErrors = Data()
  private let outputDone = DispatchSemaphore(value: 0)
  private let errorDone = DispatchSemaphore(value: 0)

  /// Starts `crisis arguments…` in `directory` (the environment of `CrisisRun`).
  init(
    _ name: String, _ arguments: [String], in directory: URL,
    environment: [String: String] = [:]
  ) throws {
    self.name = name
    process.executableURL = try CrisisRun.binary()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = [
      "PATH": "/usr/bin:/bin", "HOME": directory.path, "USER": "tester", "TZ": "Europe/Berlin",
      "LANG": "C.UTF-8",
      "CRISIS_PLAYBOOKS": CrisisRun.packageRoot.appendingPathComponent("Playbooks").path,
    ]
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    _ = signal(SIGPIPE, SIG_IGN)
    try process.run()
    Self.collect(output.fileHandleForReading, done: outputDone) { [self] data in
      lock.withLock { collected.append(data) }
    }
    Self.collect(errors.fileHandleForReading, done: errorDone) { [self] data in
      lock.withLock { collectedErrors.append(data) }
    }
  }

  private static func collect(
    _ handle: FileHandle, done: DispatchSemaphore, _ add: @escaping @Sendable (Data) -> Void
  ) {
    Thread.detachNewThread {
      while true {
        let data = handle.availableData
        if data.isEmpty { break }
        add(data)
      }
      done.signal()
    }
  }

  /// Everything printed so far.
  var stdout: String { lock.withLock { String(decoding: collected, as: UTF8.self) } }
  var stderr: String { lock.withLock { String(decoding: collectedErrors, as: UTF8.self) } }

  /// Types one line.
  func send(_ line: String) {
    try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
  }

  /// Ctrl-D: the end of input.
  func closeInput() { try? input.fileHandleForWriting.close() }

  /// Waits until stdout holds `text` `count` times; records an issue with the output so far
  /// when it does not within `seconds`. Returns whether it came.
  @discardableResult
  func waitFor(
    _ text: String, count: Int = 1, seconds: Double = 10,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if stdout.components(separatedBy: text).count - 1 >= count { return true }
      Thread.sleep(forTimeInterval: 0.02)
    }
    let message = "\(name): no \"\(text)\" (×\(count)) within \(seconds)s; output so far:\n"
    Issue.record(
      Comment(rawValue: message + stdout + "\nstderr:\n" + stderr), sourceLocation: sourceLocation)
    return false
  }

  /// Waits for the process to end (closing its input first if asked); its exit status, or nil
  /// (with an issue recorded, and the process killed) when it does not end within `seconds`.
  func finish(
    closingInput: Bool = true, seconds: Double = 10,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Int32? {
    if closingInput { closeInput() }
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    guard !process.isRunning else {
      let message = "\(name) did not end within \(seconds)s; output so far:\n"
      Issue.record(Comment(rawValue: message + stdout), sourceLocation: sourceLocation)
      process.terminate()
      process.waitUntilExit()
      return nil
    }
    process.waitUntilExit()
    _ = outputDone.wait(timeout: .now() + 5)
    _ = errorDone.wait(timeout: .now() + 5)
    return process.terminationStatus
  }

  deinit {
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
  }
}
