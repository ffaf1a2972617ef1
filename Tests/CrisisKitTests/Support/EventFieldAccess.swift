import CrisisKit

/// Tests build and inspect events by their JSON fields, as the log writes them: that checks
/// the written schema itself. Production code reads and writes only the typed payloads.
extension IncidentEvent {
  init(
    seq: Int, ts: Timestamp, incident: String, mode: IncidentMode, type: EventType,
    actor: String, at: Timestamp? = nil, sim: Double? = nil, fields: [(String, JSONValue)],
    line: Int
  ) {
    var reader = EventFieldReader(fields, line: line)
    let body = (try? EventBody.decode(type, from: &reader)) ?? .other(type.name)
    self.init(
      seq: seq, ts: ts, incident: incident, mode: mode, body: body, actor: actor, at: at,
      sim: sim, extra: reader.remaining, line: line)
  }

  func string(_ key: String) -> String? {
    fields.first { $0.0 == key }?.1.stringValue
  }

  func value(_ key: String) -> JSONValue? {
    fields.first { $0.0 == key }?.1
  }
}

extension EventDraft {
  init(_ type: EventType, _ fields: [(String, JSONValue)] = [], at: Timestamp? = nil) {
    var reader = EventFieldReader(fields, line: 0)
    let body = (try? EventBody.decode(type, from: &reader)) ?? .other(type.name)
    self.init(body, at: at)
  }

  var fields: [(String, JSONValue)] { body.fields }
}
