/// The one-page summary management reads first: what happened and its impact, the key
/// figures, what went well and what did not, and the open follow-ups with owners. Every
/// sentence is derived from the log (the resolution summary is quoted as written), so the
/// page is ready to forward the moment the incident is resolved.
extension ExportReport {
  /// A key figure: its name, value, what it is measured against, and how it came out.
  public struct KeyFigureCard: Sendable, Equatable {
    public var label: String
    public var value: String
    public var detail: String
    /// How the figure came out, for colour: good, warning or bad; nil when neutral.
    public var tone: Tone?
    public var result: String?
  }

  public enum Tone: String, Sendable { case ok, warn, bad }

  /// One sentence: the incident, the playbook, when it started, how long it ran.
  public var whatHappened: String {
    words.whatHappened(
      title: title, playbook: ExportText.oneLine(playbook.title),
      started: timeline.start.map(dateTime),
      duration: words.duration(SpanText.exact(metrics.duration), isDrill: isDrill),
      resolved: metrics.isResolved, severity: words.severityName(state.severity.rawValue))
  }

  /// How long the public heard nothing, and what was said where.
  public var impact: String {
    let publicChannels = metrics.firstMessages.filter { $0.audience == .public && $0.count > 0 }
    return words.impact(
      silence: SpanText.exact(metrics.silenceBeforeFirstStatement.seconds),
      hadStatement: metrics.firstStatement.moment != nil,
      publicMessages: metrics.publicMessageCount,
      channels: publicChannels.map { ExportText.oneLine($0.title) })
  }

  /// Time to first statement, promises, longest silence, steps, duration.
  public var keyFigures: [KeyFigureCard] {
    let m = metrics
    let w = words
    var cards: [KeyFigureCard] = []
    let fs = m.firstStatement
    cards.append(
      KeyFigureCard(
        label: w.keyFigure(.firstStatement),
        value: fs.moment.map { SpanText.exact($0.tPlus) } ?? "–",
        detail: w.dueBy(SpanText.exactTPlus(fs.deadline)),
        tone: fs.outcome == .met ? .ok : fs.outcome == .missed ? .bad : nil,
        result: label(fs.outcome)))
    let o = m.obligations
    cards.append(
      KeyFigureCard(
        label: w.keyFigure(.promises),
        value: o.promises.isEmpty ? "–" : "\(o.promisesKept)/\(o.promises.count)",
        detail: o.promises.isEmpty
          ? w.noPromise : w.promisesValue(kept: o.promisesKept, broken: o.promisesBroken),
        tone: o.promises.isEmpty ? nil : o.promisesBroken > 0 ? .bad : .ok,
        result: o.promises.isEmpty
          ? nil : o.promisesBroken > 0 ? w.brokenCount(o.promisesBroken) : w.promise(.kept)))
    if let longest = m.longestSilence {
      cards.append(
        KeyFigureCard(
          label: w.keyFigure(.longestSilence), value: SpanText.exact(longest.seconds),
          detail: m.promisedCadence.map { w.promisedEvery(SpanText.exact($0)) } ?? w.noCadence,
          tone: m.cadenceKept.map { $0 ? .ok : .bad },
          result: m.cadenceKept.map { w.promise($0 ? .kept : .broken) }))
    } else {
      cards.append(
        KeyFigureCard(
          label: w.keyFigure(.longestSilence), value: "–", detail: w.noPublicUpdate, tone: nil,
          result: nil))
    }
    let late = m.count(.late) + m.count(.overdue)
    let never = m.obligations.stepsNeverDone.count
    cards.append(
      KeyFigureCard(
        label: w.keyFigure(.steps),
        value: w.stepsValue(
          onTime: m.count(.onTime), late: late, skipped: m.count(.skipped), neverDone: never),
        detail: w.stepsDetail(late: late, skipped: m.count(.skipped), neverDone: never),
        tone: late + never > 0 ? .warn : .ok, result: nil))
    cards.append(
      KeyFigureCard(
        label: w.keyFigure(m.isResolved ? .duration : .runningFor),
        value: SpanText.exact(m.duration), detail: isDrill ? w.drillTime : w.untilResolved,
        tone: nil, result: nil))
    return cards
  }

  /// What the log shows went well; empty when it shows nothing to praise.
  public var wentWell: [String] {
    let m = metrics
    var good: [GoodPoint] = []
    if m.firstStatement.outcome == .met, let first = m.firstStatement.moment {
      good.append(
        .firstStatement(
          span: SpanText.exact(first.tPlus), due: SpanText.exactTPlus(m.firstStatement.deadline)))
    }
    let o = m.obligations
    if !o.promises.isEmpty, o.promisesBroken == 0, o.promisesKept > 0 {
      good.append(.promisesKept(o.promisesKept))
    }
    if m.cadenceKept == true, let every = m.promisedCadence {
      good.append(.cadenceKept(every: SpanText.exact(every)))
    }
    let counted = m.steps.filter { $0.result != .notReached }.count
    if m.count(.onTime) > 0 { good.append(.stepsOnTime(m.count(.onTime), of: counted)) }
    let met = o.clocks.filter { $0.outcome == .met }.count
    if met > 0, met == o.clocks.count { good.append(.clocksMet(met)) }
    if !injectReactions.isEmpty, injectReactions.allSatisfy({ $0.reaction != nil }) {
      good.append(.injectsAnswered(injectReactions.count))
    }
    return good.map(words.wentWell)
  }

  /// At most this many lines in each list of the summary, so it stays one page however
  /// much went wrong; the review lists everything, and the last line says how many more.
  public static let summaryLimit = 8

  /// How much a kind of finding weighs for management: what the public saw first, then
  /// deadlines that bind, then the team's own steps.
  static func weight(_ kind: ReviewFinding.Kind) -> Int {
    switch kind {
    case .lateFirstStatement: 0
    case .brokenPromise: 1
    case .unapproved: 2
    case .staleChannel: 3
    case .missedClock: 4
    case .neverDone: 5
    case .lateStep: 6
    case .skipped: 7
    }
  }

  /// What did not go well: the findings, one line each, the weightiest first (in time order
  /// among equals), at most `summaryLimit` lines.
  public var wentBadly: [String] {
    let ranked = findings.enumerated().sorted {
      (Self.weight($0.element.kind), $0.offset) < (Self.weight($1.element.kind), $1.offset)
    }
    return capped(ranked.map { words.finding($0.element) })
  }

  /// `lines`, or its first `summaryLimit - 1` and a line saying how many more the review has.
  private func capped(_ lines: [String]) -> [String] {
    guard lines.count > Self.summaryLimit else { return lines }
    let shown = Self.summaryLimit - 1
    return Array(lines.prefix(shown)) + [words.moreInReview(lines.count - shown)]
  }

  /// The open follow-ups for the summary: as `followUps`, the weightiest kinds first, at
  /// most `summaryLimit` (the last saying how many more the review lists).
  public var summaryFollowUps: [(action: String, owner: String)] {
    let groups = followUpGroups
    let ranked = groups.indices.sorted {
      (Self.weight(groups[$0].finding.kind), $0) < (Self.weight(groups[$1].finding.kind), $1)
    }.map { i in
      (
        words.followUp(groups[i].finding.kind, subjects: groups[i].subjects),
        ownerText(groups[i].finding)
      )
    }
    guard ranked.count > Self.summaryLimit else { return ranked }
    let shown = Self.summaryLimit - 1
    return Array(ranked.prefix(shown)) + [(words.moreInReview(ranked.count - shown), "")]
  }

  /// The open follow-ups: the suggested action with its owner, one per kind of finding and
  /// owner (three broken promises of one role are one follow-up naming the three channels),
  /// in the order of their first finding.
  public var followUps: [(action: String, owner: String, ownerName: String)] {
    followUpGroups.map {
      (
        words.followUp($0.finding.kind, subjects: $0.subjects), ownerText($0.finding),
        ownerName($0.finding)
      )
    }
  }

  /// Findings grouped by kind and owner, in the order of their first finding.
  private var followUpGroups: [(finding: ReviewFinding, subjects: [String])] {
    var groups: [(finding: ReviewFinding, subjects: [String])] = []
    for f in findings {
      if let i = groups.firstIndex(where: {
        $0.finding.kind == f.kind && $0.finding.role == f.role && $0.finding.heldBy == f.heldBy
      }) {
        if !groups[i].subjects.contains(f.subjectTitle) {
          groups[i].subjects.append(f.subjectTitle)
        }
      } else {
        groups.append((f, [f.subjectTitle]))
      }
    }
    return groups
  }

  /// The suggested follow-up of one finding, without its subject: the finding's own line
  /// names what it is about.
  public func followUp(_ f: ReviewFinding) -> String {
    words.followUp(f.kind, subjects: [])
  }
}
