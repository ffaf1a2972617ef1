import Foundation
import Testing

/// Runs the built `crisis` binary the way a user does: in a fresh temporary directory, with
/// files, stdin and environment given by the test, and returns what it printed, its exit
/// code, and the directory to inspect afterwards.
struct CrisisRun {
  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32
    var directory: URL

    func file(_ path: String) -> String? {
      try? String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
    }
  }

  /// The `crisis` executable next to the test bundle in `.build/<triple>/debug`. Throws when
  /// there is none: running some other `crisis` (or none) would make every test meaningless.
  static func binary() throws -> URL {
    if let found = builtBinary { return found }
    throw MissingBinary(searchedFrom: CommandLine.arguments[0])
  }

  private static let builtBinary: URL? = {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("crisis")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return nil
  }()

  /// No built `crisis` near the test runner.
  struct MissingBinary: Error, CustomStringConvertible {
    var searchedFrom: String
    var description: String {
      "no built crisis executable found above \(searchedFrom); run `swift build` first"
    }
  }

  /// The package root, for the shipped playbooks.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  var arguments: [String]
  var stdin = ""
  var files: [String: String] = [:]
  var environment: [String: String] = [:]
  var directory: URL?

  init(_ arguments: String..., stdin: String = "", files: [String: String] = [:]) {
    self.arguments = arguments
    self.stdin = stdin
    self.files = files
  }

  static func makeDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "crisis-e2e-\(UUID().uuidString)")
    // 0700 whatever the umask: crisis refuses to write logs in a directory others can write.
    try FileManager.default.createDirectory(
      at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    return dir
  }

  /// SIGPIPE ignored in the test runner, once: writes to a child that has gone fail instead.
  private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

  func run() throws -> Result {
    let dir = try directory ?? Self.makeDirectory()
    for (path, content) in files {
      let url = dir.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(content.utf8).write(to: url)
    }
    let process = Process()
    process.executableURL = try Self.binary()
    process.arguments = arguments
    process.currentDirectoryURL = dir
    var env = [
      "PATH": "/usr/bin:/bin", "HOME": dir.path, "USER": "tester", "TZ": "Europe/Berlin",
      "LANG": "C.UTF-8",
    ]
    env["CRISIS_PLAYBOOKS"] = Self.packageRoot.appendingPathComponent("Playbooks").path
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // stdin, stdout and stderr all at once: a child that fills one pipe while we wait on
    // another would otherwise block us both.
    let outData = PipeDrain(output.fileHandleForReading)
    let errData = PipeDrain(error.fileHandleForReading)
    // A child that refuses at once (a usage error, `lint /dev/stdin`) may have exited before
    // its input is written: the write then fails with EPIPE, which is fine, instead of the
    // SIGPIPE killing the whole test runner.
    _ = Self.ignoreBrokenPipes
    try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    let (out, err) = (outData.wait(), errData.wait())
    return Result(
      stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self),
      status: process.terminationStatus, directory: dir)
  }
}
