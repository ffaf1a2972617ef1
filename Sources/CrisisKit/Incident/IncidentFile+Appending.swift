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
