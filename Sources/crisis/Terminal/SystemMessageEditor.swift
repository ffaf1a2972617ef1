import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// The real `MessageEditor`: opens the operator's editor on a message before it is recorded
/// as posted (`sent N edit` in the walkthrough).
///
/// 1. The text goes into a new private file: `$TMPDIR` (else `/tmp`)
///    `/crisis-message-<16 random hex digits>.txt`, created with `O_CREAT | O_EXCL |
///    O_NOFOLLOW` and mode 0600, so nobody else can read the draft or plant a file or link
///    under its name (a name that is taken is drawn again).
/// 2. The editor is `$VISUAL`, else `$EDITOR`, else `vi`, run as `/bin/sh -c '<editor> "$1"'
///    sh <file>` with `posix_spawn`, so an editor with arguments (`code --wait`, `emacs -nw`)
///    works as it does for git. The child gets the default action for the signals this
///    process ignores, and an empty signal mask. When stdin is not a terminal (a script feeds
///    the walkthrough), the editor's stdin is `/dev/null`, so it cannot eat the script's
///    lines.
/// 3. While it runs, the terminal is handed over (`SystemTerminal.handingOver`: raw mode and
///    bracketed paste off, back on afterwards), and this process ignores SIGINT and SIGQUIT,
///    as `system(3)` does: Ctrl-C in the editor ends the editor, not the incident.
/// 4. The file is read back with `FileSystem.readFile` (a regular file of at most
///    `InputLimits.messageBytes`), deleted, and turned into the result by
///    `MessageEdit.saved(fileBytes:)`: one trailing line end stripped; invalid UTF-8 or an
///    emptied file cancel.
///
/// Every way it can fail is a `.cancelled` reason, one line and sanitised (it quotes the
/// editor command, which comes from the environment); nothing the editor does is printed
/// by this code. A stopped editor (Ctrl-Z) stops the walkthrough with it, because both are in
/// the terminal's foreground process group; an editor that stops only itself leaves the
/// walkthrough waiting until it is continued (`kill -CONT`), as with `system(3)`.
struct SystemMessageEditor: MessageEditor {
  /// The terminal the walkthrough runs on, handed over while the editor runs; nil when
  /// there is none to hand over (tests).
  let terminal: SystemTerminal?
  /// Looks up `VISUAL`, `EDITOR` and `TMPDIR`: the process environment unless a test gives
  /// its own.
  private let environment: [String: String]?

  /// How many file names are drawn before giving up (each collision is a 1 in 2^64 chance,
  /// or a file planted under the name).
  static let nameAttempts = 16

  init(terminal: SystemTerminal?, environment: [String: String]? = nil) {
    self.terminal = terminal
    self.environment = environment
  }

  private func variable(_ name: String) -> String? {
    guard let environment else { return FileSystem.environment(name) }
    return environment[name].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// `$VISUAL`, else `$EDITOR`, else `vi`: shell words, as git reads them.
  var command: String {
    for name in ["VISUAL", "EDITOR"] {
      if let value = variable(name), value.contains(where: { !$0.isWhitespace }) { return value }
    }
    return "vi"
  }

  /// `$TMPDIR` when it names a directory, else `/tmp`.
  var temporaryDirectory: String {
    if let directory = variable("TMPDIR"), FileSystem.isDirectory(directory) { return directory }
    return "/tmp"
  }

  func edit(_ text: String) -> MessageEdit {
    let path: String
    switch Self.createFile(in: temporaryDirectory, bytes: MessageEdit.fileBytes(for: text)) {
    case .success(let created): path = created
    case .failure(let failure): return .cancelled(TerminalText.sanitize(failure.reason))
    }
    defer { _ = unlink(path) }
    let command = command
    let failure =
      terminal.map { terminal in terminal.handingOver { Self.run(command, on: path) } }
      ?? Self.run(command, on: path)
    if let failure { return .cancelled(TerminalText.sanitize(failure)) }
    do {
      let bytes = try FileSystem.readFile(path, limit: InputLimits.messageBytes, what: "message")
      return MessageEdit.saved(fileBytes: bytes)
    } catch {
      return .cancelled(
        TerminalText.sanitize("the edited message could not be read back: \(error.reason)"))
    }
  }

  // MARK: - The file

  /// Why the editor could not be given its file: one line.
  struct Failure: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
  }

  /// A new file in `directory` holding `bytes`, mode 0600; its path, or why not.
  static func createFile(in directory: String, bytes: [UInt8]) -> Result<String, Failure> {
    for _ in 0..<nameAttempts {
      let path = FileSystem.join(directory, "crisis-message-\(randomSuffix()).txt")
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if fd < 0 {
        if errno == EEXIST || errno == EINTR { continue }
        return .failure(
          Failure(FileSystem.lastError("cannot create a file for the editor in \(directory)")))
      }
      defer { close(fd) }
      // The umask may have taken the owner's write bit; the editor needs it.
      guard fchmod(fd, 0o600) == 0, writeAll(fd, bytes) else {
        let reason = FileSystem.lastError("cannot write the file for the editor \(path)")
        _ = unlink(path)
        return .failure(Failure(reason))
      }
      return .success(path)
    }
    return .failure(
      Failure("cannot create a file for the editor in \(directory): every name was taken"))
  }

  /// 16 lowercase hex digits: safe in a file name, and not to be guessed.
  static func randomSuffix() -> String {
    let hex = String(UInt64.random(in: .min ... .max), radix: 16)
    return String(repeating: "0", count: max(0, 16 - hex.count)) + hex
  }

  /// Writes every byte (short writes continue, EINTR retried); false on an error (errno).
  private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let n = write(fd, buffer.baseAddress.map { $0 + done }, buffer.count - done)
        if n > 0 {
          done += n
        } else if n < 0 && errno == EINTR {
          continue
        } else {
          if n == 0 { errno = ENOSPC }
          return false
        }
      }
      return true
    }
  }

  // MARK: - The editor process

  /// Runs `/bin/sh -c '<command> "$1"' sh <path>` and waits for it. Nil when it exited 0;
  /// otherwise why the edit is cancelled.
  static func run(_ command: String, on path: String) -> String? {
    // As system(3): Ctrl-C and Ctrl-\ typed while the editor runs are the editor's business.
    var ignore = sigaction()
    ignore.__sigaction_handler.sa_handler = SIG_IGN
    sigemptyset(&ignore.sa_mask)
    var previousInterrupt = sigaction()
    var previousQuit = sigaction()
    sigaction(SIGINT, &ignore, &previousInterrupt)
    sigaction(SIGQUIT, &ignore, &previousQuit)
    defer {
      sigaction(SIGINT, &previousInterrupt, nil)
      sigaction(SIGQUIT, &previousQuit, nil)
    }

    // Ignored here (main.swift, and SIGINT/SIGQUIT above), so reset in the editor.
    let started = ChildSpawn.start(
      "/bin/sh", ["sh", "-c", command + " \"$1\"", "sh", path]
    ) { actions in
      if isatty(0) != 1 {
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      }
    }
    let pid: pid_t
    switch started {
    case .success(let child): pid = child
    case .failure(let failure) where failure.code == ENOMEM:
      return "could not start the editor: out of memory"
    case .failure(let failure):
      return "could not start the editor '\(command)': \(failure.text)"
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else {
        return FileSystem.lastError("could not wait for the editor '\(command)'")
      }
    }
    return WaitStatus(status).failure(command: command)
  }
}

/// What `waitpid` reported, decoded as the C macros do (they are not imported into Swift).
struct WaitStatus: Equatable {
  var raw: Int32
  init(_ raw: Int32) { self.raw = raw }

  /// `WIFEXITED` / `WEXITSTATUS`.
  var exitCode: Int32? { raw & 0x7F == 0 ? (raw >> 8) & 0xFF : nil }
  /// `WIFSIGNALED` / `WTERMSIG`.
  var signal: Int32? {
    let number = raw & 0x7F
    return number != 0 && number != 0x7F ? number : nil
  }

  /// Nil for exit status 0; else why the edit does not count.
  func failure(command: String) -> String? {
    if let code = exitCode {
      switch code {
      case 0: return nil
      case 127: return "the editor '\(command)' was not found (set $VISUAL or $EDITOR)"
      case 126: return "the editor '\(command)' cannot be run (exit status 126)"
      case 129...192:
        // The shell that ran it reports an editor killed by signal N as 128 + N.
        return "the editor '\(command)' exited with status \(code) (signal \(code - 128))"
      default: return "the editor '\(command)' exited with status \(code)"
      }
    }
    if let signal { return "the editor '\(command)' was ended by signal \(signal)" }
    return "the editor '\(command)' ended abnormally (wait status \(raw))"
  }
}
