/// A past incident turned into an exercise: what reached the team from outside (notes,
/// new facts, decisions they had to take) becomes injects at their original T+, so the team
/// can rehearse the incident it just lived through. Their own actions are left out: those are
/// what the drill practises.
public enum DrillScenario {
  /// The injects for `incident.started`'s `injects` field, in time order, from a fold of
  /// the past incident that kept its timeline.
  public static func injects(from state: IncidentState, language: Language = .english)
    -> [IncidentStarted.ScenarioInject]
  {
    let words = language.screen
    let playbook = state.playbook
    var items: [(Double, IncidentStarted.ScenarioInject)] = []
    for entry in state.timeline {
      let event = entry.event
      let t = max(0, entry.tPlus.rounded(.down))
      func item(_ title: String, _ text: String, role: String? = nil) {
        let at = Duration.seconds(Int64(exactly: t) ?? 0)
        items.append(
          (t, IncidentStarted.ScenarioInject(at: at, title: title, text: text, role: role)))
      }
      switch event.body {
      case .note(let p):
        item(words.reports(event.actor), p.text)
      case .varSet(let p):
        let prompt = playbook?.variable(p.name)?.prompt ?? p.name
        item(words.newInformation(prompt), words.nowIs(p.name, value: p.value))
      case .decision(let p):
        item(
          words.decide(p.question), words.realTeamDecided(at: "T+\(SpanText.text(t))"),
          role: playbook?.step(p.step)?.role.id)
      case .inject(let p):
        item(p.title, p.text, role: p.role)
      default:
        break
      }
    }
    return items.enumerated().sorted {
      $0.element.0 != $1.element.0 ? $0.element.0 < $1.element.0 : $0.offset < $1.offset
    }.map(\.element.1)
  }
}
