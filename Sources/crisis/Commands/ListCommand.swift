import CrisisKit

/// `crisis list [--json]`: the incidents in the log directory, newest first.
enum ListCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "list", synopsis: "[--json] [--log-dir DIR]",
      summary: "incidents in the log dir, newest first",
      options: [.init("--json", help: "print the list as JSON"), IncidentCommand.logDirOption]),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
    let directory = IncidentDirectory.resolve(option: args.value("--log-dir"))
    let (found, problems) = IncidentDirectory.summaries(in: directory)
    for problem in problems { console.error(TerminalText.sanitize(problem)) }
    let incidents = IncidentSelection.newestFirst(found)
    if args.flag("--json") {
      let items: [JSONValue] = incidents.map { i in
        .object([
          ("id", .string(i.id)), ("mode", .string(i.mode.rawValue)),
          ("status", .string(i.status.rawValue)),
          ("started", i.startedAt.map { .string($0.rfc3339) } ?? .null),
          ("title", .string(i.title)),
          ("playbook", .string(i.playbook)), ("path", .string(i.path)),
        ])
      }
      console.print(JSONWriter(indent: 2).string(.array(items)))
      return 0
    }
    guard !incidents.isEmpty else {
      console.print(
        "No incidents in \(directory). `crisis start` begins one; `crisis drill` practises one.")
      return 0
    }
    let rows = incidents.map { i -> [String] in
      let started = i.startedAt.map { String($0.rfc3339.prefix(16)).replacingT() } ?? "?"
      return [
        i.id, i.mode.rawValue, i.status.rawValue, started, TerminalText.sanitize(i.title),
        i.playbook,
      ]
    }
    let header = ["ID", "MODE", "STATE", "STARTED", "TITLE", "PLAYBOOK"]
    let table = [header] + rows
    var widths = [Int](repeating: 0, count: header.count)
    for row in table {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
    }
    for row in table {
      var line = ""
      for (i, cell) in row.enumerated() {
        line += cell
        if i < row.count - 1 {
          line += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell) + 2)
        }
      }
      console.print(line)
    }
    return 0
  }
}

extension String {
  /// `2026-11-21T17:03` → `2026-11-21 17:03`.
  func replacingT() -> String { String(map { $0 == "T" ? " " : $0 }) }
}
