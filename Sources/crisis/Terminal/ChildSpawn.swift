#if canImport(Glibc)
  import Glibc
#endif

/// Starts a child process the way every child of crisis is started (the editor, git, a
/// background sync round): the signals main.swift ignores are reset to their default in the
/// child (an editor or git must not inherit an ignored Ctrl-C or SIGPIPE), its signal mask is
/// empty, and `files` sets its standard input and output.
enum ChildSpawn {
  /// glibc's POSIX_SPAWN_SETSID (2.26+), not imported into Swift: the child gets its own
  /// session, so a Ctrl-C or a closed terminal does not stop it half-way.
  static let setSID: Int32 = 0x80

  /// Starts `program` (looked up on PATH when `searchPath`) with `arguments` (the first is
  /// its name) and `environment` (nil: this process's). Returns the pid, or the error
  /// number posix_spawn gave.
  static func start(
    _ program: String, _ arguments: [String], environment: [String]? = nil,
    searchPath: Bool = false, newSession: Bool = false,
    files: (inout posix_spawn_file_actions_t) -> Void = { _ in }
  ) -> Result<pid_t, SpawnFailure> {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGXFSZ, SIGWINCH] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    var flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
    if newSession { flags |= setSID }
    posix_spawnattr_setflags(&attributes, Int16(truncatingIfNeeded: flags))

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    files(&actions)

    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    var envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup($0) } + [nil] }
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp ?? [] { free(pointer) }
    }
    guard argv.dropLast().allSatisfy({ $0 != nil }),
      envp.map({ $0.dropLast().allSatisfy { $0 != nil } }) ?? true
    else { return .failure(SpawnFailure(code: ENOMEM)) }
    var pid = pid_t()
    let result: Int32
    if var envp {
      result =
        searchPath
        ? posix_spawnp(&pid, program, &actions, &attributes, &argv, &envp)
        : posix_spawn(&pid, program, &actions, &attributes, &argv, &envp)
    } else {
      result =
        searchPath
        ? posix_spawnp(&pid, program, &actions, &attributes, &argv, environ)
        : posix_spawn(&pid, program, &actions, &attributes, &argv, environ)
    }
    return result == 0 ? .success(pid) : .failure(SpawnFailure(code: result))
  }
}

/// Why a child could not be started: posix_spawn's error number, and its text.
struct SpawnFailure: Error {
  var code: Int32
  var text: String { String(cString: strerror(code)) }
}
