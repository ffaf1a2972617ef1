import CrisisKit

/// `crisis convert FILE`: the YAML-like document as JSON, keys in file order, for jq and
/// other tools; also shows exactly how `crisis` reads each value (YAML 1.2 core schema).
enum ConvertCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "convert", synopsis: "FILE [--compact]", summary: "the YAML-like document as JSON on stdout",
      discussion: """
        Values are typed by the YAML 1.2 core schema: `yes` stays text, `0x1F` is 31, `.inf`
        has no JSON form and is written as the string ".inf". Keys keep their order.
        """,
      options: [.init("--compact", help: "one line instead of indented")],
      positionals: 1...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let path = args.positionals[0]
    let bytes = try FileSystem.readFile(path)
    let node: YAMLNode?
    do {
      node = try YAMLParser.parse(bytes)
    } catch {
      throw error.diagnostic(file: path)
    }
    guard let node else { return console.print("null") }
    console.print(JSONWriter(indent: args.flag("--compact") ? 0 : 2).string(node.jsonValue))
  }
}
