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

extension MessageEdit {
  /// What an editor left in the file it was given, as the edit's result: the text without
  /// the one line end editors add when they save (`\n`, or `\r\n`), or cancelled when the
  /// file is not UTF-8 or holds nothing but white space (the operator emptied it to back
  /// out, as `git commit` takes an empty message).
  public static func saved(fileBytes bytes: [UInt8]) -> MessageEdit {
    var end = bytes.count
    if end > 0, bytes[end - 1] == 0x0A {
      end -= 1
      if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
    }
    guard let text = String(validating: bytes[..<end], as: UTF8.self) else {
      return .cancelled("the edited message is not valid UTF-8 (save it as UTF-8)")
    }
    guard text.contains(where: { !$0.isWhitespace }) else {
      return .cancelled("the message came back empty")
    }
    return .saved(text)
  }

  /// The text to write into the editor's file: `text` and a line end, so an editor that
  /// saves with one (most do) gives back exactly `text`.
  public static func fileBytes(for text: String) -> [UInt8] {
    Array(text.utf8) + [0x0A]
  }
}
