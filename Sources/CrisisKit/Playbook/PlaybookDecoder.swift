/// Turns a parsed document into a `Playbook`, collecting every structural problem (unknown or
/// missing keys, wrong shapes, bad durations) instead of stopping at the first, so that one
/// `crisis lint` run shows the author everything to fix. References between parts are
/// checked later by `PlaybookLinter`, which needs the whole playbook.
///
/// It reads the parser's compact `YAMLDocument` directly: keys are compared as bytes, and a
/// String is made only for a value that ends up in the `Playbook`.
public struct PlaybookDecoder {
  public typealias Node = YAMLDocument.NodeID

  public let file: String
  public private(set) var diagnostics: [Diagnostic] = []
  /// The document being decoded.
  private var doc: YAMLDocument

  public init(file: String) {
    self.file = file
    doc = YAMLDocument(input: [])
  }

  static let topLevelKeys: [StaticString] = [
    "playbook", "title", "summary", "severity", "variables", "roles", "channels", "templates",
    "steps", "drill", "clocks", "language",
  ]

  /// Decodes the document; returns nil only when the document is not a mapping at all.
  public mutating func decode(_ document: YAMLDocument) -> Playbook? {
    doc = document
    defer { doc = YAMLDocument(input: []) }
    guard let root = document.root else {
      report(
        .emptyPlaybook, at: .start,
        "the playbook is empty: it needs at least `playbook`, `title` and `steps`")
      return nil
    }
    guard
      let top = fields(
        of: root, in: "the playbook", allowed: Self.topLevelKeys,
        required: ["playbook", "title", "steps"])
    else { return nil }

    var playbook = Playbook(id: "", title: "", file: file, position: doc.position(root))
    if let node = top["playbook"], let id = text(node, "playbook") {
      playbook.id = id
      playbook.position = doc.position(node)
      if !Self.isPlaybookID(id) {
        report(
          .invalidID,
          at: doc.position(node),
          "playbook id '\(id)' may only use lowercase letters, digits and dashes (e.g. website-outage)"
        )
      }
    }
    if let node = top["title"], let title = text(node, "title") { playbook.title = title }
    if let node = top["summary"], let summary = text(node, "summary") {
      playbook.summary = summary
    }
    if let node = top["severity"], let value = text(node, "severity") {
      if let severity = Severity(rawValue: value) {
        playbook.severity = severity
      } else {
        report(
          .invalidValue,
          at: doc.position(node),
          "unknown severity '\(value)'; use one of \(Severity.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
    }
    if let node = top["language"], let value = text(node, "language") {
      if let language = Language(code: value) {
        playbook.language = language
      } else {
        report(
          .invalidValue, at: doc.position(node),
          "unknown language '\(value)'; use one of \(Language.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
    }
    if let node = top["variables"] {
      playbook.variables = entries(node, "variables") { $0.variable($1, $2, $3) }
    }
    if let node = top["roles"] { playbook.roles = entries(node, "roles") { $0.role($1, $2, $3) } }
    if let node = top["channels"] {
      playbook.channels = entries(node, "channels") { $0.channel($1, $2, $3) }
    }
    if let node = top["templates"] {
      playbook.templates = entries(node, "templates") { $0.template($1, $2, $3) }
    }
    if let node = top["steps"] {
      if let items = list(node, "steps") {
        if items.isEmpty {
          report(
            .emptyValue, at: doc.position(node),
            "`steps` is empty: a playbook needs at least one step")
        }
        // Assigned once: the playbook re-indexes its steps on every assignment.
        var steps: [Step] = []
        steps.reserveCapacity(items.count)
        for item in items {
          if let step = step(item) { steps.append(step) }
        }
        playbook.steps = steps
      }
    }
    if let node = top["clocks"] {
      playbook.clocks = entries(node, "clocks") { $0.clock($1, $2, $3) }
    }
    if let node = top["drill"],
      let drill = fields(of: node, in: "drill", allowed: ["injects"], required: []),
      let injectsNode = drill["injects"], let items = list(injectsNode, "drill.injects")
    {
      playbook.injects = items.compactMap { inject($0) }
    }
    return playbook
  }

  // MARK: - Parts

  private mutating func variable(_ id: String, _ node: Node, _ key: Node) -> Variable? {
    checkName(id, key, "variable")
    // Shorthand: `product: our shop` is a variable with that default.
    if doc.isScalar(node) {
      return Variable(
        id: id, prompt: id, defaultValue: doc.isNull(node) ? nil : doc.text(node),
        position: doc.position(key))
    }
    guard
      let f = fields(
        of: node, in: "variable '\(id)'", allowed: ["prompt", "default", "type", "set_by"],
        required: ["prompt"])
    else { return nil }
    let prompt = f["prompt"].flatMap { text($0, "prompt") } ?? id
    var defaultValue: String?
    var defaultNode: Node?
    if let d = f["default"], isScalar(d, "default"), !doc.isNull(d) {
      defaultValue = doc.text(d)
      defaultNode = d
    }
    var variable = Variable(
      id: id, prompt: prompt, defaultValue: defaultValue, position: doc.position(key))
    variable.setBy = f["set_by"].flatMap { reference($0, "set_by") }
    if let node = f["type"], let value = text(node, "type") {
      if let type = VariableType(rawValue: value) {
        variable.type = type
      } else {
        let options = VariableType.allCases.map(\.rawValue).joined(separator: " or ")
        report(
          .invalidValue, at: doc.position(node),
          "unknown variable type '\(value)'; use \(options) (a time is written 16:52, -20m or 2026-11-21T16:52:00+01:00)"
        )
      }
    }
    if variable.type == .time, let defaultValue, let defaultNode {
      checkTimeDefault(defaultValue, of: variable, at: doc.position(defaultNode))
    }
    return variable
  }

  /// A `type: time` variable's default is what the operator gets on Enter, read like an
  /// answer, so it must be a time. Read against the latest time RFC 3339 can write: the
  /// playbook is checked long before it is run, so only what could never be a time is refused.
  private mutating func checkTimeDefault(
    _ value: String, of variable: Variable, at position: SourcePosition
  ) {
    let latest = Timestamp(milliseconds: Timestamp.latestWritable - 86_400_000)
    guard case .failure(let failure) = variable.value(from: value, now: latest) else { return }
    let problem =
      switch failure {
      case .tooEarly: "is before 1970-01-01"
      case .malformed, .future: "is not a time"
      }
    report(
      .invalidTime, at: position,
      "the default '\(value)' of time variable '\(variable.id)' \(problem); write \(Variable.timeForms) (-0m: when the incident starts), or leave the default out"
    )
  }

  private mutating func role(_ id: String, _ node: Node, _ key: Node) -> Role? {
    checkName(id, key, "role")
    guard
      let f = fields(
        of: node, in: "role '\(id)'", allowed: ["title", "duties", "deputy"], required: ["title"])
    else { return nil }
    return Role(
      id: id, title: f["title"].flatMap { text($0, "title") } ?? id,
      duties: f["duties"].flatMap { text($0, "duties") },
      deputy: f["deputy"].flatMap { reference($0, "deputy") }, position: doc.position(key))
  }

  private mutating func channel(_ id: String, _ node: Node, _ key: Node) -> Channel? {
    checkName(id, key, "channel")
    guard
      let f = fields(
        of: node, in: "channel '\(id)'", allowed: ["title", "audience", "limit", "approve"],
        required: ["title", "audience"])
    else { return nil }
    var audience = ChannelAudience.internal
    if let node = f["audience"], let value = text(node, "audience") {
      if let a = ChannelAudience(rawValue: value) {
        audience = a
      } else {
        let options = ChannelAudience.allCases.map(\.rawValue).joined(separator: ", ")
        report(
          .invalidValue, at: doc.position(node),
          "unknown audience '\(value)'; use one of \(options)")
      }
    }
    var limit: Int?
    if let node = f["limit"] {
      if doc.style(node) == .plain, let n = doc.text(node).flatMap({ Int($0) }), n > 0 {
        limit = n
      } else {
        report(
          .invalidValue,
          at: doc.position(node), "`limit` must be a positive whole number of characters, e.g. 280")
      }
    }
    return Channel(
      id: id, title: f["title"].flatMap { text($0, "title") } ?? id, audience: audience,
      limit: limit, approve: f["approve"].flatMap { reference($0, "approve") },
      position: doc.position(key))
  }

  private mutating func template(_ id: String, _ node: Node, _ key: Node) -> Template? {
    guard
      let f = fields(
        of: node, in: "template '\(id)'", allowed: ["channel", "text", "approve", "after"],
        required: ["channel", "text"]),
      let channelNode = f["channel"], let channel = text(channelNode, "channel"),
      let textNode = f["text"], let body = text(textNode, "text")
    else { return nil }
    return Template(
      id: id, channel: Reference(channel, at: doc.position(channelNode)), text: body,
      approve: f["approve"].flatMap { reference($0, "approve") },
      after: f["after"].map { texts($0, "after").map { Reference($0.0, at: $0.1) } } ?? [],
      position: doc.position(key), textPosition: doc.position(textNode))
  }

  static let clockKeys: [StaticString] = ["title", "within", "from", "role", "done_by"]

  /// A `clocks:` entry. Its id and its references are checked by the linter, which also
  /// serves playbooks built in code; here only its shape and its duration.
  private mutating func clock(_ id: String, _ node: Node, _ key: Node) -> DeadlineClock? {
    guard
      let f = fields(
        of: node, in: "clock '\(id)'", allowed: Self.clockKeys,
        required: ["title", "within", "done_by"]),
      let withinNode = f["within"], let within = duration(withinNode, "within"),
      let doneByNode = f["done_by"], let doneBy = reference(doneByNode, "done_by")
    else { return nil }
    var from: Reference?
    if let node = f["from"], let source = reference(node, "from"),
      source.id != DeadlineClock.startSource
    {
      from = source
    }
    return DeadlineClock(
      id: id, title: f["title"].flatMap { text($0, "title") } ?? id, within: within, from: from,
      role: f["role"].flatMap { reference($0, "role") }, doneBy: doneBy,
      position: doc.position(key))
  }

  static let stepKeys: [StaticString] = [
    "id", "title", "role", "due", "do", "ask", "send", "every", "next",
  ]

  private mutating func step(_ node: Node) -> Step? {
    guard
      let f = fields(
        of: node, in: "a step", allowed: Self.stepKeys, required: ["id", "title", "role"]),
      let idNode = f["id"], let id = text(idNode, "id"),
      let roleNode = f["role"], let role = text(roleNode, "role")
    else { return nil }
    if !Self.isStepID(id) {
      report(
        .invalidID,
        at: doc.position(idNode),
        "step id '\(id)' may only use lowercase letters, digits, dashes and underscores")
    } else if id == Playbook.endTarget {
      report(
        .invalidID,
        at: doc.position(idNode), "`end` is reserved for \"stop here\"; name the step differently")
    }
    var step = Step(
      id: id, title: f["title"].flatMap { text($0, "title") } ?? id,
      role: Reference(role, at: doc.position(roleNode)), due: nil, checklist: [], decision: nil,
      send: [], every: nil, next: nil, position: doc.position(idNode))
    if let n = f["due"] { step.due = duration(n, "due") }
    if let n = f["every"] {
      step.every = duration(n, "every")
      if step.every == .zero {
        report(.invalidValue, at: doc.position(n), "`every` must be longer than 0s")
      }
    }
    if let n = f["do"] { step.checklist = texts(n, "do").map(\.0) }
    if let n = f["send"] {
      step.send = texts(n, "send").map { Reference($0.0, at: $0.1) }
    }
    if let n = f["next"], let target = text(n, "next") {
      step.next = Reference(target, at: doc.position(n))
    }
    if let n = f["ask"] { step.decision = decision(n) }
    if let decision = step.decision, let next = step.next {
      report(
        .conflictingKeys, at: next.position,
        "a step with `ask` continues by the answer's choice; remove `next` or the question",
        notes: [Diagnostic.Note("the question is here", at: decision.position)])
    }
    return step
  }

  private mutating func decision(_ node: Node) -> Decision? {
    guard
      let f = fields(
        of: node, in: "ask", allowed: ["question", "choices"], required: ["question", "choices"]),
      let questionNode = f["question"], let question = text(questionNode, "question"),
      let choicesNode = f["choices"]
    else { return nil }
    guard doc.kind(choicesNode) == .mapping else {
      report(
        .wrongShape,
        at: doc.position(choicesNode),
        "`choices` must map each answer to a step id or `end`, e.g. { visible: go-public, no: watch }"
      )
      return nil
    }
    var choices: [Decision.Choice] = []
    for i in 0..<doc.count(choicesNode) {
      let key = doc.key(choicesNode, i)
      let value = doc.value(choicesNode, i)
      guard let answer = doc.text(key), let target = text(value, "a choice's target")
      else { continue }
      choices.append(
        Decision.Choice(answer: answer, target: Reference(target, at: doc.position(value))))
    }
    if choices.count < 2 {
      report(.tooFewChoices, at: doc.position(choicesNode), "a decision needs at least two choices")
    }
    return Decision(question: question, choices: choices, position: doc.position(node))
  }

  private mutating func inject(_ node: Node) -> Inject? {
    guard
      let f = fields(
        of: node, in: "an inject", allowed: ["at", "title", "text", "role", "channel", "expect"],
        required: ["at", "title", "text"]),
      let atNode = f["at"], let at = duration(atNode, "at")
    else { return nil }
    return Inject(
      at: at, title: f["title"].flatMap { text($0, "title") } ?? "",
      text: f["text"].flatMap { text($0, "text") } ?? "",
      role: f["role"].flatMap { n in text(n, "role").map { Reference($0, at: doc.position(n)) } },
      channel: f["channel"].flatMap { n in
        text(n, "channel").map { Reference($0, at: doc.position(n)) }
      },
      expect: f["expect"].map { texts($0, "expect").map { Reference($0.0, at: $0.1) } } ?? [],
      position: doc.position(node))
  }

  // MARK: - Shapes

  /// The keys of a mapping, after checking them against what is allowed and required.
  /// `context` names the mapping in messages; it is only built when there is one to report
  /// (a large playbook has tens of thousands of mappings and almost never a problem).
  private mutating func fields(
    of node: Node, in context: @autoclosure () -> String, allowed: [StaticString],
    required: [StaticString]
  ) -> Fields? {
    guard doc.kind(node) == .mapping else {
      report(
        .wrongShape,
        at: doc.position(node), "\(context()) must be a mapping of keys (\(Self.list(allowed)))")
      return nil
    }
    let result = Fields(doc: doc, mapping: node)
    for i in 0..<doc.count(node) {
      let keyNode = doc.key(node, i)
      guard doc.isScalar(keyNode) else { continue }
      if allowed.contains(where: { doc.textEquals(keyNode, $0) }) { continue }
      let key = doc.text(keyNode) ?? ""
      if let guess = EditDistance.suggestion(for: key, among: allowed.map(\.description)) {
        report(
          .unknownKey,
          at: doc.position(keyNode),
          "unknown key '\(key)' in \(context()); did you mean '\(guess)'?")
      } else {
        report(
          .unknownKey,
          at: doc.position(keyNode),
          "unknown key '\(key)' in \(context()); expected one of \(Self.list(allowed))")
      }
    }
    for key in required where result[key] == nil {
      report(.missingKey, at: doc.position(node), "\(context()) is missing `\(key)`")
    }
    return result
  }

  /// `a, b, c` for a message.
  private static func list(_ keys: [StaticString]) -> String {
    keys.map(\.description).joined(separator: ", ")
  }

  /// A mapping whose keys `fields` has checked: look-ups are only made for allowed keys.
  /// A handful of pairs at most, so a linear search over the key bytes beats hashing (a large
  /// playbook has tens of thousands of these mappings). Keys are `StaticString`s: their bytes
  /// are compared in place, without going through a String's storage.
  struct Fields {
    let doc: YAMLDocument
    let mapping: Node
    subscript(key: StaticString) -> Node? { doc.value(mapping, forKey: key) }
  }

  /// A mapping of id → entry, decoded by `decodeEntry`, in document order.
  private mutating func entries<T>(
    _ node: Node, _ what: String,
    _ decodeEntry: (inout PlaybookDecoder, String, Node, Node) -> T?
  ) -> [T] {
    if doc.isNull(node) { return [] }
    guard doc.kind(node) == .mapping else {
      report(.wrongShape, at: doc.position(node), "`\(what)` must be a mapping of id: { … }")
      return []
    }
    var result: [T] = []
    result.reserveCapacity(doc.count(node))
    for i in 0..<doc.count(node) {
      let key = doc.key(node, i)
      guard let id = doc.text(key) else { continue }
      if let value = decodeEntry(&self, id, doc.value(node, i), key) { result.append(value) }
    }
    return result
  }

  private mutating func list(_ node: Node, _ what: String) -> [Node]? {
    if let items = doc.items(node) { return items }
    report(
      .wrongShape, at: doc.position(node), "`\(what)` must be a list (lines starting with `- `)")
    return nil
  }

  /// Whether the node is a scalar; reports it if not.
  private mutating func isScalar(_ node: Node, _ what: String) -> Bool {
    if doc.isScalar(node) { return true }
    report(
      .wrongShape, at: doc.position(node), "`\(what)` must be a single value, not a list or mapping"
    )
    return false
  }

  /// A required piece of text; null or empty is reported.
  private mutating func text(_ node: Node, _ what: String) -> String? {
    guard isScalar(node, what) else { return nil }
    if doc.isNull(node) || doc.textEquals(node, "") {
      report(.emptyValue, at: doc.position(node), "`\(what)` is empty")
      return nil
    }
    return doc.text(node)
  }

  /// A list of texts; a single text is accepted as a list of one.
  private mutating func texts(_ node: Node, _ what: String) -> [(String, SourcePosition)] {
    if doc.isScalar(node) {
      return text(node, what).map { [($0, doc.position(node))] } ?? []
    }
    guard let items = list(node, what) else { return [] }
    return items.compactMap { item in text(item, what).map { ($0, doc.position(item)) } }
  }

  /// A required id naming another part, with where it is written.
  private mutating func reference(_ node: Node, _ what: String) -> Reference? {
    text(node, what).map { Reference($0, at: doc.position(node)) }
  }

  private mutating func duration(_ node: Node, _ what: String) -> Duration? {
    guard let value = text(node, what) else { return nil }
    if let d = Duration.parse(value) { return d }
    report(
      .invalidDuration,
      at: doc.position(node), "`\(what)`: '\(value)' is not a duration; write e.g. 90s, 15m, 1h30m")
    return nil
  }

  private mutating func checkName(_ id: String, _ key: Node, _ what: String) {
    if !TemplateText.isName(id) || id.contains(".") {
      report(
        .invalidID,
        at: doc.position(key),
        "\(what) id '\(id)' may only use letters, digits, dashes and underscores (it is used in {{placeholders}})"
      )
    }
  }

  private mutating func report(
    _ kind: Diagnostic.Kind, at position: SourcePosition, _ message: String,
    notes: [Diagnostic.Note] = []
  ) {
    diagnostics.append(Diagnostic(.error, kind, file: file, at: position, message, notes: notes))
  }

  // MARK: - Rules for names and values

  static func isPlaybookID(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-")
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }

  static func isStepID(_ id: String) -> Bool {
    !id.isEmpty
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
      }
  }

}
