@testable import CrisisKit

/// The DESIGN.md example playbook built in code, so walkthrough tests do not depend on the
/// parser, and a scripted log writer that stamps events like the real log does.
enum Fixtures {
  static let p = SourcePosition.start

  static func ref(_ id: String) -> Reference { Reference(id, at: p) }

  static var websiteOutage: Playbook {
    Playbook(
      id: "website-outage", title: "Website or shop is down", summary: "Our shop does not load.",
      severity: .high,
      variables: [
        Variable(id: "product", prompt: "Which site?", defaultValue: "our shop", position: p),
        Variable(
          id: "eta", prompt: "When does IT expect a fix?", defaultValue: "not yet known",
          position: p),
      ],
      roles: [
        Role(id: "lead", title: "Incident lead", duties: nil, position: p),
        Role(id: "comms", title: "Communications", duties: nil, position: p),
        Role(id: "it", title: "IT liaison", duties: nil, position: p),
      ],
      channels: [
        Channel(id: "status", title: "Status page", audience: .public, limit: nil, position: p),
        Channel(id: "x", title: "X", audience: .public, limit: 280, position: p),
        Channel(id: "team", title: "Internal chat", audience: .internal, limit: nil, position: p),
      ],
      templates: [
        Template(
          id: "first-post", channel: ref("x"),
          text: "We know {{product}} is down and are on it. Next update by {{next_update}}.",
          position: p,
          textPosition: p),
        Template(
          id: "status-post", channel: ref("status"),
          text: "{{product}} is unavailable. ETA: {{eta}}.",
          position: p, textPosition: p),
      ],
      steps: [
        Step(
          id: "confirm", title: "Confirm the outage with IT", role: ref("it"), due: .seconds(300),
          checklist: ["Ask IT what is affected"],
          decision: Decision(
            question: "Can customers see it?",
            choices: [
              .init(answer: "yes", target: ref("go-public")),
              .init(answer: "no", target: ref("watch")),
            ],
            position: p),
          send: [], every: nil, next: nil, position: p),
        Step(
          id: "go-public", title: "First public statement", role: ref("comms"), due: .seconds(900),
          checklist: [], decision: nil, send: [ref("first-post"), ref("status-post")], every: nil,
          next: nil,
          position: p),
        Step(
          id: "updates", title: "Regular updates", role: ref("comms"), due: nil, checklist: [],
          decision: nil,
          send: [ref("first-post")], every: .seconds(1800), next: ref("end"), position: p),
        Step(
          id: "watch", title: "Watch and be ready", role: ref("lead"), due: nil, checklist: [],
          decision: nil,
          send: [], every: nil, next: nil, position: p),
      ],
      injects: [
        Inject(
          at: .seconds(480), title: "A journalist calls", text: "They want a statement.",
          role: ref("lead"), channel: nil, position: p),
        Inject(
          at: .seconds(1200), title: "CEO posts on LinkedIn", text: "Unapproved.",
          role: ref("comms"), channel: nil, position: p),
      ])
  }

  static let start = Timestamp(milliseconds: 1_795_276_992_000, utcOffset: 3600)

  /// Turns drafts into events as the log would: numbered, stamped by the clock.
  struct Recorder {
    var seq = 0
    var mode: IncidentMode = .live
    var clock: IncidentClock? = nil

    mutating func event(_ draft: EventDraft, at ts: Timestamp, actor: String = "anna")
      -> IncidentEvent
    {
      seq += 1
      let sim = mode == .drill ? clock?.elapsed(at: ts) : nil
      return IncidentEvent(
        seq: seq, ts: ts, incident: "inc-1", mode: mode, type: draft.type, actor: actor,
        at: draft.at, sim: sim,
        fields: draft.fields, line: seq)
    }
  }

  static func started(_ playbook: Playbook, mode: IncidentMode = .live) -> EventDraft {
    EventDraft(
      .incidentStarted,
      [
        ("title", .string(playbook.title)), ("severity", .string(playbook.severity.rawValue)),
        ("variables", .object([("product", .string("the shop"))])),
        ("roles", .object([("comms", .string("Ben"))])),
      ])
  }
}

/// Drives a session the way the terminal loop does, on a manual clock.
struct Driver {
  var session: WalkthroughSession
  var recorder = Fixtures.Recorder()
  var now: Timestamp
  var log: [IncidentEvent] = []

  init(playbook: Playbook = Fixtures.websiteOutage, mode: IncidentMode = .live, speed: Double = 1) {
    now = Fixtures.start
    recorder.mode = mode
    let clock =
      mode == .drill
      ? IncidentClock.drill(elapsed: 0, at: now, speed: speed) : .live(startedAt: now)
    recorder.clock = clock
    var state = IncidentState()
    let first = recorder.event(Fixtures.started(playbook, mode: mode), at: now)
    state.apply(first)
    state.playbook = playbook
    log = [first]
    session = WalkthroughSession(playbook: playbook, state: state, clock: clock, actor: "anna")
    tick()
  }

  mutating func write(_ drafts: [EventDraft]) {
    for draft in drafts {
      recorder.clock = session.clock
      let event = recorder.event(draft, at: now)
      log.append(event)
      session.record(event)
    }
  }

  /// What the loop does on a timer tick.
  mutating func tick() {
    write(session.dueEvents(at: now))
  }

  @discardableResult
  mutating func type(_ line: String) -> WalkthroughSession.Reaction {
    let reaction = session.handle(line, at: now)
    write(reaction.events)
    tick()
    return reaction
  }

  mutating func wait(_ seconds: Double) {
    now = now.adding(seconds: seconds)
    tick()
  }

  var types: [String] { log.map(\.type.name) }
}
