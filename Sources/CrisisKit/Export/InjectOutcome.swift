/// How the team answered one drill inject. An inject that says what it expects (`expect:` a
/// step, a template or a channel) is answered by the first event acting on one of them: a
/// step started, done or skipped, a message of the template, a message on the channel. Its
/// reaction time is the time to that event, and "not done" when it never came; what people
/// did in between is listed (to talk about), never counted. An inject without `expect:`
/// keeps the older meaning, the first thing a person did after it, and says so.
public struct InjectOutcome: Sendable {
  /// One thing a person did after the inject.
  public struct Action: Sendable {
    public var moment: IncidentMoment
    /// The event type, e.g. `message.sent`.
    public var type: String
    /// The step, template or channel it acted on, if any.
    public var subject: String?
  }

  public var inject: IncidentMetrics.InjectReaction
  /// The ids the inject expects (steps, templates, channels); empty without `expect:`.
  public var expected: [String]
  /// The expected action, or (without `expect:`) the first thing a person did.
  public var reaction: Action?
  /// What people did after the inject and before the expected action (to the end when it
  /// never came), at most `unexpectedLimit`: listed, not counted.
  public var unexpected: [Action]
  /// The expected step was finished, or the expected message sent, before the inject came:
  /// the team was ahead of the scenario (`reaction` is that action). Never for a channel:
  /// an earlier post on it answered something else.
  public var ahead = false

  /// Whether the inject says what it expects.
  public var hasExpectation: Bool { !expected.isEmpty }
  /// When it happened in the scenario: its scheduled T+ (a `wait` may have released it
  /// later), else when it arrived.
  public var happened: Double { inject.scheduled ?? inject.moment.tPlus }
  /// Reaction time: from when it happened in the scenario to the reaction.
  public var delay: Double? {
    reaction.map { ahead ? 0 : max(0, $0.moment.tPlus - happened) }
  }
  public var title: String { inject.title }
  public var text: String { inject.text }
  public var role: String? { inject.role }
  public var moment: IncidentMoment { inject.moment }

  /// More than this many unexpected actions would bury the point.
  public static let unexpectedLimit = 3

  /// The outcome of every inject in `metrics`, read from the timeline's `entries`.
  static func all(
    metrics: IncidentMetrics, playbook: Playbook, entries: [IncidentTimeline.Entry]
  ) -> [InjectOutcome] {
    // Where each inject stands in the timeline, so each scan starts there instead of at the
    // top: a drill with many ad-hoc injects must not read the whole log once per inject.
    var positions: [Int: [Int]] = [:]
    for (i, entry) in entries.enumerated() where entry.event.type == .inject {
      positions[entry.event.seq, default: []].append(i)
    }
    return metrics.injects.map { inject in
      // Only the playbook's own injects say what they expect; a past incident's do not.
      let expected =
        inject.index.flatMap { i in
          inject.source == InjectGiven.Source.playbook.rawValue
            && playbook.injects.indices.contains(i)
            ? playbook.injects[i].expect.map(\.id) : nil
        } ?? []
      var reaction: Action?
      var unexpected: [Action] = []
      let start = (inject.moment.tPlus, inject.moment.seq)
      let from =
        positions[inject.moment.seq]?.first { entries[$0].tPlus == inject.moment.tPlus } ?? 0
      for entry in entries[from...] where (entry.tPlus, entry.event.seq) > start {
        let event = entry.event
        if expected.isEmpty {
          guard !IncidentState.isAutomatic(event.type) else { continue }
          reaction = action(entry, subject: event.body.step ?? event.body.channel)
          break
        }
        if let subject = acted(entry, on: expected) {
          reaction = action(entry, subject: subject)
          break
        }
        if !IncidentState.isAutomatic(event.type), unexpected.count < unexpectedLimit {
          unexpected.append(action(entry, subject: event.body.step ?? event.body.channel))
        }
      }
      var ahead = false
      if reaction == nil, !expected.isEmpty,
        let done = entries[..<from].last(where: { finished($0, expected, playbook) != nil })
      {
        reaction = action(done, subject: finished(done, expected, playbook))
        ahead = true
        unexpected = []
      }
      return InjectOutcome(
        inject: inject, expected: expected, reaction: reaction, unexpected: unexpected,
        ahead: ahead)
    }
  }

  private static func action(_ entry: IncidentTimeline.Entry, subject: String?) -> Action {
    let moment = IncidentMoment(
      tPlus: entry.tPlus, time: entry.time, actor: entry.event.actor, seq: entry.event.seq)
    return Action(moment: moment, type: entry.event.type.name, subject: subject)
  }

  /// The expected step this event finished, or the expected template it sent, if any.
  private static func finished(
    _ entry: IncidentTimeline.Entry, _ expected: [String], _ playbook: Playbook
  ) -> String? {
    switch entry.event.body {
    case .stepDone, .stepSkipped:
      return entry.event.body.step.flatMap { expected.contains($0) ? $0 : nil }
    case .messageSent(let m):
      return m.template.flatMap { expected.contains($0) ? $0 : nil }
    default:
      return nil
    }
  }

  /// The expected id this event acts on, if any.
  private static func acted(_ entry: IncidentTimeline.Entry, on expected: [String]) -> String? {
    let event = entry.event
    switch event.body {
    case .stepStarted, .stepDone, .stepSkipped:
      return event.body.step.flatMap { expected.contains($0) ? $0 : nil }
    case .messageSent(let m):
      if let template = m.template, expected.contains(template) { return template }
      return expected.contains(m.channel) ? m.channel : nil
    default:
      return nil
    }
  }
}
