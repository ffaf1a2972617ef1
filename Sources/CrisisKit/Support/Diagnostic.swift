/// One finding about an input file, printed the way compilers do:
/// `FILE:LINE:COL: error: message`. Lint collects many; parsers throw one.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Hashable, Sendable {
    case error
    case warning
  }

  public var severity: Severity
  /// The file as the user named it; empty when the input did not come from a file.
  public var file: String
  /// Where in the file; `nil` when the problem concerns the whole file (unreadable, empty).
  public var position: SourcePosition?
  public var message: String

  public init(
    _ severity: Severity = .error, file: String, at position: SourcePosition?, _ message: String
  ) {
    self.severity = severity
    self.file = file
    self.position = position
    self.message = message
  }

  /// One line: `FILE:LINE:COL: error: message`, control characters removed.
  public var description: String {
    var place = file.isEmpty ? "<input>" : file
    if let position { place += ":\(position.line):\(position.column)" }
    return TerminalText.sanitize("\(place): \(severity.rawValue): \(message)")
  }
}

extension [Diagnostic] {
  /// Sorted by file, then place; diagnostics without a place come first for their file.
  public func sortedByPlace() -> [Diagnostic] {
    sorted { a, b in
      if a.file != b.file { return a.file < b.file }
      switch (a.position, b.position) {
      case (nil, nil): return a.message < b.message
      case (nil, _): return true
      case (_, nil): return false
      case (let pa?, let pb?): return pa == pb ? a.message < b.message : pa < pb
      }
    }
  }

  public var hasErrors: Bool { contains { $0.severity == .error } }
}
