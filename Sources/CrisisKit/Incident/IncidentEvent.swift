/// One line of an incident log, read back: the envelope every event has, plus its typed
/// `body`. Fields a newer version wrote that this one does not know stay in `extra`, so such
/// a log still loads, merges and exports whole.
public struct IncidentEvent: Sendable {
  public var seq: Int
  /// Wall-clock time of writing.
  public var ts: Timestamp
  public var incident: String
  public var mode: IncidentMode
  public var body: EventBody
  public var actor: String
  /// When it happened, if earlier than written (`crisis note --at -20m`). Timelines order by this.
  public var at: Timestamp?
  /// Drills only: simulated seconds since the start (T+).
  public var sim: Double?
  /// The type's fields this version does not read, in the order written.
  public var extra: [(String, JSONValue)]
  /// 1-based line in the log file, for messages about it.
  public var line: Int
  /// Team logs only: the machine whose chain holds the event (`device`), and its Lamport
  /// counter (`lamport`), which orders the events of all chains alike on every machine.
  public var device: String?
  public var lamport: Int64?
  /// Team logs only: the event's `seq` in its own chain. In the merged incident `seq` is the
  /// event's place in the one order of all chains, which the fold and the screens use.
  public var chainSeq: Int?

  public init(
    seq: Int, ts: Timestamp, incident: String, mode: IncidentMode, body: EventBody,
    actor: String, at: Timestamp? = nil, sim: Double? = nil, extra: [(String, JSONValue)] = [],
    line: Int
  ) {
    self.seq = seq
    self.ts = ts
    self.incident = incident
    self.mode = mode
    self.body = body
    self.actor = actor
    self.at = at
    self.sim = sim
    self.extra = extra
    self.line = line
  }

  public var type: EventType { body.type }

  /// When it happened: `at` if given, else `ts`.
  public var time: Timestamp { at ?? ts }

  /// The type's own fields as a log line holds them: the body's, then the extra ones.
  public var fields: [(String, JSONValue)] { body.fields + extra }

  /// The highest `seq` a log may hold (2^53, the largest whole number every JSON reader
  /// keeps exact). Far beyond any incident, and `seq + 1` can never overflow.
  public static let maximumSeq: Int64 = 1 << 53

  /// Simulated T+ a log may hold: about 300 years either way. Beyond it a log is damaged, and
  /// bounding it keeps every conversion to whole seconds exact.
  public static let simRange: ClosedRange<Double> = -1e10...1e10

  /// The position of an envelope key (`envelopeKeys`) in a fixed order, or nil for an
  /// event's own field. Decided by the key's length first, so a key is compared with at
  /// most three literals (a switch over all ten compared up to ten, for every member of
  /// every line).
  @inline(__always)
  static func envelopeSlot(_ key: String) -> Int? {
    switch key.utf8.count {
    case 1: key == "v" ? 0 : nil
    case 2: key == "ts" ? 2 : key == "at" ? 7 : nil
    case 3: key == "seq" ? 1 : key == "sim" ? 8 : nil
    case 4: key == "mode" ? 4 : key == "type" ? 5 : key == "prev" ? 9 : nil
    case 5: key == "actor" ? 6 : nil
    case 6: key == "sealed" ? 10 : key == "device" ? 11 : nil
    case 7: key == "lamport" ? 12 : nil
    case 8: key == "incident" ? 3 : nil
    default: nil
    }
  }

  public static let envelopeKeys: Set<String> = [
    "v", "seq", "ts", "incident", "mode", "type", "actor", "at", "sim", "prev", "sealed",
    "device", "lamport",
  ]

  /// The longest device id a team log may hold.
  public static let maximumDeviceLength = 64

  /// Whether `id` may name a device: lowercase letters, digits and dashes, as it is also
  /// the chain's file name.
  public static func isDeviceID(_ id: String) -> Bool {
    !id.isEmpty && id.utf8.count <= maximumDeviceLength
      && id.utf8.allSatisfy {
        (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D
      }
  }
}

public enum IncidentMode: String, Sendable, CaseIterable {
  case live, drill
}

/// The event types of DESIGN.md, plus the drill's scorecard. Unknown types from a newer
/// version are kept (`other`) and ignored by the fold rather than rejected.
public enum EventType: Hashable, Sendable, CustomStringConvertible {
  case incidentStarted, stepStarted, stepDone, stepSkipped, decision, messageSent, varSet
  case roleAssigned, note, reminder, inject, severityChanged, incidentPaused, incidentResumed
  case incidentResolved, clockPaused, clockResumed, clockAdvanced, scorecard
  case messageLinked, messageApproved, channelState
  case operatorJoined, operatorLeft
  case other(String)

  static let names: [(EventType, String)] = [
    (.incidentStarted, "incident.started"), (.stepStarted, "step.started"),
    (.stepDone, "step.done"), (.stepSkipped, "step.skipped"), (.decision, "decision"),
    (.messageSent, "message.sent"), (.varSet, "var.set"), (.roleAssigned, "role.assigned"),
    (.note, "note"), (.reminder, "reminder"), (.inject, "inject"),
    (.severityChanged, "severity.changed"), (.incidentPaused, "incident.paused"),
    (.incidentResumed, "incident.resumed"), (.incidentResolved, "incident.resolved"),
    (.clockPaused, "clock.paused"), (.clockResumed, "clock.resumed"),
    (.clockAdvanced, "clock.advanced"), (.scorecard, "scorecard"),
    (.messageLinked, "message.linked"), (.messageApproved, "message.approved"),
    (.channelState, "channel.state"), (.operatorJoined, "operator.joined"),
    (.operatorLeft, "operator.left"),
  ]

  public init(_ name: String) {
    self = Self.names.first { $0.1 == name }?.0 ?? .other(name)
  }

  public var name: String {
    if case .other(let name) = self { return name }
    return Self.names.first { $0.0 == self }?.1 ?? "unknown"
  }

  public var description: String { name }
}

/// A log line that is well-formed JSON but not a valid event.
public struct EventFormatError: Error, Sendable, CustomStringConvertible {
  public var line: Int
  public var message: String
  public var description: String { "line \(line): \(message)" }
}

extension IncidentEvent {
  /// Reads the envelope of a parsed log line; names the first field that is missing or wrong.
  public init(json: JSONValue, line: Int) throws(EventFormatError) {
    guard case .object(let pairs) = json else {
      throw EventFormatError(line: line, message: "expected a JSON object")
    }
    func fail(_ message: String) -> EventFormatError {
      EventFormatError(line: line, message: message)
    }
    // One pass over the members (keys are unique: the parser rejects duplicates) instead of
    // a lookup per envelope field and a set lookup per member.
    // The first value of each envelope key wins, as `json[key]` finds it.
    // Where each envelope key stands among the members (-1: absent). Positions rather than
    // copies of the values: nothing to retain, release or destroy per line.
    var positions = InlineArray<13, Int>(repeating: -1)
    // The event's own fields are read in place: the envelope's members are marked as used,
    // so the payload decoder skips them and nothing is copied into a second array.
    var envelopeMask: UInt64 = 0
    var envelopeBeyond: [Int] = []
    for i in pairs.indices {
      if let slot = Self.envelopeSlot(pairs[i].0) {
        if positions[slot] < 0 { positions[slot] = i }
        if i < 64 { envelopeMask |= 1 << UInt64(i) } else { envelopeBeyond.append(i) }
      }
    }
    // `prev` (slot 9) and `sealed` (slot 10) are the chain's business, not the event's.
    func field(_ key: String) -> JSONValue? {
      guard let slot = Self.envelopeSlot(key), positions[slot] >= 0 else { return nil }
      return pairs[positions[slot]].1
    }
    guard let v = field("v")?.intValue else { throw fail("missing \"v\" (log format version)") }
    guard v == 1 else {
      throw fail("log format version \(v) is not supported (this crisis reads 1)")
    }
    guard let seq = field("seq")?.intValue, seq > 0, seq <= Self.maximumSeq else {
      throw fail("missing or invalid \"seq\" (a whole number from 1 to \(Self.maximumSeq))")
    }
    guard let tsText = field("ts")?.stringValue, let ts = Timestamp.parse(tsText) else {
      throw fail("missing or invalid \"ts\" (RFC 3339 time)")
    }
    guard let incident = field("incident")?.stringValue, !incident.isEmpty else {
      throw fail("missing \"incident\"")
    }
    guard let modeText = field("mode")?.stringValue, let mode = IncidentMode(rawValue: modeText)
    else {
      throw fail("missing or invalid \"mode\" (live or drill)")
    }
    guard let type = field("type")?.stringValue, !type.isEmpty else {
      throw fail("missing \"type\"")
    }
    guard let actor = field("actor")?.stringValue else { throw fail("missing \"actor\"") }
    var at: Timestamp?
    if let atValue = field("at"), atValue != .null {
      guard let text = atValue.stringValue, let parsed = Timestamp.parse(text) else {
        throw fail("invalid \"at\" (RFC 3339 time)")
      }
      at = parsed
    }
    var sim: Double?
    switch field("sim") {
    case .int(let i)?: sim = Double(i)
    case .double(let d)?: sim = d
    case nil, .null?: break
    default: throw fail("invalid \"sim\" (seconds)")
    }
    if let sim, !(sim.isFinite && Self.simRange.contains(sim)) {
      throw fail(
        "\"sim\" must be seconds from \(JSONWriter.format(Self.simRange.lowerBound)) to \(JSONWriter.format(Self.simRange.upperBound))"
      )
    }
    var device: String?
    if let value = field("device") {
      guard let text = value.stringValue, Self.isDeviceID(text) else {
        throw fail("invalid \"device\" (lowercase letters, digits and dashes)")
      }
      device = text
    }
    var lamport: Int64?
    if let value = field("lamport") {
      guard let number = value.intValue, number > 0, number <= Self.maximumSeq else {
        throw fail("invalid \"lamport\" (a whole number from 1 to \(Self.maximumSeq))")
      }
      lamport = number
    }
    guard (device == nil) == (lamport == nil) else {
      throw fail("a team event carries both \"device\" and \"lamport\", or neither")
    }
    let eventType = EventType(type)
    var reader = EventFieldReader(
      pairs, line: line, skipping: envelopeMask, andBeyond: envelopeBeyond)
    let body = try EventBody.decode(eventType, from: &reader)
    self.init(
      seq: Int(seq), ts: ts, incident: incident, mode: mode, body: body, actor: actor, at: at,
      sim: sim, extra: reader.remaining, line: line)
    self.device = device
    self.lamport = lamport
  }
}

/// An event about to be written: the log adds `v`, `seq`, `ts` and `prev`.
public struct EventDraft: Sendable {
  public var body: EventBody
  /// Fields beyond the body's: those of an event copied from another log (a merge).
  public var extra: [(String, JSONValue)]
  public var at: Timestamp?

  public init(_ body: EventBody, at: Timestamp? = nil) {
    self.body = body
    self.extra = []
    self.at = at
    normalize()
  }

  /// The same event, to be written again in another log (`crisis merge`).
  public init(copying event: IncidentEvent) {
    body = event.body
    extra = event.extra
    at = event.at
    normalize()
  }

  /// An `other` body whose name is a type this version knows is decoded as that type, from
  /// the extra fields: what is written then reads back as the same body.
  private mutating func normalize() {
    guard case .other(let name) = body else { return }
    let type = EventType(name)
    if case .other = type { return }
    var reader = EventFieldReader(extra, line: 0)
    guard let decoded = try? EventBody.decode(type, from: &reader) else { return }
    body = decoded
    extra = reader.remaining
  }

  public var type: EventType { body.type }

  /// The fields after `seq` in the order of DESIGN.md: ts, incident, mode, type, actor,
  /// [at], [sim], then the type's own fields.
  public func line(
    ts: Timestamp, incident: String, mode: IncidentMode, actor: String, sim: Double?,
    team: (device: String, lamport: Int64)? = nil
  ) -> [(String, JSONValue)] {
    var out: [(String, JSONValue)] = [
      ("ts", .string(ts.rfc3339)), ("incident", .string(incident)),
      ("mode", .string(mode.rawValue)),
      ("type", .string(type.name)), ("actor", .string(actor)),
    ]
    if let team {
      out.append(("device", .string(team.device)))
      out.append(("lamport", .int(team.lamport)))
    }
    if let at { out.append(("at", .string(at.rfc3339))) }
    if let sim { out.append(("sim", .double((sim * 1000).rounded() / 1000))) }
    return out + body.fields + extra
  }
}
