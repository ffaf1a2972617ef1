/// `crisis show`: the playbook at a glance, as the incident lead briefs the team: who holds
/// which role, where messages go, and the steps in order with deadlines, owners and branches.
public enum PlaybookOutline {
  /// Plain text, ready for a terminal or a chat paste. Text from the file is sanitised.
  public static func text(_ playbook: Playbook) -> String {
    let clean = { (s: String) in TerminalText.sanitize(s) }
    /// A role by its title, as the team knows it; its id when the playbook has no such role.
    let roleName = { (ref: Reference) in playbook.role(ref.id).map { clean($0.title) } ?? ref.id }
    var out = "\(clean(playbook.title)) (\(playbook.id)), severity \(playbook.severity.rawValue)"
    if let language = playbook.language { out += ", language \(language.rawValue)" }
    out += "\n"
    if !playbook.summary.isEmpty {
      for paragraph in clean(playbook.summary.trimmingNewlines()).split(separator: "\n") {
        for line in DisplayWidth.wrap(String(paragraph), width: 94) { out += "  \(line)\n" }
      }
    }
    if !playbook.roles.isEmpty {
      out += "\nRoles\n"
      out += table(
        playbook.roles.map { role in
          [
            role.id,
            clean(role.title) + (role.duties.map { ": " + clean($0) } ?? "")
              + (role.deputy.map { " (deputy: \(roleName($0)))" } ?? ""),
          ]
        })
    }
    if !playbook.channels.isEmpty {
      out += "\nChannels\n"
      out += table(
        playbook.channels.map { channel in
          [
            channel.id, clean(channel.title),
            channel.audience.rawValue + (channel.limit.map { ", max \($0) characters" } ?? "")
              + (channel.approve.map { ", approval: \(roleName($0))" } ?? ""),
          ]
        })
    }
    if !playbook.variables.isEmpty {
      // A fact only its role may confirm (`set_by:`) is not asked: it keeps its safe default
      // until that role sets it (VariableQuestions).
      let facts = playbook.variables.contains { $0.setBy != nil }
      out += "\nVariables (asked at start" + (facts ? "; a role's fact is set by that role" : "")
      out += ")\n"
      out += table(
        playbook.variables.map { variable in
          [
            variable.id,
            (variable.type == .time ? "(a time) " : "")
              + (variable.setBy.map { "(set by \(roleName($0))) " } ?? "") + clean(variable.prompt)
              + (variable.defaultValue.map { " [default: \(clean($0))]" } ?? ""),
          ]
        })
    }
    if !playbook.clocks.isEmpty {
      out += "\nClocks\n"
      for clock in playbook.clocks {
        let from = clock.from.map { clean($0.id) } ?? "the start"
        let kind =
          playbook.step(clock.doneBy.id) != nil
          ? "step " : playbook.template(clock.doneBy.id) != nil ? "template " : ""
        var facts = ["\(clock.within.compact) from \(from)"]
        if let role = clock.role { facts.append("owner: \(roleName(role))") }
        facts.append("met by \(kind)\(clean(clock.doneBy.id))")
        out += "  \(clean(clock.id)): \(clean(clock.title))\n"
        out += "    \(facts.joined(separator: ", "))\n"
      }
    }
    out += "\nSteps\n"
    let width = String(playbook.steps.count).count
    for (index, step) in playbook.steps.enumerated() {
      let number = String(index + 1)
      let indent = String(repeating: " ", count: width - number.count)
      var timing: [String] = []
      if let due = step.due { timing.append("due T+\(due.compact)") }
      if let every = step.every { timing.append("every \(every.compact)") }
      let owner = playbook.role(step.role.id).map { clean($0.title) } ?? step.role.id
      out += "  \(indent)\(number). \(clean(step.title))  [\(step.id)]\n"
      let pad = String(repeating: " ", count: width + 4)
      out +=
        "\(pad)owner: \(owner)" + (timing.isEmpty ? "" : ", " + timing.joined(separator: ", "))
        + "\n"
      for item in step.checklist { out += "\(pad)- \(clean(item))\n" }
      if !step.send.isEmpty {
        let sends: [String] = step.send.map { ref -> String in
          guard let template = playbook.template(ref.id) else { return ref.id }
          let channel =
            playbook.channel(template.channel.id).map { clean($0.title) } ?? template.channel.id
          let approval = playbook.approval(of: template).map { ", approval: \(roleName($0))" }
          return "\(ref.id) (\(channel)\(approval ?? ""))"
        }
        out += "\(pad)sends: \(sends.joined(separator: ", "))\n"
      }
      if let decision = step.decision {
        out += "\(pad)asks: \(clean(decision.question))\n"
        for choice in decision.choices {
          out += "\(pad)  \(clean(choice.answer)) -> \(choice.target.id)\n"
        }
      } else if let next = step.next {
        out += "\(pad)then: \(next.id)\n"
      }
    }
    if !playbook.injects.isEmpty {
      out += "\nDrill injects\n"
      out += table(
        playbook.injects.map { inject in
          ["T+\(inject.at.compact)", inject.role?.id ?? "", clean(inject.title)]
            + (inject.expect.isEmpty
              ? [] : ["(expect: \(inject.expect.map { clean($0.id) }.joined(separator: ", ")))"])
        })
    }
    return out
  }

  /// The same outline as JSON, for tools.
  public static func json(_ playbook: Playbook) -> JSONValue {
    func duration(_ d: Duration?) -> JSONValue { d.map { .string($0.compact) } ?? .null }
    func id(_ reference: Reference?) -> JSONValue { reference.map { .string($0.id) } ?? .null }
    return .object([
      ("playbook", .string(playbook.id)),
      ("title", .string(playbook.title)),
      ("summary", .string(playbook.summary)),
      ("severity", .string(playbook.severity.rawValue)),
      ("language", playbook.language.map { .string($0.rawValue) } ?? .null),
      (
        "variables",
        .array(
          playbook.variables.map {
            .object([
              ("id", .string($0.id)), ("prompt", .string($0.prompt)),
              ("default", $0.defaultValue.map(JSONValue.string) ?? .null),
              ("type", .string($0.type.rawValue)), ("set_by", id($0.setBy)),
            ])
          })
      ),
      (
        "roles",
        .array(
          playbook.roles.map {
            .object([
              ("id", .string($0.id)), ("title", .string($0.title)),
              ("duties", $0.duties.map(JSONValue.string) ?? .null),
              ("deputy", id($0.deputy)),
            ])
          })
      ),
      (
        "channels",
        .array(
          playbook.channels.map {
            .object([
              ("id", .string($0.id)), ("title", .string($0.title)),
              ("audience", .string($0.audience.rawValue)),
              ("limit", $0.limit.map { .int(Int64($0)) } ?? .null),
              ("approve", id($0.approve)),
            ])
          })
      ),
      (
        "templates",
        .array(
          playbook.templates.map {
            .object([
              ("id", .string($0.id)), ("channel", .string($0.channel.id)),
              ("approve", id(playbook.approval(of: $0))),
            ])
          })
      ),
      (
        "clocks",
        .array(
          playbook.clocks.map {
            .object([
              ("id", .string($0.id)), ("title", .string($0.title)),
              ("within", .string($0.within.compact)),
              ("from", .string($0.from?.id ?? DeadlineClock.startSource)),
              ("role", id($0.role)), ("done_by", .string($0.doneBy.id)),
            ])
          })
      ),
      (
        "steps",
        .array(
          playbook.steps.enumerated().map { index, step in
            .object([
              ("id", .string(step.id)), ("title", .string(step.title)),
              ("role", .string(step.role.id)), ("due", duration(step.due)),
              ("every", duration(step.every)),
              ("do", .array(step.checklist.map(JSONValue.string))),
              ("send", .array(step.send.map { .string($0.id) })),
              (
                "ask",
                step.decision.map { d in
                  .object([
                    ("question", .string(d.question)),
                    ("choices", .object(d.choices.map { ($0.answer, .string($0.target.id)) })),
                  ])
                } ?? .null
              ),
              (
                "next",
                .array(PlaybookLinter.successors(of: index, in: playbook).map(JSONValue.string))
              ),
            ])
          })
      ),
      (
        "injects",
        .array(
          playbook.injects.map {
            .object([
              ("at", .string($0.at.compact)), ("title", .string($0.title)),
              ("text", .string($0.text)), ("role", $0.role.map { .string($0.id) } ?? .null),
              ("channel", $0.channel.map { .string($0.id) } ?? .null),
              ("expect", .array($0.expect.map { .string($0.id) })),
            ])
          })
      ),
    ])
  }

  /// Rows aligned in columns, two spaces of indent.
  static func table(_ rows: [[String]]) -> String {
    guard let columns = rows.map(\.count).max() else { return "" }
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    var out = ""
    for row in rows {
      var line = " "
      for (i, cell) in row.enumerated() {
        line += " " + cell
        if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - cell.count + 1) }
      }
      out += line.trimmingTrailingSpaces() + "\n"
    }
    return out
  }
}

extension String {
  func trimmingNewlines() -> String {
    var s = Substring(self)
    while s.last == "\n" { s.removeLast() }
    return String(s)
  }

  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
