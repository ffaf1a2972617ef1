extension IncidentFile {
  /// A recorder that appends to this incident as `actor`: what `note`, `resolve` and `resume`
  /// write from a terminal other than the one that started it.
  public func recorder(actor: String, clock: any WallClock) -> IncidentRecorder {
    if let team {
      return IncidentRecorder(
        log: IncidentLog(path: TeamChains.chain(of: team.device, in: path)), incident: state.id,
        mode: state.mode, actor: actor, clock: clock, team: team)
    }
    return IncidentRecorder(
      log: IncidentLog(path: path), incident: state.id, mode: state.mode, actor: actor,
      clock: clock)
  }

  /// Appends one event while the incident runs elsewhere (a note, the resolution), its T+
  /// taken from the incident's clock as the log last left it.
  ///
  /// A resolved incident takes nothing more but its drill scorecard: the refusal
  /// (`CommandFailure.input`) names who resolved it and when, also when the resolution was
  /// appended after this file was read (checked under the log's lock).
  public func append(
    _ draft: EventDraft, actor: String, clock: any WallClock,
    words: any ErrorWords = Language.english.errors
  ) throws -> IncidentEvent {
    let id = state.id
    func refusal(_ resolution: IncidentMoment?) -> String {
      words.resolvedRefusal(id, by: resolution?.actor, at: resolution?.time.clockTime)
    }
    if state.isResolved, draft.type != .scorecard {
      throw CommandFailure.input(refusal(state.resolution))
    }
    let incidentClock = IncidentClock.resuming(state, at: clock.now(), running: true)
    let checked = try recorder(actor: actor, clock: clock).record(
      draft, after: state.lastSeq, simulated: { incidentClock.elapsed(at: $0) },
      conflict: { newer in
        guard draft.type != .scorecard,
          let resolved = newer.first(where: { $0.type == .incidentResolved })
        else { return nil }
        return refusal(
          IncidentMoment(tPlus: 0, time: resolved.ts, actor: resolved.actor, seq: resolved.seq))
      })
    guard let event = checked.event else {
      throw CommandFailure.input(checked.refusal ?? refusal(nil))
    }
    return event
  }
}
