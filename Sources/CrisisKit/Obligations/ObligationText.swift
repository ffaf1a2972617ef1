/// One obligation as one line of text, the same on the walkthrough's board, in `status` and
/// in the list `x` shows before resolving: when it is due, what it is, who owns it.
public struct ObligationText: Sendable {
  public let agenda: Agenda

  public init(agenda: Agenda) { self.agenda = agenda }

  /// `OVERDUE 3m` / `in 4m` / `paused` / `open`: the deadline part, fixed width for columns.
  public func when(_ o: Obligation, at t: Double) -> String {
    let words = agenda.language.obligations
    if o.isPaused { return words.paused }
    guard let left = o.secondsLeft(at: t) else { return words.open }
    if left <= 0 { return words.overdue(SpanText.countdown(-left)) }
    return words.dueIn(SpanText.countdown(left))
  }

  /// `Stop paid traffic · Marketing: Tom · passed over`.
  public func what(_ o: Obligation) -> String {
    var parts: [String] = []
    switch o.kind {
    case .step: parts.append(agenda.language.obligations.step(o.title))
    case .clock: parts.append(agenda.language.obligations.deadline(o.title))
    default: parts.append(o.title)
    }
    if let role = o.role { parts.append(agenda.owner(ofRole: role)) }
    if let note = o.note { parts.append(note) }
    return parts.joined(separator: " · ")
  }

  public func line(_ o: Obligation, at t: Double) -> String {
    "\(when(o, at: t)) · \(what(o))"
  }
}
