/// A past incident turned into an exercise: what reached the team from outside (notes,
/// new facts, decisions they had to take) becomes injects at their original T+, so the team
/// can rehearse the incident it just lived through. Their own actions are left out: those are
/// what the drill practises.
public enum DrillScenario {
  /// The injects for `incident.started`'s `injects` field, in time order, from a fold of
  /// the past incident that kept its timeline.
  public static func injects(from state: IncidentState) -> [IncidentStarted.ScenarioInject] {
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
        item("\(event.actor) reports", p.text)
      case .varSet(let p):
        let prompt = playbook?.variable(p.name)?.prompt ?? p.name
        item(
          "New information: \(prompt)",
          "\(p.name) is now \"\(p.value)\". What changes in your messages?")
      case .decision(let p):
        item(
          "Decide: \(p.question)",
          "The real team had to decide this at T+\(SpanText.text(t)). What do you decide, and who says it?",
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
