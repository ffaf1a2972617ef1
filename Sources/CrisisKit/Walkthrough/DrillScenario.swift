/// A past incident turned into an exercise: what reached the team from outside (notes,
/// new facts, decisions they had to take) becomes injects at their original T+, so the team
/// can rehearse the incident it just lived through. Their own actions are left out: those are
/// what the drill practises.
public enum DrillScenario {
  /// The injects for `incident.started`'s `injects` field, in time order.
  public static func injects(from events: [IncidentEvent], state: IncidentState) -> [JSONValue] {
    var fold = IncidentState()
    var items: [(Double, JSONValue)] = []
    for event in events {
      fold.apply(event)
      if fold.playbook == nil { fold.playbook = state.playbook }
      let t = max(0, fold.elapsed(of: event).rounded(.down))
      func item(_ title: String, _ text: String, role: String? = nil) {
        var fields: [(String, JSONValue)] = [
          ("at", .string(Duration.seconds(Int64(t)).compact)), ("title", .string(title)),
          ("text", .string(text)),
        ]
        if let role { fields.append(("role", .string(role))) }
        items.append((t, .object(fields)))
      }
      switch event.type {
      case .note:
        item("\(event.actor) reports", event.string("text") ?? "")
      case .varSet:
        let name = event.string("name") ?? "?"
        let prompt = state.playbook?.variable(name)?.prompt ?? name
        item(
          "New information: \(prompt)",
          "\(name) is now \"\(event.string("value") ?? "")\". What changes in your messages?")
      case .decision:
        let step = event.string("step").flatMap { state.playbook?.step($0) }
        item(
          "Decide: \(event.string("question") ?? "?")",
          "The real team had to decide this at T+\(Elapsed.label(t)). What do you decide, and who says it?",
          role: step?.role.id)
      case .inject:
        item(
          event.string("title") ?? "Inject", event.string("text") ?? "", role: event.string("role"))
      default:
        break
      }
    }
    return items.sorted { $0.0 < $1.0 }.map(\.1)
  }
}
