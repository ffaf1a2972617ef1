import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the `git` binary found on PATH as a child process and collects what it writes.
/// git must never wait for a person: no credential prompt (`GIT_TERMINAL_PROMPT=0`), ssh in
/// batch mode with a connect timeout, no pager, and stdin from /dev/null, so an unreachable
/// or password-protected remote fails the round (offline) instead of hanging a console.
struct SystemGit: GitRunner {
  func git(_ arguments: [String], in directory: String) -> GitOutcome {
    Self.run(["git", "-C", directory] + arguments, environment: Self.environment())
  }

  static func environment() -> [String] {
    var names = Set<String>()
    var out: [String] = []
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      out.append(text)
      names.insert(String(text.prefix { $0 != "=" }))
      pointer += 1
    }
    out.append("GIT_TERMINAL_PROMPT=0")
    out.append("GIT_PAGER=cat")
    out.append("LC_ALL=C")
    if !names.contains("GIT_SSH_COMMAND") {
      out.append("GIT_SSH_COMMAND=ssh -o BatchMode=yes -o ConnectTimeout=10")
    }
    return out
  }

  static func run(_ arguments: [String], environment: [String]) -> GitOutcome {
    var output: [Int32] = [-1, -1]
    var errors: [Int32] = [-1, -1]
    guard pipe(&output) == 0 else { return GitOutcome(status: nil, error: "pipe failed") }
    guard pipe(&errors) == 0 else {
      close(output[0])
      close(output[1])
      return GitOutcome(status: nil, error: "pipe failed")
    }
    // Close-on-exec, so no other child (an editor, a background round) keeps a pipe open.
    for fd in output + errors { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    let started = ChildSpawn.start(
      "git", arguments, environment: environment, searchPath: true
    ) { actions in
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_adddup2(&actions, output[1], 1)
      posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
    }
    close(output[1])
    close(errors[1])
    let pid: pid_t
    switch started {
    case .success(let child): pid = child
    case .failure(let failure):
      close(output[0])
      close(errors[0])
      return GitOutcome(status: nil, error: "cannot run git: \(failure.text) (is git installed?)")
    }
    let (out, err) = drain(output[0], errors[0])
    close(output[0])
    close(errors[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { break }
    }
    let exit = WaitStatus(status).exitCode
    return GitOutcome(
      status: exit, output: String(decoding: out, as: UTF8.self),
      error: String(decoding: err, as: UTF8.self))
  }

  /// Reads both pipes to their end at once (one full pipe must not block the other).
  private static func drain(_ first: Int32, _ second: Int32) -> ([UInt8], [UInt8]) {
    var collected: [[UInt8]] = [[], []]
    var open = [true, true]
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    let limit = 4 << 20
    while open[0] || open[1] {
      var fds = [
        pollfd(fd: open[0] ? first : -1, events: Int16(POLLIN), revents: 0),
        pollfd(fd: open[1] ? second : -1, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&fds, 2, -1)
      if ready < 0 {
        if errno == EINTR { continue }
        break
      }
      for i in 0..<2 where open[i] && fds[i].revents != 0 {
        let n = buffer.withUnsafeMutableBytes { read(fds[i].fd, $0.baseAddress, $0.count) }
        if n > 0 {
          if collected[i].count < limit { collected[i] += buffer[0..<n] }
        } else if n == 0 || errno != EINTR {
          open[i] = false
        }
      }
    }
    return (collected[0], collected[1])
  }
}
