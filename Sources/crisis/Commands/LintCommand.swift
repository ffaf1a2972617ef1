import CrisisKit

/// `crisis lint PLAYBOOK...`: every problem in every file, compiler style, sorted by place.
enum LintCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "lint", synopsis: "PLAYBOOK... [--playbooks DIR]",
      summary: "check playbooks: FILE:LINE:COL: error|warning: message",
      discussion: """
        Lists every problem, not just the first: references to roles, channels, templates,
        steps and variables; duplicate ids; unknown keys; durations; unreachable steps;
        messages longer than their channel allows. Exit 1 when there is any error.
        """,
      options: [.init("--playbooks", value: "DIR", help: "where to look for playbooks by name")],
      positionals: 1...1, unlimited: true),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let catalog = PlaybookCatalog.standard(option: args.value("--playbooks"))
    var errors = 0
    var warnings = 0
    for name in args.positionals {
      let path = catalog.resolve(name) ?? name
      let result = PlaybookLoader.load(path: path)
      for diagnostic in result.diagnostics {
        console.error(diagnostic.rendered(source: result.bytes, excerpts: console.stderrIsTerminal))
        if diagnostic.severity == .error { errors += 1 } else { warnings += 1 }
      }
    }
    if errors + warnings > 0 {
      console.error("\(count(errors, "error")), \(count(warnings, "warning"))")
    }
    // The diagnostics are lint's output; an error among them is what makes it fail.
    if errors > 0 { throw CommandFailure.shown }
  }

  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
