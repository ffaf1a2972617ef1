import CrisisKit
import Foundation
import Testing

@testable import crisis

/// `SystemMessageEditor` with `$EDITOR` set to small shell scripts (and `true`, `false`): no
/// terminal needed, so these run in CI. What needs a terminal (raw mode handed over and
/// taken back) is not covered here.
@Suite struct SystemMessageEditorTests {
  /// A private directory for the editor's files and the scripts; removed at the end.
  final class Scratch {
    let url: URL
    var path: String { url.path }

    init(name: String = "scratch") throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "crisis-editor-\(UUID().uuidString)/\(name)")
      try FileManager.default.createDirectory(
        at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    deinit { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }

    /// A shell script named `name`, as an editor command: `/bin/sh '<path>'`. Run through
    /// `sh`, not executed itself: a script just written can be "busy" (ETXTBSY) while another
    /// test's child still holds the descriptor it was written through.
    func script(_ name: String, _ body: String) throws -> String {
      let file = url.appendingPathComponent(name)
      try Data("\(body)\n".utf8).write(to: file)
      return "/bin/sh '\(file.path)'"
    }

    /// The editor's files left in the directory.
    var leftovers: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter {
        $0.hasPrefix("crisis-message-")
      }
    }

    func editor(_ environment: [String: String]) -> SystemMessageEditor {
      SystemMessageEditor(terminal: nil, environment: ["TMPDIR": path].merging(environment) { $1 })
    }
  }

  @Test func theEditorsTextComesBackWithoutItsLineEnd() throws {
    let scratch = try Scratch()
    let editor = try scratch.editor([
      "EDITOR": scratch.script("rewrite", "printf 'Neu: Grüße 🚀\\nZeile 2\\n' > \"$1\"")
    ])
    #expect(editor.edit("old text") == .saved("Neu: Grüße 🚀\nZeile 2"))
    #expect(scratch.leftovers.isEmpty)
  }

  /// An editor that saves nothing new (`true`) gives the text back exactly, also one that
  /// ends in a line end of its own.
  @Test(arguments: ["We know the shop is down.", "Zeile 1\nZeile 2", "ends with a newline\n"])
  func unchangedTextComesBackExactly(_ text: String) throws {
    let scratch = try Scratch()
    #expect(scratch.editor(["EDITOR": "true"]).edit(text) == .saved(text))
    #expect(scratch.leftovers.isEmpty)
  }

  @Test func aFailingEditorCancels() throws {
    let scratch = try Scratch()
    #expect(
      scratch.editor(["EDITOR": "false"]).edit("x")
        == .cancelled("the editor 'false' exited with status 1"))
    #expect(scratch.leftovers.isEmpty)
  }

  @Test func aMissingEditorCancels() throws {
    let scratch = try Scratch()
    let result = scratch.editor(["EDITOR": "/nonexistent/editor"]).edit("x")
    #expect(
      result
        == .cancelled("the editor '/nonexistent/editor' was not found (set $VISUAL or $EDITOR)"))
    #expect(scratch.leftovers.isEmpty)
  }

  @Test func anEditorKilledBySignalCancels() throws {
    let scratch = try Scratch()
    let editor = try scratch.editor(["EDITOR": scratch.script("killed", "kill -9 $$")])
    guard case .cancelled(let reason) = editor.edit("x") else {
      Issue.record("a killed editor counted as saved")
      return
    }
    // The shell that runs the editor reports its death as status 128 + 9.
    #expect(reason.hasSuffix("exited with status 137 (signal 9)"), "\(reason)")
  }

  @Test(arguments: [
    (": > \"$1\"", "the message came back empty"),
    ("printf '  \\n\\n' > \"$1\"", "the message came back empty"),
    (
      "printf 'ok \\377\\376\\n' > \"$1\"",
      "the edited message is not valid UTF-8 (save it as UTF-8)"
    ),
  ])
  func unusableContentCancels(_ body: String, _ reason: String) throws {
    let scratch = try Scratch()
    let editor = try scratch.editor(["EDITOR": scratch.script("edit", body)])
    #expect(editor.edit("x") == .cancelled(reason))
    #expect(scratch.leftovers.isEmpty)
  }

  @Test func aMessageOverTheLimitCancels() throws {
    let scratch = try Scratch()
    let editor = try scratch.editor([
      "EDITOR": scratch.script("big", "head -c 1048577 /dev/zero | tr '\\000' a > \"$1\"")
    ])
    guard case .cancelled(let reason) = editor.edit("x") else {
      Issue.record("a message over 1 MiB was accepted")
      return
    }
    #expect(reason.contains("over the 1 MiB limit for a message"), "\(reason)")
    #expect(scratch.leftovers.isEmpty)
  }

  @Test func aRemovedFileCancels() throws {
    let scratch = try Scratch()
    let editor = try scratch.editor(["EDITOR": scratch.script("rm", "rm -f \"$1\"")])
    guard case .cancelled(let reason) = editor.edit("x") else {
      Issue.record("a removed file counted as saved")
      return
    }
    #expect(reason.hasPrefix("the edited message could not be read back"), "\(reason)")
  }

  @Test func crlfFromTheEditorIsOneLineEnd() throws {
    let scratch = try Scratch()
    let editor = try scratch.editor(["EDITOR": scratch.script("crlf", "printf 'a\\r\\n' > \"$1\"")])
    #expect(editor.edit("x") == .saved("a"))
  }

  /// The file is new, private (0600) and in $TMPDIR, whose path may have spaces; the script
  /// writes what it sees into the file.
  @Test func theFileIsPrivateAndInTMPDIR() throws {
    let scratch = try Scratch(name: "with space")
    let editor = try scratch.editor([
      "EDITOR": scratch.script(
        "inspect", "mode=$(stat -c %a \"$1\")\nprintf '%s %s' \"$mode\" \"$1\" > \"$1\"")
    ])
    guard case .saved(let seen) = editor.edit("x") else {
      Issue.record("not saved")
      return
    }
    #expect(seen.hasPrefix("600 \(scratch.path)/crisis-message-"), "\(seen)")
    #expect(seen.hasSuffix(".txt"))
    let name = String(seen.dropFirst("600 \(scratch.path)/crisis-message-".count).dropLast(4))
    #expect(name.count == 16 && name.allSatisfy(\.isHexDigit), "\(name)")
    #expect(scratch.leftovers.isEmpty)
  }

  /// `$EDITOR` is shell words: `code --wait` works.
  @Test func anEditorWithArguments() throws {
    let scratch = try Scratch()
    let script = try scratch.script("args", "printf 'flag %s\\n' \"$1\" > \"$2\"")
    let editor = scratch.editor(["EDITOR": "\(script) --wait"])
    #expect(editor.edit("x") == .saved("flag --wait"))
  }

  @Test func visualWinsOverEditorThenVi() throws {
    let scratch = try Scratch()
    let rewrite = try scratch.script("rewrite", "printf 'visual\\n' > \"$1\"")
    #expect(scratch.editor(["VISUAL": rewrite, "EDITOR": "false"]).edit("x") == .saved("visual"))
    #expect(scratch.editor(["VISUAL": "", "EDITOR": "vim -n"]).command == "vim -n")
    #expect(scratch.editor(["VISUAL": " ", "EDITOR": ""]).command == "vi")
    #expect(SystemMessageEditor(terminal: nil, environment: [:]).command == "vi")
  }

  @Test func temporaryDirectoryFallsBackToTmp() throws {
    let scratch = try Scratch()
    #expect(scratch.editor([:]).temporaryDirectory == scratch.path)
    let missing = SystemMessageEditor(terminal: nil, environment: ["TMPDIR": scratch.path + "/no"])
    #expect(missing.temporaryDirectory == "/tmp")
    #expect(SystemMessageEditor(terminal: nil, environment: [:]).temporaryDirectory == "/tmp")
  }

  /// A directory the file cannot be made in cancels, saying where; nothing runs.
  @Test func noFileNoEditor() throws {
    let scratch = try Scratch()
    let result = SystemMessageEditor.createFile(in: scratch.path + "/no/such", bytes: [0x61])
    guard case .failure(let failure) = result else {
      Issue.record("a file was made in a missing directory")
      return
    }
    #expect(failure.reason.contains("cannot create a file for the editor in"))
    #expect(failure.reason.contains("No such file or directory"))
  }

  /// The editor's stdin is /dev/null when ours is not a terminal: it cannot read the lines a
  /// script meant for the walkthrough.
  @Test(.enabled(if: isatty(0) != 1)) func noTerminalNoStdin() throws {
    let scratch = try Scratch()
    let editor = try scratch.editor(["EDITOR": scratch.script("cat", "cat > \"$1\"")])
    #expect(editor.edit("x") == .cancelled("the message came back empty"))
  }

  /// The reason quotes the editor command from the environment, sanitised.
  @Test func theReasonIsSanitised() throws {
    let scratch = try Scratch()
    guard case .cancelled(let reason) = scratch.editor(["EDITOR": "false \u{1B}[2J"]).edit("x")
    else {
      Issue.record("saved")
      return
    }
    #expect(!reason.contains("\u{1B}"), "\(reason)")
  }

  @Test func waitStatusDecoding() {
    #expect(WaitStatus(0).exitCode == 0)
    #expect(WaitStatus(0).failure(command: "vi") == nil)
    #expect(WaitStatus(3 << 8).exitCode == 3)
    #expect(WaitStatus(3 << 8).signal == nil)
    #expect(WaitStatus(9).signal == 9)
    #expect(WaitStatus(9).exitCode == nil)
    #expect(WaitStatus(0x137F).signal == nil)  // stopped, not ended
    #expect(WaitStatus(126 << 8).failure(command: "x")?.contains("cannot be run") == true)
    #expect(
      WaitStatus(130 << 8).failure(command: "x")
        == "the editor 'x' exited with status 130 (signal 2)")
    #expect(WaitStatus(9).failure(command: "x") == "the editor 'x' was ended by signal 9")
  }
}
