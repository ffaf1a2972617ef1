/// A playbook with errors, which no command may run or show: its diagnostics (warnings too,
/// as lint prints them), reported by `ExitReport` with the advice to lint it.
public struct InvalidPlaybook: Error, Sendable {
  /// The file as the operator named it.
  public var path: String
  public var diagnostics: [Diagnostic]

  public init(path: String, diagnostics: [Diagnostic]) {
    self.path = path
    self.diagnostics = diagnostics
  }
}

extension PlaybookLoader.Result {
  /// The playbook, when it loaded without errors.
  public func valid(path: String) throws(InvalidPlaybook) -> Playbook {
    guard let playbook, !hasErrors else {
      throw InvalidPlaybook(path: path, diagnostics: diagnostics)
    }
    return playbook
  }
}
