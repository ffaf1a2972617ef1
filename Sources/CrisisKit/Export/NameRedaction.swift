/// `--redact`: people's names replaced by what they did. Someone who held a role becomes that
/// role's title (the first role they were given; a second holder of the same title gets
/// "(2)"), everyone else "Responder 1", "Responder 2" … in order of their first event. Free
/// text (notes, messages) is not touched: the exports say so in a visible notice.
public struct NameRedaction: Sendable {
  /// Name → label; empty when redaction is off.
  public private(set) var labels: [String: String] = [:]
  public let isEnabled: Bool
  /// The word for someone without a role, numbered (`Responder 2`) or not.
  private let responder: @Sendable (Int?) -> String

  /// No redaction: every name stays.
  public static let off = NameRedaction()

  private init() {
    isEnabled = false
    responder = { _ in "" }
  }

  public init(
    timeline: IncidentTimeline, playbook: Playbook, words: any ReportWords = Language.english.report
  ) {
    isEnabled = true
    responder = { words.responder($0) }
    var used: [String: Int] = [:]
    for (name, roles) in timeline.roleHolders {
      guard let role = roles.first else { continue }
      let title = playbook.role(role)?.title ?? role
      used[title, default: 0] += 1
      labels[name] = used[title] == 1 ? title : "\(title) (\(used[title] ?? 0))"
    }
    var responders = 0
    for position in timeline.seqOrder {
      let actor = timeline.entries[position].event.actor
      guard labels[actor] == nil, !actor.isEmpty else { continue }
      responders += 1
      labels[actor] = responder(responders)
    }
  }

  /// The name to print for `name`.
  public func callAsFunction(_ name: String) -> String {
    guard isEnabled, !name.isEmpty else { return name }
    return labels[name] ?? responder(nil)
  }
}
