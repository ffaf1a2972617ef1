/// Fills a step's templates with the incident's current values, exactly as they will be
/// posted: the text shown, copied and logged as sent is the same string.
public struct MessageRenderer: Sendable {
  public struct Message: Sendable {
    public var template: Template
    public var channel: Channel?
    public var text: String
    /// Characters as social networks count them (grapheme clusters).
    public var length: Int { text.count }
    public var limit: Int? { channel?.limit }
    public var isOverLimit: Bool { limit.map { length > $0 } ?? false }
  }

  public let agenda: Agenda
  /// Who is at the keyboard (`{{operator}}`).
  public let operatorName: String

  public init(agenda: Agenda, operatorName: String) {
    self.agenda = agenda
    self.operatorName = operatorName
  }

  /// The incident's wall time at T+`elapsed` (simulated in drills), in the start's offset.
  public func wallTime(at elapsed: Double) -> Timestamp {
    (agenda.state.startedAt ?? Timestamp(milliseconds: 0)).adding(seconds: elapsed)
  }

  /// Every placeholder's value at T+`elapsed`.
  public func values(at elapsed: Double) -> [String: String] {
    let state = agenda.state
    let playbook = agenda.playbook
    var values: [String: String] = [:]
    for variable in playbook.variables { values[variable.id] = variable.defaultValue ?? "" }
    for (k, v) in state.variables { values[k] = v }
    for role in playbook.roles {
      let holder = state.roleHolders[role.id] ?? ""
      values["role.\(role.id)"] = holder.isEmpty ? role.title : holder
    }
    let now = wallTime(at: elapsed)
    let untilNext =
      agenda.nextUpdateDue.map { max(0, $0 - elapsed) } ?? agenda.promisedCadence ?? 1800
    values["incident.id"] = state.id
    values["incident.title"] = state.title
    values["incident.severity"] = state.severity.rawValue
    values["now"] = now.clockTime
    values["elapsed"] = SpanText.text(elapsed)
    values["next_update"] = Self.roundedUp(now.adding(seconds: untilNext)).clockTime
    values["operator"] = operatorName
    return values
  }

  /// The step's messages; in drills each starts with `[DRILL]` so that a copied text can
  /// never be mistaken for a real statement.
  public func messages(for step: Step, at elapsed: Double) -> [Message] {
    let values = values(at: elapsed)
    return step.send.compactMap { ref in
      guard let template = agenda.playbook.template(ref.id) else { return nil }
      var text = TemplateText.render(template.text, values: values)
      while text.hasSuffix("\n") { text.removeLast() }
      if agenda.state.mode == .drill { text = "[DRILL] " + text }
      return Message(
        template: template, channel: agenda.playbook.channel(template.channel.id), text: text)
    }
  }

  /// Rounds up to the next five minutes: people promise "by 17:35", not "by 17:33:12".
  static func roundedUp(_ time: Timestamp) -> Timestamp {
    let step: Int64 = 5 * 60 * 1000
    let local = time.milliseconds + Int64(time.utcOffset) * 1000
    let rounded = (local + step - 1) / step * step
    return Timestamp(
      milliseconds: rounded - Int64(time.utcOffset) * 1000, utcOffset: time.utcOffset)
  }
}
