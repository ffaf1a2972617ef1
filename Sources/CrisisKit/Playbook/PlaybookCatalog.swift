/// Finds playbooks by name along the search path: `--playbooks DIR`, `$CRISIS_PLAYBOOKS`,
/// `./Playbooks` (and their sub-folders, e.g. `Playbooks/de/`), so the operator can type
/// `crisis start website-outage` instead of a path.
public struct PlaybookCatalog: Sendable {
  public var directories: [String]

  public init(directories: [String]) { self.directories = directories }

  /// The search path from the command line option and the environment.
  public static func standard(option: String?) -> PlaybookCatalog {
    var dirs: [String] = []
    if let option { dirs.append(option) }
    if let env = FileSystem.environment("CRISIS_PLAYBOOKS") {
      dirs += env.split(separator: ":").map(String.init)
    }
    dirs.append("Playbooks")
    return PlaybookCatalog(directories: dirs)
  }

  public struct Entry: Sendable, Hashable {
    /// File name without `.yml` (the playbook's id by convention).
    public var name: String
    public var path: String
  }

  /// Every `.yml`/`.yaml` file under the search path, first directory first, sorted by path.
  public func entries() -> [Entry] {
    var result: [Entry] = []
    var seen: Set<String> = []
    for directory in directories {
      collect(directory, depth: 0, into: &result, seen: &seen)
    }
    return result
  }

  private func collect(
    _ directory: String, depth: Int, into result: inout [Entry], seen: inout Set<String>
  ) {
    guard depth < 4 else { return }
    var subdirectories: [String] = []
    for name in FileSystem.contents(of: directory) where !name.hasPrefix(".") {
      let path = FileSystem.join(directory, name)
      if let stem = Self.stem(name), FileSystem.isFile(path) {
        if seen.insert(path).inserted { result.append(Entry(name: stem, path: path)) }
      } else if FileSystem.isDirectory(path) {
        subdirectories.append(path)
      }
    }
    for sub in subdirectories { collect(sub, depth: depth + 1, into: &result, seen: &seen) }
  }

  /// The file name without `.yml` / `.yaml`; nil for other files.
  static func stem(_ name: String) -> String? {
    for ext in [".yml", ".yaml"] where name.hasSuffix(ext) && name.count > ext.count {
      return String(name.dropLast(ext.count))
    }
    return nil
  }

  /// A path as given when it names a file, else the first playbook with that name.
  public func resolve(_ nameOrPath: String) -> String? {
    if FileSystem.isFile(nameOrPath) { return nameOrPath }
    // `de/webshop-ausfall` or `de/webshop-ausfall.yml`, relative to a playbook folder.
    for directory in directories {
      for candidate in [nameOrPath, nameOrPath + ".yml", nameOrPath + ".yaml"] {
        let path = FileSystem.join(directory, candidate)
        if FileSystem.isFile(path) { return path }
      }
    }
    let wanted = Self.stem(nameOrPath) ?? nameOrPath
    return entries().first { $0.name == wanted }?.path
  }

  /// Why `name` did not resolve, as one line for an error: the close name the operator probably
  /// meant, else the names there are, else where it looked and how to point it elsewhere (an
  /// installed binary run outside the repository finds no `./Playbooks`).
  public func notFound(_ name: String) -> String {
    let known = entries().map(\.name)
    let message = "no playbook named '\(TerminalText.sanitize(name))'"
    if let guess = EditDistance.suggestion(for: name, among: known) {
      return message + "; did you mean '\(TerminalText.sanitize(guess))'?"
    }
    if !known.isEmpty {
      return message + " (found: \(TerminalText.sanitize(known.joined(separator: ", "))))"
    }
    return message + " in \(noneFound)"
  }

  /// Where it looked and how to point it elsewhere, for when there is no playbook at all.
  public var noneFound: String {
    let searched = TerminalText.sanitize(directories.joined(separator: ", "))
    return "\(searched); pass a playbook file, --playbooks DIR, or set CRISIS_PLAYBOOKS"
  }
}
