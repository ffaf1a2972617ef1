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
    /// The next update the text promises (`{{next_update}}`), shared by the step's round.
    public var promise: Timestamp? = nil
    /// Roles the text names that nobody holds: the text says so instead of a name, and the
    /// message is marked so it is not posted by accident.
    public var unassignedRoles: [String] = []
    /// The role whose approval it needs, if any.
    public var approver: String? = nil
    /// An approval waits to be used by this post.
    public var isApproved = false
    /// Its channel is down or compromised.
    public var isChannelUnavailable = false
    /// Steps the text states as done (`after:`) that are not done.
    public var claimsUndone: [String] = []
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

  /// Every placeholder's value at T+`elapsed`, promising the next update by `promise` (by
  /// `newPromise(at:)` when nil).
  public func values(at elapsed: Double, promise: Timestamp? = nil) -> [String: String] {
    let state = agenda.state
    let playbook = agenda.playbook
    var values: [String: String] = [:]
    for variable in playbook.variables { values[variable.id] = variable.defaultValue ?? "" }
    for (k, v) in state.variables { values[k] = v }
    for variable in playbook.variables where variable.type == .time {
      guard let text = values[variable.id] else { continue }
      if let time = Timestamp.parse(text)
        ?? state.startedAt.flatMap({ PastTime.parse(text, now: $0) })
      {
        values[variable.id] = Self.readable(
          time, near: wallTime(at: elapsed), language: agenda.language)
      }
    }
    for role in playbook.roles {
      values["role.\(role.id)"] =
        holderName(of: role) ?? agenda.language.screen.unassignedMark(role.title)
    }
    let now = wallTime(at: elapsed)
    values["incident.id"] = state.id
    values["incident.title"] = state.title
    values["incident.severity"] = state.severity.rawValue
    values["now"] = now.clockTime
    values["elapsed"] = SpanText.text(elapsed)
    values["next_update"] = (promise ?? newPromise(at: elapsed)).clockTime
    values["operator"] = operatorName
    return values
  }

  /// The step's messages; in drills each starts with `[DRILL]` so that a copied text can
  /// never be mistaken for a real statement. Messages of one round share one promised time.
  public func messages(for step: Step, at elapsed: Double) -> [Message] {
    let state = agenda.state
    let playbook = agenda.playbook
    let fresh = newPromise(at: elapsed)
    var cached: (promise: Timestamp, values: [String: String])?
    return step.send.compactMap { ref in
      guard let template = playbook.template(ref.id) else { return nil }
      let names = TemplateText.placeholderNames(in: template.text)
      let promise = roundPromise(step: step.id, channel: template.channel.id, at: elapsed) ?? fresh
      let values: [String: String]
      if let cached, cached.promise == promise {
        values = cached.values
      } else {
        values = self.values(at: elapsed, promise: promise)
        cached = (promise, values)
      }
      var text = TemplateText.render(template.text, values: values)
      while text.hasSuffix("\n") { text.removeLast() }
      if state.mode == .drill { text = agenda.language.screen.drillPrefix + text }
      var message = Message(
        template: template, channel: playbook.channel(template.channel.id), text: text)
      // Only what customers read is a promise; the internal channel only repeats it.
      if names.contains("next_update"), message.channel.map({ $0.audience != .internal }) ?? false {
        message.promise = promise
      }
      for name in names where name.hasPrefix("role.") {
        guard let role = playbook.role(String(name.dropFirst(5))), holderName(of: role) == nil,
          !message.unassignedRoles.contains(role.id)
        else { continue }
        message.unassignedRoles.append(role.id)
      }
      message.approver = state.approver(ofTemplate: template.id)
      message.isApproved = state.pendingApprovals[template.id] != nil
      message.isChannelUnavailable = state.isUnavailable(template.channel.id)
      message.claimsUndone = template.after.map(\.id).filter { state.steps[$0]?.doneAt == nil }
      return message
    }
  }

  /// The time a new round of messages promises: the shortest cadence of the playbook (30
  /// minutes when it has none) from now, rounded up to five minutes.
  public func newPromise(at elapsed: Double) -> Timestamp {
    Self.roundedUp(wallTime(at: elapsed).adding(seconds: agenda.promisedCadence ?? 1800))
  }

  /// The next-update time a message on `channel` in `step` states, so that every channel
  /// says the same time: the time of the round this step's messages started (until that
  /// time comes, for a channel that has not posted in the round), else the promise already
  /// made to the public when this channel has none of its own running and it is at least
  /// `reuseMargin` away. Nil starts a new round (`newPromise`).
  public func roundPromise(step: String?, channel: String, at elapsed: Double) -> Timestamp? {
    let state = agenda.state
    let now = wallTime(at: elapsed)
    if let round = state.round, round.step == step, !round.channels.contains(channel),
      round.promised > now
    {
      return round.promised
    }
    let makesPromises = agenda.playbook.channel(channel).map { $0.audience != .internal } ?? false
    guard !makesPromises || state.openPromise[channel] == nil else { return nil }
    let running = state.openPromises.filter {
      $0.promised.milliseconds - now.milliseconds >= Int64(Self.reuseMargin * 1000)
    }
    return running.max { $0.made.seq < $1.made.seq }?.promised
  }

  /// A running promise closer than this is not repeated on another channel: the next
  /// message starts a new round instead of promising an update in a few minutes.
  public static let reuseMargin: Double = 10 * 60

  /// Who holds `role`, or its deputy's holder; nil when neither is held.
  func holderName(of role: Role) -> String? {
    if let name = agenda.holder(of: role.id) { return name }
    return role.deputy.flatMap { agenda.holder(of: $0.id) }
  }

  /// What a message says in place of a name nobody holds: visible, never a role title that
  /// reads like a person ("Contact: Incident lead").
  public static func unassigned(_ title: String, language: Language = .english) -> String {
    language.screen.unassignedMark(title)
  }

  /// A moment as a message states it: `14:05` on the day of `now`, else `2026-11-29 14:05`.
  static func readable(_ time: Timestamp, near now: Timestamp, language: Language = .english)
    -> String
  {
    let a = time.local
    let b = now.local
    if a.year == b.year && a.month == b.month && a.day == b.day { return time.clockTime }
    return language.screen.dateTime(time)
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
