extension IncidentFile {
  /// `crisis resume`: records `incident.resumed` as `actor` and returns the session that
  /// continues from everything the log holds. A drill's clock continues from the log's last
  /// event; the time nobody ran the walkthrough does not count.
  ///
  /// With `joining` (another console runs the incident now), nothing is resumed: the
  /// incident never stopped, a drill's clock runs on from the others' last event, and only
  /// the `operator.joined` of `seat` is written. Without it, `seat` adds `operator.joined`
  /// after `incident.resumed`.
  public func resume(
    actor: String, clock: any WallClock, seat: OperatorJoined? = nil, joining: Bool = false,
    language: Language = .english
  ) throws -> OpenedIncident {
    guard let playbook = state.playbook else {
      throw Diagnostic(
        .error, file: path, at: SourcePosition(line: 1, column: 1),
        "the playbook embedded in the first event cannot be read")
    }
    let recorder = recorder(actor: actor, clock: clock)
    let incidentClock = IncidentClock.resuming(state, at: clock.now(), running: joining)
    var session = WalkthroughSession(
      playbook: playbook, state: state, clock: incidentClock, actor: actor, language: language)
    var drafts: [EventDraft] = joining ? [] : [EventDraft(.incidentResumed)]
    if let seat { drafts.append(EventDraft(.operatorJoined(seat))) }
    var written: IncidentEvent?
    for draft in drafts {
      let sessionClock = session.clock
      let event = try recorder.record(draft, simulated: { sessionClock.elapsed(at: $0) })
      session.record(event)
      written = written ?? event
    }
    guard let event = written else {
      throw CommandFailure.input("nothing to write: joining needs the console's seat")
    }
    return OpenedIncident(path: path, recorder: recorder, event: event, session: session)
  }
}

extension OpenedIncident {
  /// Writes the `operator.joined` of a console that just started the incident.
  public mutating func join(_ seat: OperatorJoined) throws(LogError) {
    let sessionClock = session.clock
    let event = try recorder.record(
      EventDraft(.operatorJoined(seat)), simulated: { sessionClock.elapsed(at: $0) })
    session.record(event)
  }
}
