import Testing

@testable import CrisisKit

/// What an editor's file turns into (`MessageEdit.saved(fileBytes:)`), and what it is given.
@Suite struct MessageEditTests {
  @Test(arguments: [
    ("text\n", "text"), ("text", "text"), ("text\r\n", "text"), ("two\n\n", "two\n"),
    ("Grüße 🚀\nZeile 2\n", "Grüße 🚀\nZeile 2"), ("  indented\n", "  indented"),
  ])
  func oneLineEndIsStripped(_ file: String, _ text: String) {
    #expect(MessageEdit.saved(fileBytes: Array(file.utf8)) == .saved(text))
  }

  @Test(arguments: ["", "\n", "\r\n", "  \n\t\n", "\n\n\n"])
  func emptiedIsCancelled(_ file: String) {
    #expect(
      MessageEdit.saved(fileBytes: Array(file.utf8)) == .cancelled("the message came back empty"))
  }

  @Test(arguments: [[0xFF], [0x61, 0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF, 0x0A]] as [[UInt8]])
  func invalidUTF8IsCancelledNotACrash(_ bytes: [UInt8]) {
    #expect(
      MessageEdit.saved(fileBytes: bytes)
        == .cancelled("the edited message is not valid UTF-8 (save it as UTF-8)"))
  }

  /// The file an editor gets ends with a line end, so saving it unchanged round-trips.
  @Test(arguments: ["We know.", "a\nb", "ends\n", "Grüße"])
  func roundTrip(_ text: String) {
    let bytes = MessageEdit.fileBytes(for: text)
    #expect(bytes.last == 0x0A)
    #expect(MessageEdit.saved(fileBytes: bytes) == .saved(text))
  }
}
