@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh directory under /tmp, removed with everything in it when the value goes away.
final class TemporaryDirectory {
  let path: String

  init() throws {
    var template = Array("/tmp/crisis-test-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
    }
    guard let made else { throw SystemError("mkdtemp", code: errno) }
    path = made
  }

  deinit { Self.removeTree(path) }

  func file(_ name: String) -> String { path + "/" + name }

  private static func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if info.st_mode & S_IFMT == S_IFDIR {
      _ = chmod(path, 0o700)
      if let dir = opendir(path) {
        while let entry = readdir(dir) {
          let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
          }
          if name != ".", name != ".." { removeTree(path + "/" + name) }
        }
        closedir(dir)
      }
      rmdir(path)
    } else {
      unlink(path)
    }
  }
}

/// Test file helpers: whole-file reads and writes, bypassing the log code.
enum Files {
  static func read(_ path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return [] }
    defer { close(fd) }
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      out.append(contentsOf: chunk[..<n])
    }
    return out
  }

  static func write(_ path: String, _ bytes: [UInt8], append: Bool = false) {
    let flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC)
    let fd = open(path, flags, 0o600)
    guard fd >= 0 else { return }
    defer { close(fd) }
    _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
  }

  static func lines(_ path: String) -> [[UInt8]] {
    read(path).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  }

  /// Writes `lines` joined by newlines, with a final newline.
  static func write(_ path: String, lines: [[UInt8]]) {
    write(path, Array(lines.joined(separator: [0x0A])) + [0x0A])
  }

  static func mode(_ path: String) -> mode_t? { FileSystem.mode(of: path) }
}

/// A fixed start time: 2026-11-21T17:03:12.345+01:00.
let incidentStart = Timestamp(milliseconds: 1_795_276_992_345, utcOffset: 3600)

/// The usual envelope fields plus the event's own.
func event(
  _ type: String, at now: Timestamp, actor: String = "anna", _ extra: [(String, JSONValue)] = []
) -> [(String, JSONValue)] {
  [
    ("ts", .string(now.rfc3339)), ("incident", .string("2026-11-21-website-outage-7f3a")),
    ("mode", .string("live")), ("type", .string(type)), ("actor", .string(actor)),
  ] + extra
}

/// A log with `count` note events, one second apart.
func makeLog(at path: String, count: Int) throws -> [AppendedLine] {
  let log = try IncidentLog.create(at: path)
  let clock = ManualClock(incidentStart)
  var appended: [AppendedLine] = []
  for k in 1...count {
    appended.append(
      try log.append(clock: clock) { _, now in
        event("note", at: now, [("text", .string("note number \(k)"))])
      })
    clock.advance(seconds: 1)
  }
  return appended
}
