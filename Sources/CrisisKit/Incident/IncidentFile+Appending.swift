extension IncidentFile {
  /// A recorder that appends to this incident as `actor`: what `note`, `resolve` and `resume`
  /// write from a terminal other than the one that started it.
  public func recorder(actor: String, clock: any WallClock) -> IncidentRecorder {
    IncidentRecorder(
      log: IncidentLog(path: path), incident: state.id, mode: state.mode, actor: actor,
      clock: clock)
  }

  /// Appends one event while the incident runs elsewhere (a note, the resolution), its T+
  /// taken from the incident's clock as the log last left it.
  public func append(_ draft: EventDraft, actor: String, clock: any WallClock) throws(LogError)
    -> IncidentEvent
  {
    let incidentClock = IncidentClock.resuming(state, at: clock.now(), running: true)
    return try recorder(actor: actor, clock: clock).record(draft) { incidentClock.elapsed(at: $0) }
  }
}

extension IncidentFile {
  /// `crisis resume`: records `incident.resumed` as `actor` and returns the session that
  /// continues from everything the log holds. A drill's clock continues from the log's last
  /// event; the time nobody ran the walkthrough does not count.
  public func resume(actor: String, clock: any WallClock) throws -> OpenedIncident {
    guard let playbook = state.playbook else {
      throw Diagnostic(
        .error, file: path, at: SourcePosition(line: 1, column: 1),
        "the playbook embedded in the first event cannot be read")
    }
    let recorder = recorder(actor: actor, clock: clock)
    let incidentClock = IncidentClock.resuming(state, at: clock.now(), running: false)
    var session = WalkthroughSession(
      playbook: playbook, state: state, clock: incidentClock, actor: actor)
    let event = try recorder.record(
      EventDraft(.incidentResumed), simulated: { incidentClock.elapsed(at: $0) })
    session.record(event)
    return OpenedIncident(path: path, recorder: recorder, event: event, session: session)
  }
}
