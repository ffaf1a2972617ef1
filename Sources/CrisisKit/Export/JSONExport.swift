/// The export as JSON with the stable schema of docs/export-json.md (`"schema": "crisis-export"`,
/// `"schema_version": 1`): the incident, the log's extent, the notices, every metric and every
/// event. Keys come in a fixed order and times as RFC 3339 strings with the offset the log
/// wrote, so two exports of one log are byte-identical. Fields may be added in later versions
/// of the same `schema_version`; none is removed or changes meaning.
public enum JSONExport {
  public static let schemaVersion = 1

  public static func render(_ report: ExportReport) -> String {
    JSONWriter(indent: 2).string(document(report)) + "\n"
  }

  public static func document(_ report: ExportReport) -> JSONValue {
    .object([
      ("schema", .string("crisis-export")),
      ("schema_version", .int(Int64(schemaVersion))),
      ("audience", .string(report.options.audience.rawValue)),
      ("redacted", .bool(report.names.isEnabled)),
      ("incident", incident(report)),
      (
        "log",
        .object([
          ("events", .int(Int64(report.timeline.entries.count))),
          ("last_line", report.lastLine.map { .int(Int64($0)) } ?? .null),
          ("damaged_line", report.tornLine.map { .int(Int64($0)) } ?? .null),
        ])
      ),
      (
        "notices",
        .array(
          report.notices.map {
            .object([("kind", .string($0.kind.rawValue)), ("text", .string($0.text))])
          })
      ),
      ("metrics", report.isPublic ? .null : metrics(report)),
      ("events", .array(report.entries.map { event($0, report) })),
    ])
  }

  // MARK: - Incident

  static func incident(_ report: ExportReport) -> JSONValue {
    let hidden = report.isPublic
    let m = report.metrics
    let initialSeverity = report.state.initialSeverity
    let given = hidden ? [:] : report.timeline.namesGivenByRole
    let roles: [JSONValue] =
      hidden
      ? []
      : report.timeline.roleIDs.map { id in
        let holders = (given[id] ?? []).map(report.person)
        return .object([
          ("role", .string(id)), ("title", .string(report.roleTitle(id))),
          ("holders", .array(holders.map(JSONValue.string))),
        ])
      }
    return .object([
      ("id", .string(report.state.id)),
      ("title", .string(report.title)),
      ("mode", .string(report.timeline.mode.rawValue)),
      ("status", .string(m.status.rawValue)),
      ("severity", hidden ? .null : .string(report.state.severity.rawValue)),
      ("severity_at_start", hidden ? .null : string(initialSeverity)),
      (
        "playbook",
        hidden
          ? .null
          : .object([
            ("id", .string(report.playbook.id)), ("title", .string(report.playbook.title)),
            ("path", .string(report.state.playbookPath)),
            ("sha256", .string(report.state.playbookSHA256)),
          ])
      ),
      ("started", time(report.timeline.start)),
      (
        "started_by",
        hidden || report.state.startedBy.isEmpty
          ? .null : .string(report.person(report.state.startedBy))
      ),
      ("ended", time(m.end?.time)),
      ("ended_by_resolution", .bool(m.isResolved)),
      ("duration_seconds", seconds(m.duration)),
      ("summary", hidden ? .null : string(report.state.summary)),
      ("drill_speed", report.timeline.mode == .drill ? seconds(report.timeline.speed) : .null),
      ("roles", .array(roles)),
    ])
  }

  // MARK: - Metrics

  static func metrics(_ report: ExportReport) -> JSONValue {
    let m = report.metrics
    var pairs: [(String, JSONValue)] = []
    pairs.append(("first_public_statement", firstStatement(report)))
    pairs.append(
      ("first_message_per_channel", .array(m.firstMessages.map { channelFirst($0, report) })))
    pairs.append(("silence_before_first_statement", silence(m.silenceBeforeFirstStatement)))
    pairs.append(("longest_public_silence", silence(m.longestSilence)))
    pairs.append(("promised_cadence_seconds", seconds(m.promisedCadence)))
    pairs.append(("cadence_kept", m.cadenceKept.map(JSONValue.bool) ?? .null))
    pairs.append(
      (
        "messages",
        .object([("total", int(m.messageCount)), ("public", int(m.publicMessageCount))])
      ))
    pairs.append(("steps", .array(m.steps.map { step($0, report) })))
    let counts: [(String, JSONValue)] = IncidentMetrics.StepResult.allCases.map {
      ($0.rawValue, int(m.count($0)))
    }
    pairs.append(("step_counts", .object(counts)))
    pairs.append(("obligations", obligations(m.obligations, report)))
    pairs.append(("decisions", .array(m.decisions.map { decision($0, report) })))
    pairs.append(("notes", .array(m.notes.map { note($0, report) })))
    pairs.append(("activity", .array(m.activity.map { activity($0, report) })))
    pairs.append(("injects", .array(report.injectReactions.map { inject($0, report) })))
    pairs.append(("scorecard", report.isDrill ? scorecard(report) : .null))
    pairs.append(("findings", .array(report.findings.map { finding($0, report) })))
    return .object(pairs)
  }

  /// Promises per channel and each promise, steps never done, clocks, unapproved posts.
  static func obligations(_ o: ObligationMetrics, _ report: ExportReport) -> JSONValue {
    .object([
      (
        "promises",
        .array(
          o.promises.map { p in
            .object([
              ("channel", .string(p.channel)), ("promised", time(p.promised)),
              ("due_seconds", seconds(p.due)), ("made_seconds", seconds(p.made.tPlus)),
              ("kept_at_seconds", seconds(p.closed?.tPlus)), ("result", .string(p.result.rawValue)),
            ])
          })
      ),
      (
        "promises_per_channel",
        .array(
          o.promisesByChannel.map { c in
            .object([
              ("channel", .string(c.channel)), ("kept", int(c.kept)), ("broken", int(c.broken)),
              ("open", int(c.open)), ("paused", int(c.paused)),
            ])
          })
      ),
      ("steps_never_done", .array(o.stepsNeverDone.map(JSONValue.string))),
      (
        "clocks",
        .array(
          o.clocks.map { c in
            .object([
              ("id", .string(c.id)), ("title", .string(c.title)), ("role", string(c.role)),
              ("due_seconds", seconds(c.due)), ("met_seconds", seconds(c.met)),
              ("outcome", .string(c.outcome.rawValue)),
            ])
          })
      ),
      (
        "sent_without_approval",
        .array(
          o.unapproved.map { m in
            .object([
              ("channel", .string(m.channel)), ("template", string(m.template)),
              ("seconds", seconds(m.elapsed)),
            ])
          })
      ),
      ("stale_channels", .array(o.staleChannels.map(JSONValue.string))),
    ])
  }

  static func firstStatement(_ report: ExportReport) -> JSONValue {
    let fs = report.metrics.firstStatement
    let actor: JSONValue = fs.moment.map { .string(report.person($0.actor)) } ?? .null
    return .object([
      ("seconds", seconds(fs.moment?.tPlus)),
      ("at", time(fs.moment?.time)),
      ("channel", string(fs.channel)),
      ("step", string(fs.step)),
      ("actor", actor),
      ("deadline_seconds", seconds(fs.deadline)),
      ("deadline_source", .string(fs.deadlineSource.rawValue)),
      ("deadline_step", string(fs.deadlineStep)),
      ("outcome", .string(fs.outcome.rawValue)),
    ])
  }

  static func channelFirst(_ c: IncidentMetrics.ChannelFirst, _ report: ExportReport) -> JSONValue {
    let actor: JSONValue = c.first.map { .string(report.person($0.actor)) } ?? .null
    return .object([
      ("channel", .string(c.channel)), ("title", .string(c.title)),
      ("audience", string(c.audience?.rawValue)), ("messages", int(c.count)),
      ("first_seconds", seconds(c.first?.tPlus)), ("first_at", time(c.first?.time)),
      ("first_actor", actor),
    ])
  }

  static func silence(_ s: IncidentMetrics.Silence?) -> JSONValue {
    guard let s else { return .null }
    return .object([
      ("from_seconds", seconds(s.from)), ("to_seconds", seconds(s.to)),
      ("seconds", seconds(s.seconds)),
    ])
  }

  static func step(_ s: IncidentMetrics.StepOutcome, _ report: ExportReport) -> JSONValue {
    let pairs: [(String, JSONValue)] = [
      ("id", .string(s.id)), ("title", .string(s.title)), ("role", string(s.role)),
      ("role_title", string(s.role.map(report.roleTitle))),
      ("held_by", string(s.heldBy.map(report.person))),
      ("finished_by", string(s.finishedBy.map(report.person))),
      ("due_seconds", seconds(s.due)), ("started_seconds", seconds(s.started)),
      ("finished_seconds", seconds(s.finished)), ("duration_seconds", seconds(s.duration)),
      ("result", .string(s.result.rawValue)), ("skip_reason", string(s.skipReason)),
    ]
    return .object(pairs)
  }

  static func decision(_ d: IncidentMetrics.DecisionMade, _ report: ExportReport) -> JSONValue {
    let pairs: [(String, JSONValue)] = [
      ("seconds", seconds(d.moment.tPlus)), ("at", time(d.moment.time)),
      ("actor", .string(report.person(d.moment.actor))), ("step", .string(d.step)),
      ("question", .string(d.question)), ("answer", .string(d.answer)), ("next", string(d.next)),
    ]
    return .object(pairs)
  }

  static func note(_ n: IncidentMetrics.NoteWritten, _ report: ExportReport) -> JSONValue {
    let pairs: [(String, JSONValue)] = [
      ("seconds", seconds(n.moment.tPlus)), ("at", time(n.moment.time)),
      ("actor", .string(report.person(n.moment.actor))), ("text", .string(n.text)),
      ("backdated", .bool(n.backdated)),
    ]
    return .object(pairs)
  }

  static func activity(_ a: IncidentMetrics.Activity, _ report: ExportReport) -> JSONValue {
    let roles = report.timeline.roleHolders.first { $0.name == a.actor }?.roles ?? []
    let pairs: [(String, JSONValue)] = [
      ("actor", .string(report.person(a.actor))), ("roles", .array(roles.map(JSONValue.string))),
      ("messages", int(a.messages)), ("steps", int(a.steps)), ("decisions", int(a.decisions)),
      ("notes", int(a.notes)), ("other", int(a.other)), ("total", int(a.total)),
    ]
    return .object(pairs)
  }

  static func inject(_ outcome: InjectOutcome, _ report: ExportReport) -> JSONValue {
    let i = outcome.inject
    let actor: JSONValue = i.reaction.map { .string(report.person($0.actor)) } ?? .null
    let expected = outcome.hasExpectation ? outcome.reaction : nil
    let pairs: [(String, JSONValue)] = [
      ("seconds", seconds(i.moment.tPlus)), ("at", time(i.moment.time)),
      ("title", .string(i.title)),
      ("text", .string(i.text)), ("role", string(i.role)), ("source", .string(i.source)),
      ("reaction_seconds", seconds(i.reaction?.tPlus)), ("reaction_actor", actor),
      ("reaction_type", string(i.reactionType)), ("reaction_delay_seconds", seconds(i.delay)),
      ("scheduled_seconds", seconds(i.scheduled)),
      ("expected", .array(outcome.expected.map(JSONValue.string))),
      ("expected_done", outcome.hasExpectation ? .bool(expected != nil) : .null),
      ("expected_reaction_seconds", seconds(expected?.moment.tPlus)),
      ("expected_reaction_type", string(expected?.type)),
      ("expected_reaction_delay_seconds", seconds(expected == nil ? nil : outcome.delay)),
      (
        "unexpected",
        .array(
          outcome.unexpected.map { a in
            .object([
              ("seconds", seconds(a.moment.tPlus)), ("type", .string(a.type)),
              ("actor", .string(report.person(a.moment.actor))),
            ])
          })
      ),
    ]
    return .object(pairs)
  }

  /// One finding of the review: what, whose, when, and the suggested follow-up in words.
  static func finding(_ f: ReviewFinding, _ report: ExportReport) -> JSONValue {
    .object([
      ("kind", .string(f.kind.rawValue)), ("subject", .string(f.subject)),
      ("subject_title", .string(f.subjectTitle)), ("role", string(f.role)),
      ("role_title", string(f.role.map(report.roleTitle))),
      ("held_by", string(f.heldBy.map(report.person))), ("seconds", seconds(f.at)),
      ("due_seconds", seconds(f.due)), ("detail", string(f.detail)),
      ("text", .string(report.words.finding(f))),
      ("follow_up", .string(report.followUp(f))),
    ])
  }

  /// The drill scorecard's figures (also logged as the `scorecard` event).
  public static func scorecard(_ report: ExportReport) -> JSONValue {
    let m = report.metrics
    guard case .object(var pairs) = scorecard(m) else { return scorecard(m) }
    let expecting = report.injectReactions.filter(\.hasExpectation)
    pairs += [
      (
        "steps_late_ids",
        .array(
          m.steps.filter { $0.result == .late || $0.result == .overdue }.map { .string($0.id) })
      ),
      (
        "steps_skipped_ids", .array(m.steps.filter { $0.result == .skipped }.map { .string($0.id) })
      ),
      ("promises_broken", int(m.obligations.promisesBroken)),
      ("injects_with_expectation", int(expecting.count)),
      ("injects_expected_done", int(expecting.filter { $0.reaction != nil }.count)),
      (
        "practise",
        .array(report.practice.map { .string(report.options.language.scorecard.practice($0)) })
      ),
    ]
    return .object(pairs)
  }

  /// The figures every version of the scorecard has had.
  static func scorecard(_ m: IncidentMetrics) -> JSONValue {
    .object([
      ("steps_on_time", int(m.count(.onTime))),
      ("steps_late", int(m.count(.late) + m.count(.overdue))),
      ("steps_skipped", int(m.count(.skipped))),
      ("first_statement_seconds", seconds(m.firstStatement.moment?.tPlus)),
      ("first_statement_deadline_seconds", seconds(m.firstStatement.deadline)),
      ("first_statement_outcome", .string(m.firstStatement.outcome.rawValue)),
      ("cadence_kept", m.cadenceKept.map(JSONValue.bool) ?? .null),
      ("longest_silence_seconds", seconds(m.longestSilence?.seconds)),
      ("decisions", int(m.decisions.count)),
      ("injects", int(m.injects.count)),
      ("injects_answered", int(m.injects.filter { $0.reaction != nil }.count)),
    ])
  }

  // MARK: - Events

  static func event(_ entry: IncidentTimeline.Entry, _ report: ExportReport) -> JSONValue {
    let e = entry.event
    if report.isPublic {
      // Only what was posted where: no step, no template.
      let fields =
        e.message.map {
          MessageSent(step: nil, template: nil, channel: $0.channel, text: $0.text, url: $0.url)
            .fields
        } ?? []
      return .object([
        ("seq", .int(Int64(e.seq))), ("line", .int(Int64(e.line))),
        ("time", .string(entry.time.rfc3339)),
        ("ts", .string(e.ts.rfc3339)), ("at", time(e.at)), ("t_plus_seconds", seconds(entry.tPlus)),
        ("t_plus", .string(SpanText.exactTPlus(entry.tPlus))), ("actor", .null),
        ("roles", .array([])),
        ("type", .string(e.type.name)), ("summary", .string(report.describe(entry))),
        ("fields", .object(fields)),
      ])
    }
    return .object([
      ("seq", .int(Int64(e.seq))), ("line", .int(Int64(e.line))),
      ("time", .string(entry.time.rfc3339)),
      ("ts", .string(e.ts.rfc3339)), ("at", time(e.at)), ("t_plus_seconds", seconds(entry.tPlus)),
      ("t_plus", .string(SpanText.exactTPlus(entry.tPlus))),
      ("actor", .string(report.person(e.actor))),
      ("roles", .array(entry.actorRoles.map(JSONValue.string))), ("type", .string(e.type.name)),
      ("summary", .string(report.describe(entry))), ("fields", .object(fields(e, report))),
    ])
  }

  /// The type's own fields as the log wrote them, except: the embedded playbook text is left
  /// out (its path and hash stay), and with `--redact` the names in `roles` and `name` are
  /// replaced.
  static func fields(_ e: IncidentEvent, _ report: ExportReport) -> [(String, JSONValue)] {
    switch e.body {
    case .incidentStarted(var p):
      if report.names.isEnabled { p.roles = p.roles.map { ($0.0, report.person($0.1)) } }
      return p.fieldsWithoutPlaybookText + e.extra
    case .roleAssigned(var p) where report.names.isEnabled:
      p.name = report.person(p.name)
      return p.fields + e.extra
    default:
      return e.fields
    }
  }

  // MARK: - Values

  static func seconds(_ value: Double?) -> JSONValue {
    guard let value, value.isFinite else { return .null }
    let ms = (value * 1000).rounded()
    return ms.truncatingRemainder(dividingBy: 1000) == 0
      ? .int(Int64(ms / 1000)) : .double(ms / 1000)
  }

  static func time(_ value: Timestamp?) -> JSONValue { value.map { .string($0.rfc3339) } ?? .null }

  static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  static func int(_ value: Int) -> JSONValue { .int(Int64(value)) }
}
