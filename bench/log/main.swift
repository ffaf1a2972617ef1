// Log benchmark: SHA-256 and JSON parse throughput, and reading / verifying a 100,000-line
// incident log. Built by bench/log-bench.sh together with the CrisisKit sources into one
// optimised module (so it can use internal API); not part of the package or the tests.
//
// usage: log-bench DIR   (writes DIR/random-100mb.bin and DIR/log-100k.jsonl if missing)
#if canImport(Glibc)
  import Glibc
#endif

func seconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The best of `runs` timings of `body`, in seconds.
func best(_ runs: Int = 5, _ body: () throws -> Void) rethrows -> Double {
  var fastest = Double.infinity
  for _ in 0..<runs {
    let start = seconds()
    try body()
    fastest = min(fastest, seconds() - start)
  }
  return fastest
}

func readFile(_ path: String) -> [UInt8] {
  let fd = open(path, O_RDONLY)
  guard fd >= 0 else { return [] }
  defer { close(fd) }
  var out: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 20)
  while true {
    let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
    if n <= 0 { break }
    out.append(contentsOf: chunk[..<n])
  }
  return out
}

func writeFile(_ path: String, _ bytes: [UInt8]) {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  guard fd >= 0 else { return }
  defer { close(fd) }
  _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
}

func fmt(_ x: Double) -> String { String(Double(Int(x * 10)) / 10) }

let dir = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "/tmp/crisis-bench"
_ = mkdir(dir, 0o755)
let randomPath = dir + "/random-100mb.bin"
let logPath = dir + "/log-100k.jsonl"

// Inputs.
if access(randomPath, F_OK) != 0 {
  var state: UInt64 = 0x9E37_79B9_7F4A_7C15
  var bytes = [UInt8](repeating: 0, count: 100_000_000)
  for k in 0..<bytes.count {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    bytes[k] = UInt8(truncatingIfNeeded: state >> 33)
  }
  writeFile(randomPath, bytes)
}
if access(logPath, F_OK) != 0 {
  var out: [UInt8] = []
  var prev = SHA256.hex(of: [UInt8]())
  let start = Timestamp(milliseconds: 1_795_276_992_345, utcOffset: 3600)
  let kinds = ["step.started", "step.done", "note", "message.sent", "reminder", "decision"]
  for seq in 1...100_000 {
    let now = start.adding(seconds: Double(seq))
    var fields: [(String, JSONValue)] = [
      ("ts", .string(now.rfc3339)), ("incident", .string("2026-11-21-website-outage-7f3a")),
      ("mode", .string("live")), ("type", .string(kinds[seq % kinds.count])),
      ("actor", .string("anna")),
    ]
    switch seq % kinds.count {
    case 2:
      fields.append(
        (
          "text",
          .string(
            "Spoke to IT: the payment provider is down since 16:50; ETA unknown. Kunden können nicht zahlen."
          )
        ))
    case 3:
      fields += [
        ("template", .string("first-post")), ("channel", .string("x")),
        ("text", .string("We know our shop is down and are on it.\nNext update by 17:30.")),
      ]
    default: fields.append(("step", .string("go-public")))
    }
    let line = (try? IncidentLog.line(seq: seq, fields: fields, prev: prev)) ?? []
    prev = SHA256.hex(of: line)
    out += line
    out.append(0x0A)
  }
  writeFile(logPath, out)
}

// 1. SHA-256 throughput on the 100 MB file (already in memory).
let random = readFile(randomPath)
var digest = ""
let hashTime = best(3) { digest = SHA256.hex(of: random) }
print("sha256 100 MB: \(fmt(Double(random.count) / 1e6 / hashTime)) MB/s  (\(digest))")

// 2. JSON parse throughput: every line of the log, from memory.
let log = readFile(logPath)
var parsed = 0
let parseTime = best {
  parsed = 0
  log.withUnsafeBytes { raw in
    var start = 0
    while start < raw.count, let base = raw.baseAddress,
      let newline = memchr(base + start, 0x0A, raw.count - start)
    {
      let end = base.distance(to: UnsafeRawPointer(newline))
      if (try? JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[start..<end]))) != nil {
        parsed += 1
      }
      start = end + 1
    }
  }
}
print(
  "json parse: \(parsed) lines, \(fmt(Double(log.count) / 1e6)) MB in \(fmt(parseTime * 1000)) ms"
    + " = \(fmt(Double(log.count) / 1e6 / parseTime)) MB/s, \(fmt(parseTime / Double(parsed) * 1e9)) ns/line"
)

// 3. Reading the log as `status` does (no hashing), and verifying it.
var events = 0
let readTime = try best {
  events = 0
  try IncidentLog.read(path: logPath) { _ in events += 1 }
}
print("read (status): \(events) events in \(fmt(readTime * 1000)) ms")
var report = ChainReport()
let verifyTime = try best { report = try IncidentLog.verifyChain(path: logPath) }
print(
  "verify: \(report.eventCount) events, intact \(report.isIntact) in \(fmt(verifyTime * 1000)) ms")
