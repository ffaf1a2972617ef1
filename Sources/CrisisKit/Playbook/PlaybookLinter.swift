/// The checks that need the whole playbook: references between parts, duplicate ids,
/// reachability, placeholders, channel limits, and the crisis-comms rules of thumb (a first
/// public statement within 15 minutes, a promised update cadence).
public struct PlaybookLinter {
  public let playbook: Playbook
  private var diagnostics: [Diagnostic] = []
  /// The placeholder names of each template, in template order (found once, used twice).
  private let placeholderNames: [[String]]
  /// Per variable: whether a template uses it (filled by `checkTemplates`).
  private var usedVariables: [Bool] = []
  /// In `checkTemplates`' table of placeholder names: a name that is no variable.
  private static let notAVariable = -1

  public init(_ playbook: Playbook) {
    self.playbook = playbook
    placeholderNames = playbook.templates.map { TemplateText.placeholderNames(in: $0.text) }
  }

  /// Every finding, unsorted.
  public static func check(_ playbook: Playbook) -> [Diagnostic] {
    var linter = PlaybookLinter(playbook)
    linter.run()
    return linter.diagnostics
  }

  /// The longest the first public statement may wait: the first 15 minutes decide.
  public static let firstStatementDeadline: Duration = .seconds(15 * 60)

  private mutating func run() {
    let index = PlaybookIndex(playbook)
    checkReferences(index)
    checkApprovals(index)
    checkClocks(index)
    checkDuplicateSteps(index)
    checkReachability(index)
    checkTemplates(index)
    checkUnused(index)
    checkCommsRules(index)
  }

  // MARK: - References

  private mutating func checkReferences(_ index: PlaybookIndex) {
    // A local copy (no copy of the arrays) for the lists of known ids, built only for a report.
    let playbook = self.playbook
    for (template, channel) in zip(playbook.templates, index.templateChannel) where channel == nil {
      report(
        template.channel, "channel", playbook.channels.map { ($0.id, $0.position) },
        for: "template '\(template.id)'")
    }
    for template in playbook.templates {
      for step in template.after where index.step(step) == nil {
        report(
          step, "step", playbook.steps.map { ($0.id, $0.position) },
          for: "`after` of template '\(template.id)'")
      }
    }
    for (i, step) in playbook.steps.enumerated() {
      if index.stepRole[i] == nil {
        report(
          step.role, "role", playbook.roles.map { ($0.id, $0.position) }, for: "step '\(step.id)'")
      }
      for (template, resolved) in zip(step.send, index.stepSends[i]) where resolved == nil {
        report(
          template, "template", playbook.templates.map { ($0.id, $0.position) },
          for: "step '\(step.id)'")
      }
      if let next = step.next {
        if !isStepTarget(next, index) {
          report(next, "step", Self.stepTargets(playbook), for: "`next` of step '\(step.id)'")
        }
        if next.id == step.id {
          error(
            .selfReference, at: next.position,
            "step '\(step.id)' continues with itself; use `every` to repeat a step")
        }
      }
      for choice in step.decision?.choices ?? [] where !isStepTarget(choice.target, index) {
        report(choice.target, "step", Self.stepTargets(playbook), for: "answer '\(choice.answer)'")
      }
    }
    for inject in playbook.injects {
      if let role = inject.role, index.roleByID[role.id] == nil {
        report(
          role, "role", playbook.roles.map { ($0.id, $0.position) }, for: "inject '\(inject.title)'"
        )
      }
      if let channel = inject.channel, index.channelByID[channel.id] == nil {
        report(
          channel, "channel", playbook.channels.map { ($0.id, $0.position) },
          for: "inject '\(inject.title)'")
      }
      for expected in inject.expect
      where index.step(expected) == nil && index.templateByID[expected.id] == nil
        && index.channelByID[expected.id] == nil
      {
        report(
          expected, "step, template or channel",
          playbook.steps.map { ($0.id, $0.position) }
            + playbook.templates.map { ($0.id, $0.position) }
            + playbook.channels.map { ($0.id, $0.position) },
          for: "`expect` of inject '\(inject.title)'")
      }
    }
  }

  /// Whether a `next` or answer names a step or `end`.
  private func isStepTarget(_ target: Reference, _ index: PlaybookIndex) -> Bool {
    target.id == Playbook.endTarget || index.step(target) != nil
  }

  /// What a `next` or answer may name, in document order (for "did you mean").
  private static func stepTargets(_ playbook: Playbook) -> [(String, SourcePosition?)] {
    playbook.steps.map { ($0.id, $0.position) } + [(Playbook.endTarget, nil)]
  }

  /// Reports a reference that names nothing. `known` (the ids it could name, in document
  /// order, with where each is defined) and `owner` (what refers, e.g. "step 'x'") are only
  /// built for a report, not for each of the many references that resolve. A "did you mean"
  /// comes with a note at the definition it suggests.
  private mutating func report(
    _ reference: Reference, _ kind: String,
    _ known: @autoclosure () -> [(String, SourcePosition?)],
    for owner: @autoclosure () -> String
  ) {
    let known = known()
    let ids = known.map(\.0)
    var message =
      "\(owner()) refers to \(kind) '\(reference.id)', which the playbook does not define"
    var notes: [Diagnostic.Note] = []
    if let guess = EditDistance.suggestion(for: reference.id, among: ids) {
      message += "; did you mean '\(guess)'?"
      if let position = known.first(where: { $0.0 == guess })?.1 {
        notes.append(Diagnostic.Note("\(kind) '\(guess)' is defined here", at: position))
      }
    } else if !ids.isEmpty, ids.count <= 8 {
      var unique: [String] = []
      for id in ids where !unique.contains(id) { unique.append(id) }
      message += " (known: \(unique.joined(separator: ", ")))"
    }
    error(.unknownReference, at: reference.position, message, notes: notes)
  }

  private mutating func checkDuplicateSteps(_ index: PlaybookIndex) {
    for (i, first) in index.duplicateSteps {
      let step = playbook.steps[i]
      let firstPosition = playbook.steps[first].position
      error(
        .duplicateID, at: step.position,
        "duplicate step id '\(step.id)' (first defined at \(firstPosition))",
        notes: [Diagnostic.Note("first defined here", at: firstPosition)])
    }
  }

  // MARK: - Approvals, deputies and clocks

  /// `approve:` on channels and templates and `deputy:` on roles name roles; a role is not
  /// its own deputy.
  private mutating func checkApprovals(_ index: PlaybookIndex) {
    let playbook = self.playbook
    let roles = { playbook.roles.map { ($0.id, Optional($0.position)) } }
    for channel in playbook.channels {
      if let approve = channel.approve, index.roleByID[approve.id] == nil {
        report(approve, "role", roles(), for: "`approve` of channel '\(channel.id)'")
      }
    }
    for template in playbook.templates {
      if let approve = template.approve, index.roleByID[approve.id] == nil {
        report(approve, "role", roles(), for: "`approve` of template '\(template.id)'")
      }
    }
    for variable in playbook.variables {
      if let setBy = variable.setBy, index.roleByID[setBy.id] == nil {
        report(setBy, "role", roles(), for: "`set_by` of variable '\(variable.id)'")
      }
    }
    for role in playbook.roles {
      guard let deputy = role.deputy else { continue }
      if deputy.id == role.id {
        error(
          .selfReference, at: deputy.position,
          "role '\(role.id)' is its own deputy; name the role that stands in for it")
      } else if index.roleByID[deputy.id] == nil {
        report(deputy, "role", roles(), for: "`deputy` of role '\(role.id)'")
      }
    }
  }

  /// A clock's id, duration and references: `from` a `type: time` variable (or `start`),
  /// `role` a role, `done_by` a step or a template; ids unique.
  private mutating func checkClocks(_ index: PlaybookIndex) {
    let playbook = self.playbook
    var firstClock: [String: SourcePosition] = [:]
    for clock in playbook.clocks {
      if !PlaybookDecoder.isPlaybookID(clock.id) {
        error(
          .invalidID, at: clock.position,
          "clock id '\(clock.id)' may only use lowercase letters, digits and dashes (e.g. notify-authority)"
        )
      }
      if let first = firstClock[clock.id] {
        error(
          .duplicateID, at: clock.position,
          "duplicate clock id '\(clock.id)' (first defined at \(first))",
          notes: [Diagnostic.Note("first defined here", at: first)])
      } else {
        firstClock[clock.id] = clock.position
      }
      if clock.within <= .zero {
        error(
          .invalidValue, at: clock.position,
          "clock '\(clock.id)': `within` must be longer than 0s, e.g. within: 72h")
      }
      if let from = clock.from {
        if let variable = playbook.variable(from.id) {
          if variable.type != .time {
            error(
              .notATimeVariable, at: from.position,
              "clock '\(clock.id)' counts from variable '\(from.id)', which is not a time; add `type: time` to the variable, or write `from: start` to count from the incident's start",
              notes: [
                Diagnostic.Note("variable '\(from.id)' is defined here", at: variable.position)
              ]
            )
          }
        } else {
          report(
            from, "variable",
            playbook.variables.map { ($0.id, $0.position) } + [(DeadlineClock.startSource, nil)],
            for: "`from` of clock '\(clock.id)'")
        }
      }
      if let role = clock.role, index.roleByID[role.id] == nil {
        report(
          role, "role", playbook.roles.map { ($0.id, $0.position) },
          for: "`role` of clock '\(clock.id)'")
      }
      if index.stepByID[clock.doneBy.id] == nil, index.templateByID[clock.doneBy.id] == nil {
        reportDoneBy(clock)
      }
    }
  }

  /// A `done_by` that names neither a step nor a template: the nearest id of either, else
  /// the ids there are (the first few of each).
  private mutating func reportDoneBy(_ clock: DeadlineClock) {
    let doneBy = clock.doneBy
    let steps = playbook.steps.map { ($0.id, $0.position) }
    let templates = playbook.templates.map { ($0.id, $0.position) }
    var message =
      "`done_by` of clock '\(clock.id)' names '\(doneBy.id)', which is neither a step nor a template"
    var notes: [Diagnostic.Note] = []
    if let guess = EditDistance.suggestion(for: doneBy.id, among: (steps + templates).map(\.0)) {
      let isStep = steps.contains { $0.0 == guess }
      message += "; did you mean '\(guess)'?"
      if let position = (steps + templates).first(where: { $0.0 == guess })?.1 {
        notes.append(
          Diagnostic.Note(
            "\(isStep ? "step" : "template") '\(guess)' is defined here", at: position))
      }
    } else {
      func some(_ ids: [(String, SourcePosition)]) -> String {
        var unique: [String] = []
        for (id, _) in ids where !unique.contains(id) { unique.append(id) }
        if unique.isEmpty { return "none" }
        let shown = unique.prefix(8).joined(separator: ", ")
        return unique.count > 8 ? "\(shown), … (\(unique.count) in all)" : shown
      }
      message += " (steps: \(some(steps)); templates: \(some(templates)))"
    }
    error(.unknownReference, at: doneBy.position, message, notes: notes)
  }

  // MARK: - Flow

  /// Steps that follow `index`: the answers of its question, its `next`, or the step below.
  public static func successors(of index: Int, in playbook: Playbook) -> [String] {
    let step = playbook.steps[index]
    if let decision = step.decision { return decision.choices.map(\.target.id) }
    if let next = step.next { return [next.id] }
    return index + 1 < playbook.steps.count ? [playbook.steps[index + 1].id] : []
  }

  private mutating func checkReachability(_ index: PlaybookIndex) {
    let steps = playbook.steps
    guard !steps.isEmpty else { return }
    // Reached ids, kept at the first step with each id (a later step with the same id counts
    // as reached with it). Targets that name no step (`end`, typos) lead nowhere.
    var reached = [Bool](repeating: false, count: steps.count)
    reached[0] = true
    var queue = [0]
    func visit(_ first: Int?) {
      guard let first, !reached[first] else { return }
      reached[first] = true
      queue.append(first)
    }
    // The same successors as `successors(of:in:)`, without copying each step.
    while let i = queue.popLast() {
      if let decision = steps[i].decision {
        for choice in decision.choices { visit(index.step(choice.target)) }
      } else if let next = steps[i].next {
        visit(index.step(next))
      } else if i + 1 < steps.count {
        // The step below, or the first step with its id.
        visit(index.stepByID[steps[i + 1].id])
      }
    }
    var duplicates = index.duplicateSteps.makeIterator()
    var duplicate = duplicates.next()
    for (i, step) in steps.enumerated() {
      var first = i
      if let d = duplicate, d.index == i {
        first = d.first
        duplicate = duplicates.next()
      }
      if !reached[first] {
        error(
          .unreachableStep, at: step.position,
          "step '\(step.id)' can never be reached: no `next`, answer or earlier step leads to it")
      }
    }
  }

  // MARK: - Templates

  private mutating func checkTemplates(_ index: PlaybookIndex) {
    let samples = Self.sampleValues(for: playbook)
    // The names a placeholder may use (exactly the sample values' keys: the built-ins,
    // `role.<id>` and the variables), each with the variable it names, so that one look-up
    // per placeholder both checks it and marks its variable used.
    var names = [String: Int](minimumCapacity: samples.count)
    for name in samples.keys { names[name] = Self.notAVariable }
    for (i, variable) in playbook.variables.enumerated().reversed() { names[variable.id] = i }
    usedVariables = [Bool](repeating: false, count: playbook.variables.count)
    for (t, (template, placeholders)) in zip(playbook.templates, placeholderNames).enumerated() {
      for name in placeholders {
        if let variable = names[name] {
          if variable != Self.notAVariable { usedVariables[variable] = true }
          continue
        }
        var message = "template '\(template.id)' uses {{\(name)}}, which no variable defines"
        if let guess = EditDistance.suggestion(for: name, among: samples.keys.sorted()) {
          message += "; did you mean {{\(guess)}}?"
        } else {
          message += "; add it under `variables`"
        }
        error(.unknownPlaceholder, at: template.textPosition, message)
      }
      guard let c = index.templateChannel[t], let limit = playbook.channels[c].limit else {
        continue
      }
      let channel = playbook.channels[c]
      let rendered = TemplateText.render(template.text, values: samples)
      // Characters (what the limit counts) are never more than UTF-8 bytes, so the costly
      // grapheme count is only needed when the bytes exceed the limit.
      guard rendered.utf8.count > limit else { continue }
      let length = rendered.count
      if length > limit {
        error(
          .overLimit, at: template.textPosition,
          "template '\(template.id)' is \(length) characters with the default values; \(channel.title) allows \(limit)",
          notes: [
            Diagnostic.Note("channel '\(channel.id)' sets the limit here", at: channel.position)
          ])
      }
    }
  }

  /// Values that stand in for the variables when a template is checked against a limit:
  /// the defaults, and realistic lengths for what is only known during the incident.
  public static func sampleValues(for playbook: Playbook) -> [String: String] {
    var values: [String: String] = [
      "incident.id": "2026-11-21-\(playbook.id)-7f3a",
      "incident.title": playbook.title,
      "incident.severity": playbook.severity.rawValue,
      "now": "17:05",
      "next_update": "17:35",
      "elapsed": "1h05m",
      "operator": "Alexandra Musterfrau",
    ]
    for role in playbook.roles { values["role.\(role.id)"] = "Alexandra Musterfrau" }
    for variable in playbook.variables {
      switch variable.type {
      case .text: values[variable.id] = variable.defaultValue ?? variable.id
      // What a time variable holds during the incident, whatever its default says.
      case .time: values[variable.id] = "2026-11-21T16:52:00.000+01:00"
      }
    }
    return values
  }

  // MARK: - Unused parts and comms rules

  private mutating func checkUnused(_ index: PlaybookIndex) {
    var usedRoles = [Bool](repeating: false, count: playbook.roles.count)
    for case let role? in index.stepRole { usedRoles[role] = true }
    for inject in playbook.injects {
      if let id = inject.role?.id, let role = index.roleByID[id] { usedRoles[role] = true }
    }
    // A role that owns a clock, approves messages or stands in for another has a job too.
    let otherRoleUses =
      playbook.clocks.compactMap(\.role) + playbook.channels.compactMap(\.approve)
      + playbook.templates.compactMap(\.approve) + playbook.roles.compactMap(\.deputy)
    for reference in otherRoleUses {
      if let role = index.roleByID[reference.id] { usedRoles[role] = true }
    }
    // A part counts as used when its id is: mark the first with each id, look up by id.
    for (role, used) in zip(playbook.roles, usedRoles)
    where !used && !isUsed(role.id, index.roleByID, usedRoles) {
      warning(
        .unused, at: role.position, "role '\(role.id)' owns no step; remove it or give it a step")
    }
    var usedChannels = [Bool](repeating: false, count: playbook.channels.count)
    for case let channel? in index.templateChannel { usedChannels[channel] = true }
    for (channel, used) in zip(playbook.channels, usedChannels)
    where !used && !isUsed(channel.id, index.channelByID, usedChannels) {
      warning(
        .unused, at: channel.position,
        "channel '\(channel.id)' has no template; every channel needs a prepared message")
    }
    var sent = [Bool](repeating: false, count: playbook.templates.count)
    for sends in index.stepSends {
      for case let template? in sends { sent[template] = true }
    }
    for (template, used) in zip(playbook.templates, sent)
    where !used && !isUsed(template.id, index.templateByID, sent) {
      warning(.unused, at: template.position, "template '\(template.id)' is never sent by a step")
    }
    // `usedVariables` was filled by `checkTemplates`, at the first variable with each id; a
    // variable a clock counts from is used too.
    let variableByID = Dictionary(
      playbook.variables.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for from in playbook.clocks.compactMap(\.from) {
      if let variable = variableByID[from.id] { usedVariables[variable] = true }
    }
    for (variable, used) in zip(playbook.variables, usedVariables)
    where !used && !isUsed(variable.id, variableByID, usedVariables) {
      warning(
        .unused, at: variable.position, "variable '\(variable.id)' is not used by any template")
    }
  }

  /// Whether the first part with `id` is marked used (for a later part with a repeated id,
  /// which references never resolve to; only reached when the part itself is unmarked).
  private func isUsed(_ id: String, _ table: [String: Int], _ used: [Bool]) -> Bool {
    table[id].map { used[$0] } ?? false
  }

  private mutating func checkCommsRules(_ index: PlaybookIndex) {
    guard !playbook.steps.isEmpty else { return }
    // A template is public when its channel is (a step's `send` resolves to the first
    // template with the id, as `Playbook.template` finds it).
    let templateIsPublic = index.templateChannel.map { channel in
      channel.map { index.channelIsPublic[$0] } ?? false
    }
    let hasPublicChannel = index.channelIsPublic.contains(true)
    var publicSteps: [Int] = []
    for (i, sends) in index.stepSends.enumerated()
    where sends.contains(where: { $0.map { templateIsPublic[$0] } ?? false }) {
      publicSteps.append(i)
    }
    if hasPublicChannel, let firstStep = publicSteps.first {
      let step = playbook.steps[firstStep]
      let deadlines = publicSteps.compactMap { playbook.steps[$0].due }
      if let first = deadlines.min(), first > Self.firstStatementDeadline {
        warning(
          .lateFirstStatement, at: step.position,
          "the first public statement is due at T+\(first.compact); the first 15 minutes decide, so plan one by T+15m"
        )
      } else if deadlines.isEmpty {
        warning(
          .lateFirstStatement, at: step.position,
          "step '\(step.id)' sends the first public statement but has no `due`; give it one (15m or less)"
        )
      }
    }
    if hasPublicChannel, !playbook.steps.contains(where: { $0.every != nil }) {
      warning(
        .noCadence, at: playbook.position,
        "no step has `every`: promise an update cadence (e.g. every: 30m), silence is the worst answer"
      )
    }
  }

  private mutating func error(
    _ kind: Diagnostic.Kind, at position: SourcePosition, _ message: String,
    notes: [Diagnostic.Note] = []
  ) {
    diagnostics.append(
      Diagnostic(.error, kind, file: playbook.file, at: position, message, notes: notes))
  }

  private mutating func warning(
    _ kind: Diagnostic.Kind, at position: SourcePosition, _ message: String
  ) {
    diagnostics.append(Diagnostic(.warning, kind, file: playbook.file, at: position, message))
  }
}
