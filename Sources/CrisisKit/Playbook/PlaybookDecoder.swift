/// Turns a parsed document into a `Playbook`, collecting every structural problem (unknown or
/// missing keys, wrong shapes, bad durations) instead of stopping at the first, so that one
/// `crisis lint` run shows the author everything to fix. References between parts are
/// checked later by `PlaybookLinter`, which needs the whole playbook.
public struct PlaybookDecoder {
  public let file: String
  public private(set) var diagnostics: [Diagnostic] = []

  public init(file: String) { self.file = file }

  static let topLevelKeys = [
    "playbook", "title", "summary", "severity", "variables", "roles", "channels", "templates",
    "steps", "drill",
  ]

  /// Decodes the document; returns nil only when the document is not a mapping at all.
  public mutating func decode(_ root: YAMLNode?) -> Playbook? {
    guard let root else {
      report(at: .start, "the playbook is empty: it needs at least `playbook`, `title` and `steps`")
      return nil
    }
    guard
      let top = fields(
        of: root, in: "the playbook", allowed: Self.topLevelKeys,
        required: ["playbook", "title", "steps"])
    else { return nil }

    var playbook = Playbook(id: "", title: "", file: file, position: root.position)
    if let node = top["playbook"], let id = text(node, "playbook") {
      playbook.id = id
      playbook.position = node.position
      if !Self.isPlaybookID(id) {
        report(
          at: node.position,
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
          at: node.position,
          "unknown severity '\(value)'; use one of \(Severity.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
    }
    if let node = top["variables"] { playbook.variables = entries(node, "variables") { $0.variable($1, $2, $3) } }
    if let node = top["roles"] { playbook.roles = entries(node, "roles") { $0.role($1, $2, $3) } }
    if let node = top["channels"] { playbook.channels = entries(node, "channels") { $0.channel($1, $2, $3) } }
    if let node = top["templates"] { playbook.templates = entries(node, "templates") { $0.template($1, $2, $3) } }
    if let node = top["steps"] {
      if let items = list(node, "steps") {
        if items.isEmpty { report(at: node.position, "`steps` is empty: a playbook needs at least one step") }
        playbook.steps = items.compactMap { step($0) }
      }
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

  private mutating func variable(_ id: String, _ node: YAMLNode, _ key: YAMLNode) -> Variable? {
    checkName(id, key, "variable")
    // Shorthand: `product: our shop` is a variable with that default.
    if let scalar = node.scalar {
      return Variable(
        id: id, prompt: id, defaultValue: Self.isNull(scalar) ? nil : scalar.text,
        position: key.position)
    }
    guard
      let f = fields(
        of: node, in: "variable '\(id)'", allowed: ["prompt", "default"], required: ["prompt"])
    else { return nil }
    let prompt = f["prompt"].flatMap { text($0, "prompt") } ?? id
    var defaultValue: String?
    if let d = f["default"], let scalar = scalarValue(d, "default"), !Self.isNull(scalar) {
      defaultValue = scalar.text
    }
    return Variable(id: id, prompt: prompt, defaultValue: defaultValue, position: key.position)
  }

  private mutating func role(_ id: String, _ node: YAMLNode, _ key: YAMLNode) -> Role? {
    checkName(id, key, "role")
    guard
      let f = fields(of: node, in: "role '\(id)'", allowed: ["title", "duties"], required: ["title"])
    else { return nil }
    return Role(
      id: id, title: f["title"].flatMap { text($0, "title") } ?? id,
      duties: f["duties"].flatMap { text($0, "duties") }, position: key.position)
  }

  private mutating func channel(_ id: String, _ node: YAMLNode, _ key: YAMLNode) -> Channel? {
    checkName(id, key, "channel")
    guard
      let f = fields(
        of: node, in: "channel '\(id)'", allowed: ["title", "audience", "limit"],
        required: ["title", "audience"])
    else { return nil }
    var audience = Audience.internal
    if let node = f["audience"], let value = text(node, "audience") {
      if let a = Audience(rawValue: value) {
        audience = a
      } else {
        let options = Audience.allCases.map(\.rawValue).joined(separator: ", ")
        report(at: node.position, "unknown audience '\(value)'; use one of \(options)")
      }
    }
    var limit: Int?
    if let node = f["limit"] {
      if let scalar = node.scalar, scalar.style == .plain, let n = Int(scalar.text), n > 0 {
        limit = n
      } else {
        report(at: node.position, "`limit` must be a positive whole number of characters, e.g. 280")
      }
    }
    return Channel(
      id: id, title: f["title"].flatMap { text($0, "title") } ?? id, audience: audience,
      limit: limit, position: key.position)
  }

  private mutating func template(_ id: String, _ node: YAMLNode, _ key: YAMLNode) -> Template? {
    guard
      let f = fields(
        of: node, in: "template '\(id)'", allowed: ["channel", "text"],
        required: ["channel", "text"]),
      let channelNode = f["channel"], let channel = text(channelNode, "channel"),
      let textNode = f["text"], let body = text(textNode, "text")
    else { return nil }
    return Template(
      id: id, channel: Reference(channel, at: channelNode.position), text: body,
      position: key.position, textPosition: textNode.position)
  }

  static let stepKeys = ["id", "title", "role", "due", "do", "ask", "send", "every", "next"]

  private mutating func step(_ node: YAMLNode) -> Step? {
    guard
      let f = fields(
        of: node, in: "a step", allowed: Self.stepKeys, required: ["id", "title", "role"]),
      let idNode = f["id"], let id = text(idNode, "id"),
      let roleNode = f["role"], let role = text(roleNode, "role")
    else { return nil }
    if !Self.isStepID(id) {
      report(
        at: idNode.position,
        "step id '\(id)' may only use lowercase letters, digits, dashes and underscores")
    } else if id == Playbook.endTarget {
      report(at: idNode.position, "`end` is reserved for \"stop here\"; name the step differently")
    }
    var step = Step(
      id: id, title: f["title"].flatMap { text($0, "title") } ?? id,
      role: Reference(role, at: roleNode.position), due: nil, checklist: [], decision: nil,
      send: [], every: nil, next: nil, position: idNode.position)
    if let n = f["due"] { step.due = duration(n, "due") }
    if let n = f["every"] {
      step.every = duration(n, "every")
      if step.every == .zero { report(at: n.position, "`every` must be longer than 0s") }
    }
    if let n = f["do"] { step.checklist = texts(n, "do").map(\.0) }
    if let n = f["send"] {
      step.send = texts(n, "send").map { Reference($0.0, at: $0.1) }
    }
    if let n = f["next"], let target = text(n, "next") {
      step.next = Reference(target, at: n.position)
    }
    if let n = f["ask"] { step.decision = decision(n) }
    if step.decision != nil, let next = step.next {
      report(
        at: next.position,
        "a step with `ask` continues by the answer's choice; remove `next` or the question")
    }
    return step
  }

  private mutating func decision(_ node: YAMLNode) -> Decision? {
    guard
      let f = fields(
        of: node, in: "ask", allowed: ["question", "choices"], required: ["question", "choices"]),
      let questionNode = f["question"], let question = text(questionNode, "question"),
      let choicesNode = f["choices"]
    else { return nil }
    guard let pairs = choicesNode.mapping else {
      report(
        at: choicesNode.position,
        "`choices` must map each answer to a step id or `end`, e.g. { visible: go-public, no: watch }"
      )
      return nil
    }
    var choices: [Decision.Choice] = []
    for pair in pairs {
      guard let answer = pair.key.scalar?.text, let target = text(pair.value, "a choice's target")
      else { continue }
      choices.append(
        Decision.Choice(answer: answer, target: Reference(target, at: pair.value.position)))
    }
    if choices.count < 2 {
      report(at: choicesNode.position, "a decision needs at least two choices")
    }
    return Decision(question: question, choices: choices, position: node.position)
  }

  private mutating func inject(_ node: YAMLNode) -> Inject? {
    guard
      let f = fields(
        of: node, in: "an inject", allowed: ["at", "title", "text", "role", "channel"],
        required: ["at", "title", "text"]),
      let atNode = f["at"], let at = duration(atNode, "at")
    else { return nil }
    return Inject(
      at: at, title: f["title"].flatMap { text($0, "title") } ?? "",
      text: f["text"].flatMap { text($0, "text") } ?? "",
      role: f["role"].flatMap { n in text(n, "role").map { Reference($0, at: n.position) } },
      channel: f["channel"].flatMap { n in text(n, "channel").map { Reference($0, at: n.position) } },
      position: node.position)
  }

  // MARK: - Shapes

  /// The keys of a mapping, after checking them against what is allowed and required.
  /// `context` names the mapping in messages; it is only built when there is one to report
  /// (a large playbook has tens of thousands of mappings and almost never a problem).
  private mutating func fields(
    of node: YAMLNode, in context: @autoclosure () -> String, allowed: [String], required: [String]
  ) -> Fields? {
    guard let pairs = node.mapping else {
      report(at: node.position, "\(context()) must be a mapping of keys (\(allowed.joined(separator: ", ")))")
      return nil
    }
    var result = Fields()
    for pair in pairs {
      guard let key = pair.key.scalar?.text else { continue }
      if allowed.contains(key) {
        result.pairs.append((key, pair.value))
      } else if let guess = EditDistance.suggestion(for: key, among: allowed) {
        report(at: pair.key.position, "unknown key '\(key)' in \(context()); did you mean '\(guess)'?")
      } else {
        report(
          at: pair.key.position,
          "unknown key '\(key)' in \(context()); expected one of \(allowed.joined(separator: ", "))")
      }
    }
    for key in required where result[key] == nil {
      report(at: node.position, "\(context()) is missing `\(key)`")
    }
    return result
  }

  /// The allowed keys of one mapping and their values. A handful at most, so a linear search
  /// beats hashing (a large playbook has tens of thousands of these mappings).
  struct Fields {
    var pairs: [(String, YAMLNode)] = []
    subscript(key: String) -> YAMLNode? { pairs.first { $0.0 == key }?.1 }
  }

  /// A mapping of id → entry, decoded by `decodeEntry`, in document order.
  private mutating func entries<T>(
    _ node: YAMLNode, _ what: String,
    _ decodeEntry: (inout PlaybookDecoder, String, YAMLNode, YAMLNode) -> T?
  ) -> [T] {
    if let scalar = node.scalar, Self.isNull(scalar) { return [] }
    guard let pairs = node.mapping else {
      report(at: node.position, "`\(what)` must be a mapping of id: { … }")
      return []
    }
    var result: [T] = []
    for pair in pairs {
      guard let id = pair.key.scalar?.text else { continue }
      if let value = decodeEntry(&self, id, pair.value, pair.key) { result.append(value) }
    }
    return result
  }

  private mutating func list(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
    if let items = node.sequence { return items }
    report(at: node.position, "`\(what)` must be a list (lines starting with `- `)")
    return nil
  }

  private mutating func scalarValue(_ node: YAMLNode, _ what: String) -> YAMLScalar? {
    if let scalar = node.scalar { return scalar }
    report(at: node.position, "`\(what)` must be a single value, not a list or mapping")
    return nil
  }

  /// A required piece of text; null or empty is reported.
  private mutating func text(_ node: YAMLNode, _ what: String) -> String? {
    guard let scalar = scalarValue(node, what) else { return nil }
    if Self.isNull(scalar) || scalar.text.isEmpty {
      report(at: node.position, "`\(what)` is empty")
      return nil
    }
    return scalar.text
  }

  /// A list of texts; a single text is accepted as a list of one.
  private mutating func texts(_ node: YAMLNode, _ what: String) -> [(String, SourcePosition)] {
    if node.scalar != nil {
      return text(node, what).map { [($0, node.position)] } ?? []
    }
    guard let items = list(node, what) else { return [] }
    return items.compactMap { item in text(item, what).map { ($0, item.position) } }
  }

  private mutating func duration(_ node: YAMLNode, _ what: String) -> Duration? {
    guard let value = text(node, what) else { return nil }
    if let d = Duration.parse(value) { return d }
    report(at: node.position, "`\(what)`: '\(value)' is not a duration; write e.g. 90s, 15m, 1h30m")
    return nil
  }

  private mutating func checkName(_ id: String, _ key: YAMLNode, _ what: String) {
    if !TemplateText.isName(id) || id.contains(".") {
      report(
        at: key.position,
        "\(what) id '\(id)' may only use letters, digits, dashes and underscores (it is used in {{placeholders}})"
      )
    }
  }

  private mutating func report(at position: SourcePosition, _ message: String) {
    diagnostics.append(Diagnostic(.error, file: file, at: position, message))
  }

  // MARK: - Rules for names and values

  static func isPlaybookID(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-")
      && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }

  static func isStepID(_ id: String) -> Bool {
    !id.isEmpty
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
      }
  }

  /// YAML 1.2 core schema null: only plain scalars can be null.
  static func isNull(_ scalar: YAMLScalar) -> Bool {
    scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.text)
  }
}
