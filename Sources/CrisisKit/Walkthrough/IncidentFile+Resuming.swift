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
