/// The checks that need the whole playbook: references between parts, duplicate ids,
/// reachability, placeholders, channel limits, and the crisis-comms rules of thumb (a first
/// public statement within 15 minutes, a promised update cadence).
public struct PlaybookLinter {
  public let playbook: Playbook
  private var diagnostics: [Diagnostic] = []
  /// The placeholder names of each template, in template order (found once, used twice).
  private let placeholderNames: [[String]]

  public init(_ playbook: Playbook) {
    self.playbook = playbook
    placeholderNames = playbook.templates.map { TemplateText.placeholders(in: $0.text).map(\.name) }
  }

  /// Every finding, unsorted.
  public static func check(_ playbook: Playbook) -> [Diagnostic] {
    var linter = PlaybookLinter(playbook)
    linter.run()
    return linter.diagnostics
  }

  /// The built-in template variables besides `role.<id>`.
  public static let builtInVariables = [
    "incident.id", "incident.title", "incident.severity", "now", "elapsed", "next_update",
    "operator",
  ]

  /// The longest the first public statement may wait: the first 15 minutes decide.
  public static let firstStatementDeadline: Duration = .seconds(15 * 60)

  private mutating func run() {
    checkReferences()
    checkDuplicateSteps()
    checkReachability()
    checkTemplates()
    checkUnused()
    checkCommsRules()
  }

  // MARK: - References

  private mutating func checkReferences() {
    // Known ids in document order (for "did you mean") and as sets (for the look-ups, which
    // must not be linear: a large playbook has thousands of steps and templates).
    let roleIDs = KnownIDs(playbook.roles.map(\.id))
    let channelIDs = KnownIDs(playbook.channels.map(\.id))
    let templateIDs = KnownIDs(playbook.templates.map(\.id))
    let stepTargets = KnownIDs(playbook.steps.map(\.id) + [Playbook.endTarget])
    for template in playbook.templates {
      require(template.channel, in: channelIDs, "channel", for: "template '\(template.id)'")
    }
    for step in playbook.steps {
      require(step.role, in: roleIDs, "role", for: "step '\(step.id)'")
      for template in step.send {
        require(template, in: templateIDs, "template", for: "step '\(step.id)'")
      }
      if let next = step.next {
        require(next, in: stepTargets, "step", for: "`next` of step '\(step.id)'")
        if next.id == step.id {
          error(at: next.position, "step '\(step.id)' continues with itself; use `every` to repeat a step")
        }
      }
      for choice in step.decision?.choices ?? [] {
        require(choice.target, in: stepTargets, "step", for: "answer '\(choice.answer)'")
      }
    }
    for inject in playbook.injects {
      if let role = inject.role { require(role, in: roleIDs, "role", for: "inject '\(inject.title)'") }
      if let channel = inject.channel {
        require(channel, in: channelIDs, "channel", for: "inject '\(inject.title)'")
      }
    }
  }

  /// Reports `reference` unless `ids` has it. `owner` names what refers (e.g. "step 'x'"); it
  /// is only built for a report, not for each of the many references that resolve.
  private mutating func require(
    _ reference: Reference, in ids: KnownIDs, _ kind: String, for owner: @autoclosure () -> String
  ) {
    guard !ids.set.contains(reference.id) else { return }
    let known = ids.ordered
    var message = "\(owner()) refers to \(kind) '\(reference.id)', which the playbook does not define"
    if let guess = EditDistance.suggestion(for: reference.id, among: known) {
      message += "; did you mean '\(guess)'?"
    } else if !known.isEmpty, known.count <= 8 {
      var unique: [String] = []
      for id in known where !unique.contains(id) { unique.append(id) }
      message += " (known: \(unique.joined(separator: ", ")))"
    }
    error(at: reference.position, message)
  }

  /// Ids in document order plus a set of them for constant-time look-ups.
  private struct KnownIDs {
    let ordered: [String]
    let set: Set<String>
    init(_ ids: [String]) {
      ordered = ids
      set = Set(ids)
    }
  }

  private mutating func checkDuplicateSteps() {
    var seen: [String: SourcePosition] = [:]
    for step in playbook.steps {
      if let first = seen[step.id] {
        error(at: step.position, "duplicate step id '\(step.id)' (first defined at \(first))")
      } else {
        seen[step.id] = step.position
      }
    }
  }

  // MARK: - Flow

  /// Steps that follow `index`: the answers of its question, its `next`, or the step below.
  public static func successors(of index: Int, in playbook: Playbook) -> [String] {
    let step = playbook.steps[index]
    if let decision = step.decision { return decision.choices.map(\.target.id) }
    if let next = step.next { return [next.id] }
    return index + 1 < playbook.steps.count ? [playbook.steps[index + 1].id] : []
  }

  private mutating func checkReachability() {
    guard !playbook.steps.isEmpty else { return }
    // The first step with each id (as `Playbook.stepIndex` finds it), without a linear search
    // per edge.
    var indexOf: [String: Int] = [:]
    for (index, step) in playbook.steps.enumerated() where indexOf[step.id] == nil { indexOf[step.id] = index }
    var reached: Set<String> = [playbook.steps[0].id]
    var queue = [0]
    let steps = playbook.steps
    func visit(_ target: String) {
      guard reached.insert(target).inserted, let next = indexOf[target] else { return }
      queue.append(next)
    }
    // The same successors as `successors(of:in:)`, without copying each step.
    while let index = queue.popLast() {
      if let decision = steps[index].decision {
        for choice in decision.choices { visit(choice.target.id) }
      } else if let next = steps[index].next {
        visit(next.id)
      } else if index + 1 < steps.count {
        visit(steps[index + 1].id)
      }
    }
    for step in playbook.steps where !reached.contains(step.id) {
      error(
        at: step.position,
        "step '\(step.id)' can never be reached: no `next`, answer or earlier step leads to it")
    }
  }

  // MARK: - Templates

  private mutating func checkTemplates() {
    let known = Set(Self.builtInVariables + playbook.variables.map(\.id) + playbook.roles.map { "role.\($0.id)" })
    let samples = Self.sampleValues(for: playbook)
    var channels: [String: Channel] = [:]
    for channel in playbook.channels where channels[channel.id] == nil { channels[channel.id] = channel }
    for (template, names) in zip(playbook.templates, placeholderNames) {
      for name in names where !known.contains(name) {
        var message = "template '\(template.id)' uses {{\(name)}}, which no variable defines"
        if let guess = EditDistance.suggestion(for: name, among: known.sorted()) {
          message += "; did you mean {{\(guess)}}?"
        } else {
          message += "; add it under `variables`"
        }
        error(at: template.textPosition, message)
      }
      guard let channel = channels[template.channel.id], let limit = channel.limit else { continue }
      let rendered = TemplateText.render(template.text, values: samples)
      // Characters (what the limit counts) are never more than UTF-8 bytes, so the costly
      // grapheme count is only needed when the bytes exceed the limit.
      guard rendered.utf8.count > limit else { continue }
      let length = rendered.count
      if length > limit {
        error(
          at: template.textPosition,
          "template '\(template.id)' is \(length) characters with the default values; \(channel.title) allows \(limit)"
        )
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
    for variable in playbook.variables { values[variable.id] = variable.defaultValue ?? variable.id }
    return values
  }

  // MARK: - Unused parts and comms rules

  private mutating func checkUnused() {
    let usedRoles = Set(playbook.steps.map(\.role.id) + playbook.injects.compactMap(\.role?.id))
    for role in playbook.roles where !usedRoles.contains(role.id) {
      warning(at: role.position, "role '\(role.id)' owns no step; remove it or give it a step")
    }
    let usedChannels = Set(playbook.templates.map(\.channel.id))
    for channel in playbook.channels where !usedChannels.contains(channel.id) {
      warning(at: channel.position, "channel '\(channel.id)' has no template; every channel needs a prepared message")
    }
    let sent = Set(playbook.steps.flatMap { $0.send.map(\.id) })
    for template in playbook.templates where !sent.contains(template.id) {
      warning(at: template.position, "template '\(template.id)' is never sent by a step")
    }
    let placeholders = Set(placeholderNames.joined())
    for variable in playbook.variables where !placeholders.contains(variable.id) {
      warning(at: variable.position, "variable '\(variable.id)' is not used by any template")
    }
  }

  private mutating func checkCommsRules() {
    guard !playbook.steps.isEmpty else { return }
    let publicChannels = Set(playbook.channels.filter { $0.audience == .public }.map(\.id))
    // Template id → whether its channel is public (the first template with an id counts, as
    // `Playbook.template` finds it).
    var isPublic: [String: Bool] = [:]
    for template in playbook.templates where isPublic[template.id] == nil {
      isPublic[template.id] = publicChannels.contains(template.channel.id)
    }
    let publicSteps = playbook.steps.filter { step in step.send.contains { isPublic[$0.id] ?? false } }
    if !publicChannels.isEmpty, !publicSteps.isEmpty {
      let deadlines = publicSteps.compactMap(\.due)
      if let first = deadlines.min(), first > Self.firstStatementDeadline, let step = publicSteps.first {
        warning(
          at: step.position,
          "the first public statement is due at T+\(first.compact); the first 15 minutes decide, so plan one by T+15m"
        )
      } else if deadlines.isEmpty, let step = publicSteps.first {
        warning(at: step.position, "step '\(step.id)' sends the first public statement but has no `due`; give it one (15m or less)")
      }
    }
    if !publicChannels.isEmpty, !playbook.steps.contains(where: { $0.every != nil }) {
      warning(
        at: playbook.position,
        "no step has `every`: promise an update cadence (e.g. every: 30m), silence is the worst answer")
    }
  }

  private mutating func error(at position: SourcePosition, _ message: String) {
    diagnostics.append(Diagnostic(.error, file: playbook.file, at: position, message))
  }

  private mutating func warning(at position: SourcePosition, _ message: String) {
    diagnostics.append(Diagnostic(.warning, file: playbook.file, at: position, message))
  }
}
