// libFuzzer entry for the writer/reader contract: what the log writer accepts, every reader
// reads back. The input drives a small interpreter that builds events of every type with
// arbitrary text (any bytes, invalid UTF-8 included), numbers (any bit pattern: NaN,
// infinities, huge values), clocks, offsets, drill times and `at` times, and appends each
// through the real `IncidentRecorder`. An append may be refused (an error); an append that
// succeeds must read back through `IncidentFile.read` as the same event and pass
// `IncidentLog.verifyChain`; an append that is refused must leave the file as it was.
// Anything else is a crash, which libFuzzer reports.
// Built by bench/fuzz with the CrisisKit sources; not part of the package.
#if canImport(Glibc)
  import Glibc
#endif

nonisolated(unsafe) var roundTripPath: String?

/// Reads choices from the fuzzer's bytes; runs out into zeros.
struct Choices {
  var bytes: UnsafeRawBufferPointer
  var at = 0

  mutating func byte() -> UInt8 {
    guard at < bytes.count else { return 0 }
    defer { at += 1 }
    return bytes[at]
  }

  mutating func int64() -> Int64 {
    var value: UInt64 = 0
    for _ in 0..<8 { value = value << 8 | UInt64(byte()) }
    return Int64(bitPattern: value)
  }

  mutating func double() -> Double {
    switch byte() % 8 {
    case 0: return .nan
    case 1: return .infinity
    case 2: return -.infinity
    case 3: return Double(int64() % 100_000) / 7
    case 4: return IncidentEvent.simRange.upperBound + Double(byte())
    default: return Double(bitPattern: UInt64(bitPattern: int64()))
    }
  }

  /// Up to 40 bytes of any value, as the program would turn them into a String.
  mutating func text() -> String {
    let count = Int(byte() % 41)
    var raw: [UInt8] = []
    for _ in 0..<count { raw.append(byte()) }
    return String(decoding: raw, as: UTF8.self)
  }

  mutating func optionalText() -> String? { byte() % 3 == 0 ? nil : text() }

  /// Milliseconds around the epoch, ±12,000 years (past what RFC 3339 can write).
  mutating func timestamp() -> Timestamp {
    Timestamp(
      milliseconds: int64() % 380_000_000_000_000,
      utcOffset: Int(int64() % 200_000))
  }
}

/// A clock that reads the next time from the input.
final class FuzzClock: WallClock, @unchecked Sendable {
  var next: Timestamp
  init(_ next: Timestamp) { self.next = next }
  func now() -> Timestamp { next }
}

let roundTripPlaybook = """
  playbook: fuzz
  title: Fuzz
  roles: { lead: { title: Lead } }
  channels: { x: { title: X, audience: public } }
  templates: { t: { channel: x, text: hi } }
  steps:
    - { id: a, title: A, role: lead }

  """

func body(_ c: inout Choices) -> EventBody {
  switch c.byte() % 24 {
  case 0: return .stepStarted(StepStarted(step: c.text()))
  case 1: return .stepDone(StepDone(step: c.text()))
  case 2: return .stepSkipped(StepSkipped(step: c.text(), reason: c.optionalText()))
  case 3:
    return .decision(
      DecisionTaken(step: c.text(), question: c.text(), answer: c.text(), next: c.optionalText()))
  case 4:
    return .messageSent(
      MessageSent(
        step: c.optionalText(), template: c.optionalText(), channel: c.text(), text: c.text(),
        url: c.optionalText(), promise: c.byte() % 2 == 0 ? nil : c.timestamp(),
        edited: c.byte() % 2 == 0))
  case 5: return .varSet(VariableSet(name: c.text(), value: c.text()))
  case 6: return .roleAssigned(RoleAssigned(role: c.text(), name: c.text()))
  case 7: return .note(NoteAdded(text: c.text()))
  case 8:
    return .reminder(
      ReminderGiven(
        kind: [.update, .deadline, .soon][Int(c.byte() % 3)], step: c.optionalText(),
        obligation: c.optionalText(), due: c.optionalText(),
        sincePublicUpdate: c.byte() % 2 == 0 ? nil : c.int64(),
        text: c.text()))
  case 9:
    return .inject(
      InjectGiven(
        source: [.playbook, .log, .facilitator][Int(c.byte() % 3)],
        index: c.byte() % 2 == 0 ? nil : c.int64(), title: c.text(), text: c.text(),
        due: c.optionalText(), role: c.optionalText(), channel: c.optionalText()))
  case 10:
    return .severityChanged(
      SeverityChanged(
        from: Severity.allCases[Int(c.byte() % 4)], to: Severity.allCases[Int(c.byte() % 4)]))
  case 11: return .incidentPaused(IncidentPaused(reason: c.optionalText()))
  case 12: return .incidentResumed
  case 13: return .incidentResolved(IncidentResolved(summary: c.optionalText()))
  case 14: return .clockPaused
  case 15: return .clockResumed
  case 16: return .clockAdvanced(ClockAdvanced(seconds: c.int64()))
  case 17:
    return .scorecard(ScorecardRecorded(figures: [(c.text(), .double(c.double()))]))
  case 18:
    return .messageLinked(
      MessageLinked(
        message: c.byte() % 2 == 0 ? nil : c.int64(), template: c.optionalText(),
        channel: c.text(), url: c.text()))
  case 19:
    return .messageApproved(
      MessageApproved(template: c.text(), role: c.text(), by: c.text(), step: c.optionalText()))
  case 20:
    return .channelState(
      ChannelStateChanged(channel: c.text(), available: c.byte() % 2 == 0, reason: c.optionalText())
    )
  case 21:
    return .operatorJoined(
      OperatorJoined(
        session: c.text(), pid: c.byte() % 2 == 0 ? nil : c.int64(), host: c.optionalText()))
  case 22: return .operatorLeft(OperatorLeft(session: c.text(), reason: c.optionalText()))
  default: return .other(c.text())
  }
}

func fileBytes(_ path: String) -> [UInt8] {
  (try? FileSystem.readFile(path, limit: InputLimits.logBytes, what: "incident log")) ?? []
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoundTrip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var c = Choices(bytes: UnsafeRawBufferPointer(start: data, count: size))
  let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
  let path = roundTripPath ?? "\(directory)/crisis-fuzz-roundtrip-\(getpid())/log.jsonl"
  roundTripPath = path
  unlink(path)
  guard let log = try? IncidentLog.create(at: path) else { return 0 }
  let mode: IncidentMode = c.byte() % 2 == 0 ? .live : .drill
  let clock = FuzzClock(c.timestamp())
  let recorder = IncidentRecorder(
    log: log, incident: c.text(), mode: mode, actor: c.text(), clock: clock)
  let started = IncidentStarted(
    title: c.text(), severity: .high,
    playbook: IncidentStarted.EmbeddedPlaybook(path: c.text(), sha256: "", text: roundTripPlaybook),
    variables: [(c.text(), c.text())], roles: [(c.text(), c.text())],
    speed: mode == .drill ? c.double() : nil)
  var written: [IncidentEvent] = []
  if let first = try? recorder.record(EventDraft(.incidentStarted(started)), simulated: { _ in 0 })
  {
    written.append(first)
  }
  while c.at < c.bytes.count, written.count < 40 {
    clock.next = c.timestamp()
    let sim = c.double()
    let draft = EventDraft(body(&c), at: c.byte() % 4 == 0 ? c.timestamp() : nil)
    let before = fileBytes(path)
    if let event = try? recorder.record(draft, simulated: { _ in sim }) {
      written.append(event)
    } else if fileBytes(path) != before {
      fatalError("a refused append changed the log")
    }
  }
  // Everything acknowledged reads back, in order, as written.
  guard !written.isEmpty else { return 0 }
  let file: IncidentFile
  do {
    file = try IncidentFile.read(path: path, keepEvents: true)
  } catch {
    fatalError("a log of acknowledged events does not read: \(error)")
  }
  let read = file.events
  guard read.count == written.count else { fatalError("read \(read.count) of \(written.count)") }
  for (a, b) in zip(written, read) {
    let same: [(String, Bool)] = [
      ("body", a.body == b.body), ("seq", a.seq == b.seq), ("ts", a.ts == b.ts),
      ("at", a.at == b.at), ("actor", a.actor == b.actor), ("incident", a.incident == b.incident),
      ("sim", a.sim == b.sim),
    ]
    let different = same.filter { !$0.1 }.map(\.0)
    guard different.isEmpty else {
      fatalError("line \(b.line) reads back differently (\(different)):\n\(a)\n\(b)")
    }
  }
  do {
    let report = try IncidentLog.verifyChain(path: path)
    if !report.isIntact || report.eventCount != written.count {
      fatalError("verify: \(String(describing: report.problem)), \(report.eventCount) events")
    }
  } catch {
    fatalError("verify refused the log: \(error)")
  }
  return 0
}
