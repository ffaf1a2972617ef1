// libFuzzer entry for the writer/reader round trip (issue 10): "nothing a writer puts in a
// log may make the log unreadable for the next reader". The input's bytes choose a sequence
// of events — types (known and unknown), fields of any JSON shape with any text and any
// number (NaN, infinities, extremes), `at` times, drill `sim` values, and the clock's time
// and UTC offset for each append — and the target writes them through the real writer
// (`IncidentRecorder.start`, `IncidentRecorder.record`, so `EventDraft` and
// `IncidentLog.append`), then reads the log back with the real readers (`IncidentFile.read`,
// `IncidentLog.verifyChain`). It traps, so libFuzzer saves the input, when
// - an append that threw changed the file (a refusal must come before the write), or
// - a reader refuses, or counts differently, what the writer acknowledged.
// Built by bench/fuzz with the CrisisKit sources; not part of the package.
#if canImport(Glibc)
  import Glibc
#endif

/// Reads the fuzzer's bytes as choices; past the end every choice is 0.
struct Choices {
  let bytes: UnsafeRawBufferPointer
  var at = 0

  var isAtEnd: Bool { at >= bytes.count }

  mutating func byte() -> UInt8 {
    guard at < bytes.count else { return 0 }
    defer { at += 1 }
    return bytes[at]
  }

  mutating func uint64() -> UInt64 {
    var v: UInt64 = 0
    for _ in 0..<8 { v = v << 8 | UInt64(byte()) }
    return v
  }

  /// A number of the kinds that break things: small, boundaries, or any bit pattern.
  mutating func int64() -> Int64 {
    switch byte() % 6 {
    case 0: return Int64(byte())
    case 1: return -Int64(byte())
    case 2: return [Int64.max, .min, .max - 1, .min + 1, 1 << 53, -(1 << 53)][Int(byte() % 6)]
    default: return Int64(bitPattern: uint64())
    }
  }

  mutating func double() -> Double {
    switch byte() % 6 {
    case 0: return Double(Int8(bitPattern: byte()))
    case 1:
      return [
        .nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
        .leastNonzeroMagnitude, 9.3e18, -9.3e18, 1e19, -0.0,
      ][Int(byte() % 10)]
    default: return Double(bitPattern: uint64())
    }
  }

  /// Text of up to 40 bytes from the input, decoded as UTF-8 (invalid bytes become U+FFFD):
  /// controls, quotes, backslashes, bidi marks, whatever the input holds.
  mutating func text() -> String {
    let count = Int(byte() % 41)
    var raw: [UInt8] = []
    for _ in 0..<count where !isAtEnd { raw.append(byte()) }
    return String(decoding: raw, as: UTF8.self)
  }

  mutating func json(depth: Int = 0) -> JSONValue {
    switch byte() % (depth < 3 ? 9 : 7) {
    case 0: return .null
    case 1: return .bool(byte() & 1 == 1)
    case 2: return .int(int64())
    case 3: return .double(double())
    case 4, 5, 6: return .string(text())
    case 7:
      return .array((0..<Int(byte() % 4)).map { _ in json(depth: depth + 1) })
    default:
      var seen: Set<String> = []
      var pairs: [(String, JSONValue)] = []
      for _ in 0..<Int(byte() % 4) {
        let key = text()
        if seen.insert(key).inserted { pairs.append((key, json(depth: depth + 1))) }
      }
      return .object(pairs)
    }
  }

  /// A field name: one the fold reads (so typed values meet the code that reads them), or
  /// any text.
  mutating func fieldName() -> String {
    let known = [
      "text", "step", "question", "answer", "template", "channel", "name", "value", "role",
      "holder", "reason", "severity", "summary", "title", "url", "promise", "speed", "since",
      "elapsed", "seconds", "variables", "roles", "playbook", "by", "expect",
    ]
    let b = byte()
    return b < 200 ? known[Int(b) % known.count] : text()
  }

  mutating func timestamp() -> Timestamp {
    let offset: Int
    switch byte() % 4 {
    case 0: offset = 0
    case 1: offset = (Int(byte()) - 128) * 15 * 60  // whole quarters, some beyond a day
    case 2: offset = Int(Int16(bitPattern: UInt16(byte()) << 8 | UInt16(byte())))  // seconds
    default: offset = Int(Int32(truncatingIfNeeded: Int64(bitPattern: uint64())))
    }
    let millis: Int64
    switch byte() % 3 {
    case 0: millis = 1_795_276_992_345 + Int64(Int16(bitPattern: UInt16(byte()) << 8))  // 2026
    case 1: millis = [-62_167_219_200_000, 253_402_300_799_999, 0][Int(byte() % 3)]
    default: millis = int64()
    }
    return Timestamp(milliseconds: millis, utcOffset: offset)
  }
}

/// A clock the target sets before each append.
final class SetClock: Clock, @unchecked Sendable {
  var time = Timestamp(milliseconds: 1_795_276_992_345, utcOffset: 3600)
  func now() -> Timestamp { time }
}

nonisolated(unsafe) var roundTripDirectory: String?

/// A private directory (mode 0700: the writer refuses shared ones such as /dev/shm itself).
func roundTripDir() -> String? {
  if let roundTripDirectory { return roundTripDirectory }
  let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
  var template = Array("\(base)/crisis-fuzz-roundtrip-XXXXXX".utf8CString)
  let made = template.withUnsafeMutableBufferPointer { buffer in
    buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
  }
  roundTripDirectory = made
  return made
}

func fileBytes(_ path: String) -> [UInt8] {
  (try? FileSystem.readFile(path, limit: InputLimits.logBytes, what: "incident log")) ?? []
}

let roundTripPlaybook = """
  playbook: fuzz
  title: Fuzz
  roles: { lead: { title: Lead } }
  channels: { x: { title: X, audience: public, limit: 280 } }
  templates: { post: { channel: x, text: "Update {{next_update}}" } }
  steps:
    - { id: a, title: A, role: lead, due: 5m, ask: { question: Q?, choices: { yes: b, no: end } } }
    - { id: b, title: B, role: lead, every: 30m, send: [post] }

  """

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoundTrip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var choices = Choices(bytes: UnsafeRawBufferPointer(start: data, count: size))
  guard let directory = roundTripDir() else { return 0 }
  for name in FileSystem.contents(of: directory) {
    _ = unlink(FileSystem.join(directory, name))
  }
  let clock = SetClock()
  clock.time = choices.timestamp()
  let mode: IncidentMode = choices.byte() & 1 == 0 ? .live : .drill
  var started: [(String, JSONValue)] = [
    ("title", .string(choices.text())), ("severity", .string("high")),
    (
      "playbook",
      .object([
        ("path", .string("fuzz.yml")), ("sha256", .string("")),
        ("text", .string(roundTripPlaybook)),
      ])
    ),
    ("variables", .object([])), ("roles", .object([])),
  ]
  if mode == .drill { started.append(("speed", .double(choices.double()))) }
  for _ in 0..<Int(choices.byte() % 3) { started.append((choices.fieldName(), choices.json())) }

  let recorder: IncidentRecorder
  do {
    (recorder, _) = try IncidentRecorder.start(
      in: directory, playbook: "fuzz", mode: mode, actor: choices.text(), clock: clock,
      random: { 0x7f3a }, first: EventDraft(.incidentStarted, started))
  } catch {
    // Refused: nothing may be left behind.
    if !FileSystem.contents(of: directory).isEmpty {
      fatalError("a refused start left files: \(FileSystem.contents(of: directory)) (\(error))")
    }
    return 0
  }
  var acknowledged = 1
  // Every type but a second incident.started, which no command writes: a later one replaces
  // the embedded playbook, and the fuzzer would only rediscover that a random `playbook`
  // field is not a playbook.
  let types = EventType.names.map(\.0).filter { $0 != .incidentStarted } + [.other("custom.thing")]
  while !choices.isAtEnd {
    let type = types[Int(choices.byte()) % types.count]
    var fields: [(String, JSONValue)] = []
    var seen: Set<String> = []
    for _ in 0..<Int(choices.byte() % 5) {
      let name = choices.fieldName()
      if seen.insert(name).inserted { fields.append((name, choices.json())) }
    }
    let at: Timestamp? = choices.byte() % 4 == 0 ? choices.timestamp() : nil
    let sim = choices.double()
    clock.time = choices.byte() % 4 == 0 ? choices.timestamp() : clock.time.adding(seconds: 1)
    let before = fileBytes(recorder.log.path)
    do {
      _ = try recorder.record(EventDraft(type, fields, at: at)) { _ in sim }
      acknowledged += 1
    } catch {
      if fileBytes(recorder.log.path) != before {
        fatalError("a refused append changed the log (\(error))")
      }
    }
  }

  // Read back: everything acknowledged must be read, by every reader.
  let file: IncidentFile
  do {
    file = try IncidentFile.read(path: recorder.log.path, keepEvents: true)
  } catch {
    fatalError("the reader refused what the writer wrote: \(error)")
  }
  if file.events.count != acknowledged || !file.warnings.isEmpty {
    fatalError("wrote \(acknowledged) events, read \(file.events.count), \(file.warnings)")
  }
  do {
    let report = try IncidentLog.verifyChain(path: recorder.log.path)
    if !report.isIntact || report.eventCount != acknowledged {
      fatalError("verify: \(String(describing: report.problem)), \(report.eventCount) events")
    }
  } catch {
    fatalError("verify refused the log: \(error)")
  }
  return 0
}
