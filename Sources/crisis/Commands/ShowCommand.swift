import CrisisKit

/// `crisis show PLAYBOOK [--json]`: the outline of a playbook.
enum ShowCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "show", synopsis: "PLAYBOOK [--json] [--playbooks DIR]",
      summary: "outline a playbook: roles, channels, steps, deadlines, branches",
      options: [
        .init("--json", help: "print the outline as JSON"),
        .init("--playbooks", value: "DIR", help: "where to look for playbooks by name"),
      ],
      positionals: 1...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let catalog = PlaybookCatalog.standard(option: args.value("--playbooks"))
    let name = args.positionals[0]
    guard let path = catalog.resolve(name) else {
      throw CommandFailure.input(catalog.notFound(name))
    }
    let loaded = PlaybookLoader.load(path: path)
    let playbook = try loaded.valid(path: path)
    for warning in loaded.diagnostics { console.error(warning.description) }
    if args.flag("--json") {
      console.print(JSONWriter(indent: 2).string(PlaybookOutline.json(playbook)))
    } else {
      console.print(PlaybookOutline.text(playbook), terminator: "")
    }
  }
}
