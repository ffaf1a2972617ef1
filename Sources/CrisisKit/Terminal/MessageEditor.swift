/// Lets the operator change a message before it is recorded as posted: the real one opens
/// `$VISUAL` / `$EDITOR` on a private temporary file (the executable's `SystemMessageEditor`),
/// tests use a scripted one. Kept behind this protocol so the walkthrough stays free of
/// processes and files.
public protocol MessageEditor {
  /// Shows `text` in the editor and returns what the operator saved.
  func edit(_ text: String) -> MessageEdit
}

/// What came back from the editor.
public enum MessageEdit: Equatable, Sendable {
  /// The text as saved (may equal the original).
  case saved(String)
  /// Nothing to record: the editor failed, was not found, or the file was emptied. The
  /// reason is one line for the screen.
  case cancelled(String)
}
