extension DrillScenario {
  /// The opening of a drill that rehearses the incident in `file`: the playbook as its log
  /// embeds it, the title "Rehearsal of …", and the injects made from what happened then
  /// (with how many there are, for the facilitator).
  public static func rehearsal(
    of file: IncidentFile, playbook: Playbook, speed: Double, language: Language = .english
  ) -> (opening: IncidentOpening, injectCount: Int) {
    let injects = injects(from: file.state, language: language)
    var opening = IncidentOpening(
      playbook: playbook, playbookPath: file.state.playbookPath,
      playbookBytes: Array(file.state.playbookText.utf8), mode: .drill,
      title: language.screen.rehearsal(of: file.state.title), speed: speed,
      rehearsal: (injects, file.state.id))
    opening.language = language
    return (opening, injects.count)
  }
}
