/// Reads a playbook file all the way to a checked `Playbook`: bytes → YAML → decode → lint.
/// Every command that takes a playbook goes through here, so they all agree on what is valid.
public enum PlaybookLoader {
  public struct Result: Sendable {
    /// Nil when the file could not be read or parsed at all.
    public var playbook: Playbook?
    /// Sorted by place. A playbook with errors must not be run.
    public var diagnostics: [Diagnostic]
    /// The exact bytes read, for embedding in the incident log.
    public var bytes: [UInt8]

    public var hasErrors: Bool { diagnostics.hasErrors }
  }

  /// Loads a file; `path` is shown in diagnostics as given.
  public static func load(path: String) -> Result {
    do {
      return load(bytes: try FileSystem.readFile(path), file: path)
    } catch {
      return Result(
        playbook: nil,
        diagnostics: [Diagnostic(.error, .unreadable, file: path, at: nil, error.reason)],
        bytes: [])
    }
  }

  /// Loads from bytes already in memory (a log's embedded copy, a test).
  public static func load(bytes: [UInt8], file: String) -> Result {
    var decoder = PlaybookDecoder(file: file)
    let playbook: Playbook?
    do {
      // The document is dropped as soon as it is decoded: the playbook holds what is needed.
      playbook = decoder.decode(try YAMLParser.parseDocument(bytes))
    } catch {
      return Result(playbook: nil, diagnostics: [error.diagnostic(file: file)], bytes: bytes)
    }
    var diagnostics = decoder.diagnostics
    if let playbook { diagnostics += PlaybookLinter.check(playbook) }
    return Result(playbook: playbook, diagnostics: diagnostics.sortedByPlace(), bytes: bytes)
  }
}
