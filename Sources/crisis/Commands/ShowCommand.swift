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

  static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
    guard let loaded = PlaybookCommand.load(args.positionals[0], args, console) else { return 1 }
    if args.flag("--json") {
      console.print(JSONWriter(indent: 2).string(PlaybookOutline.json(loaded)))
    } else {
      console.print(PlaybookOutline.text(loaded), terminator: "")
    }
    return 0
  }
}

/// Loading a playbook for a command that needs a valid one: errors are printed and stop it.
enum PlaybookCommand {
  static func load(_ name: String, _ args: ParsedArguments, _ console: Console) -> Playbook? {
    let catalog = PlaybookCatalog.standard(option: args.value("--playbooks"))
    guard let path = catalog.resolve(name) else {
      console.error("crisis: error: \(catalog.notFound(name))")
      return nil
    }
    let result = PlaybookLoader.load(path: path)
    for diagnostic in result.diagnostics { console.error(diagnostic.description) }
    guard let playbook = result.playbook, !result.hasErrors else { return nil }
    return playbook
  }
}
