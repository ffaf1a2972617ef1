extension DrillScorecard {
  /// Ends a drill, from the walkthrough's `x` or from `crisis resolve`: reads the whole log
  /// back (the scorecard counts what every terminal recorded, not only this one), builds the
  /// scorecard and records its event. Nil when the log cannot be read back: the drill is
  /// resolved all the same, it only goes without a scorecard.
  public static func record(
    with recorder: IncidentRecorder, playbook: Playbook, language: Language? = nil,
    simulated: @escaping (Timestamp) -> Double
  ) throws(LogError) -> (event: IncidentEvent, scorecard: DrillScorecard)? {
    guard let file = try? IncidentFile.read(path: recorder.log.path, keepEvents: true) else {
      return nil
    }
    let scorecard = DrillScorecard(playbook: playbook, events: file.events, language: language)
    let event = try recorder.record(scorecard.event, simulated: simulated)
    return (event, scorecard)
  }
}
