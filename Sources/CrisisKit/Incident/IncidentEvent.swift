/// One line of an incident log, read back: the common envelope every event has, plus the
/// fields of its type. The envelope is typed; type-specific fields stay JSON and are read
/// through the accessors, so a newer log with extra fields still loads.
public struct IncidentEvent: Sendable {
  public var seq: Int
  /// Wall-clock time of writing.
  public var ts: Timestamp
  public var incident: String
  public var mode: IncidentMode
  public var type: EventType
  public var actor: String
  /// When it happened, if earlier than written (`crisis note --at -20m`). Timelines order by this.
  public var at: Timestamp?
  /// Drills only: simulated seconds since the start (T+).
  public var sim: Double?
  /// The type's own fields in the order written (without the envelope and `prev`).
  public var fields: [(String, JSONValue)]
  /// 1-based line in the log file, for messages about it.
  public var line: Int

  /// When it happened: `at` if given, else `ts`.
  public var time: Timestamp { at ?? ts }

  public func string(_ key: String) -> String? {
    fields.first { $0.0 == key }?.1.stringValue
  }

  public func value(_ key: String) -> JSONValue? {
    fields.first { $0.0 == key }?.1
  }

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
    case 8: key == "incident" ? 3 : nil
    default: nil
    }
  }

  public static let envelopeKeys: Set<String> = [
    "v", "seq", "ts", "incident", "mode", "type", "actor", "at", "sim", "prev",
  ]
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
    var positions = InlineArray<10, Int>(repeating: -1)
    var ownCount = 0
    for i in pairs.indices {
      if let slot = Self.envelopeSlot(pairs[i].0) {
        if positions[slot] < 0 { positions[slot] = i }
      } else {
        ownCount += 1
      }
    }
    // Exactly as many as the event's own fields: most members are the envelope's, and an
    // export keeps every event, so room for all of them per event added up to a third of
    // its memory.
    var fields: [(String, JSONValue)] = []
    fields.reserveCapacity(ownCount)
    for i in pairs.indices where Self.envelopeSlot(pairs[i].0) == nil {
      fields.append(pairs[i])
    }
    // `prev` (slot 9) is the chain's business, not the event's.
    func field(_ key: String) -> JSONValue? {
      guard let slot = Self.envelopeSlot(key), positions[slot] >= 0 else { return nil }
      return pairs[positions[slot]].1
    }
    guard let v = field("v")?.intValue else { throw fail("missing \"v\" (log format version)") }
    guard v == 1 else {
      throw fail("log format version \(v) is not supported (this crisis reads 1)")
    }
    guard let seq = field("seq")?.intValue, seq > 0 else {
      throw fail("missing or invalid \"seq\"")
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
    self.init(
      seq: Int(seq), ts: ts, incident: incident, mode: mode, type: EventType(type), actor: actor,
      at: at, sim: sim, fields: fields, line: line)
  }
}

/// An event about to be written: the log adds `v`, `seq`, `ts` and `prev`.
public struct EventDraft: Sendable {
  public var type: EventType
  public var fields: [(String, JSONValue)]
  public var at: Timestamp?

  public init(_ type: EventType, _ fields: [(String, JSONValue)] = [], at: Timestamp? = nil) {
    self.type = type
    self.fields = fields
    self.at = at
  }

  /// The fields after `seq` in the order of DESIGN.md: ts, incident, mode, type, actor,
  /// [at], [sim], then the type's own fields.
  public func line(
    ts: Timestamp, incident: String, mode: IncidentMode, actor: String, sim: Double?
  ) -> [(String, JSONValue)] {
    var out: [(String, JSONValue)] = [
      ("ts", .string(ts.rfc3339)), ("incident", .string(incident)),
      ("mode", .string(mode.rawValue)),
      ("type", .string(type.name)), ("actor", .string(actor)),
    ]
    if let at { out.append(("at", .string(at.rfc3339))) }
    if let sim { out.append(("sim", .double((sim * 1000).rounded() / 1000))) }
    return out + fields
  }
}
