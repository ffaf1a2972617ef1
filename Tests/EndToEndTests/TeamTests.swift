import Foundation
import Synchronization
import Testing

/// The team on several laptops (issue 14): a bare repository and three clones in temporary
/// folders, each a "laptop" with its own log directory and device, working one incident
/// through git. Every laptop runs the real binary; only the network is simulated (a remote
/// path that stops existing while a laptop is offline).
@Suite struct TeamTests {
  let root: URL
  let remote: URL

  init() throws {
    root = try CrisisRun.makeDirectory()
    remote = root.appendingPathComponent("remote.git")
    try Self.git(["init", "--quiet", "--bare", remote.path], in: root)
  }

  @discardableResult
  static func git(_ arguments: [String], in directory: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = directory
    let output = Pipe()
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// `crisis ARGS --log-dir LAPTOP`, in the shared root, at a fixed "now" when given.
  @discardableResult
  func crisis(
    _ laptop: String, _ arguments: [String], stdin: String = "", now: String? = nil
  ) throws -> CrisisRun.Result {
    var run = CrisisRun()
    run.arguments = arguments + ["--log-dir", laptop]
    run.stdin = stdin
    run.directory = root
    if let now { run.environment["CRISIS_NOW"] = now }
    return try run.run()
  }

  func setUpLaptops(_ names: [String]) throws {
    for name in names {
      let result = try crisis(name, ["team", "init", remote.path])
      #expect(result.status == 0, "\(result.stderr)")
    }
  }

  /// The one incident folder of a laptop.
  func incident(_ laptop: String) throws -> URL {
    let dir = root.appendingPathComponent(laptop)
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: dir.path)
        .filter { !$0.hasPrefix(".") }.sorted().first)
    return dir.appendingPathComponent(name)
  }

  /// Every line of every chain of a laptop's incident.
  func lines(_ laptop: String) throws -> [String] {
    let folder = try incident(laptop)
    var out: [String] = []
    for chain in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
      let text = try String(
        contentsOf: folder.appendingPathComponent(chain), encoding: .utf8)
      out += text.split(separator: "\n").map(String.init)
    }
    return out
  }

  @Test func teamInitSaysWhatIsSharedAndRefusesAFullDirectory() throws {
    let first = try crisis("a", ["team", "init", remote.path])
    #expect(first.status == 0)
    #expect(first.stdout.contains("the remote was empty"))
    #expect(first.stdout.contains("Shared with everyone who can read"))
    let second = try crisis("b", ["team", "init", remote.path])
    #expect(!second.stdout.contains("the remote was empty"))
    let again = try crisis("a", ["team", "init", remote.path])
    #expect(again.status == 1)
    #expect(again.stderr.contains("already a team log directory"))
  }

  /// A second `crisis start` while a real incident is open (a teammate's, synced from another
  /// laptop) says how to join it; a drill does not.
  @Test func startingAgainSaysHowToJoinTheOpenIncident() throws {
    try setUpLaptops(["a", "b"])
    let first = try crisis(
      "a", ["start", "website-outage", "--plain", "--as", "anna"] + WalkthroughTests.variables,
      stdin: "p\n")
    #expect(first.status == 0)
    #expect(!first.stdout.contains("Already open here"))
    #expect(try crisis("a", ["sync"]).status == 0)
    #expect(try crisis("b", ["sync"]).status == 0)
    let id = try incident("b").lastPathComponent
    let second = try crisis(
      "b", ["start", "website-outage", "--plain", "--as", "ben"] + WalkthroughTests.variables,
      stdin: "p\n")
    #expect(second.stdout.contains("Already open here"), "\(second.stdout)")
    #expect(second.stdout.contains("crisis resume \(id)"))
    let drill = try crisis(
      "b", ["drill", "website-outage", "--plain", "--as", "ben"] + WalkthroughTests.variables,
      stdin: "p\n")
    #expect(!drill.stdout.contains("Already open here"))
  }

  @Test func nothingIsPushedFromAPlainLogDirectory() throws {
    let run = try crisis("plain", ["sync"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("not a team log directory"))
  }

  /// Three laptops, random notes and syncs, laptop c offline for a while, two answers to one
  /// question at once: after a final round everyone holds every acknowledged event exactly
  /// once, every chain verifies, and `status --json` is byte for byte the same.
  @Test func threeLaptopsConverge() throws {
    try setUpLaptops(["a", "b", "c"])
    let start = try crisis(
      "a", ["start", "website-outage", "--plain", "--as", "anna"] + WalkthroughTests.variables,
      stdin: "p\n")
    #expect(start.status == 0, "\(start.stderr)")
    for laptop in ["a", "b", "c"] { #expect(try crisis(laptop, ["sync"]).status == 0) }

    // Two answers to the first question before anyone syncs.
    let yes = try crisis("a", ["resume", "--plain", "--as", "anna"], stdin: "a visible\np\n")
    let no = try crisis("b", ["resume", "--plain", "--as", "ben"], stdin: "a internal-only\np\n")
    #expect(yes.status == 0, "\(yes.stderr)")
    #expect(no.status == 0, "\(no.stderr)")

    // The three laptops work at once, each on its own schedule of notes and syncs; c is
    // offline (its remote out of reach) for the first half of its schedule.
    let c = root.appendingPathComponent("c")
    try Self.git(["remote", "set-url", "origin", "/nonexistent/remote.git"], in: c)
    let names = ["a": "anna", "b": "ben", "c": "cem"]
    let laptops = ["a", "b", "c"]
    let results = Mutex<[String]>([])
    let offlineSyncs = Mutex<[Int32]>([])
    DispatchQueue.concurrentPerform(iterations: laptops.count) { index in
      let laptop = laptops[index]
      var generator = SeededGenerator(seed: UInt64(14 + index))
      for i in 0..<12 {
        if laptop == "c", i == 6 {
          _ = try? Self.git(["remote", "set-url", "origin", remote.path], in: c)
        }
        if generator.next() % 3 != 0 {
          let text = "note \(i) from \(laptop) · Größe 🚨"
          if let note = try? crisis(laptop, ["note", "--as", names[laptop] ?? laptop, text]),
            note.status == 0, note.stdout.contains("✓ recorded")
          {
            results.withLock { $0.append(text) }
          }
        } else if let sync = try? crisis(laptop, ["sync"]), laptop == "c", i < 6 {
          offlineSyncs.withLock { $0.append(sync.status) }
        }
      }
    }
    let acknowledged = results.withLock { $0 }
    #expect(offlineSyncs.withLock { $0.allSatisfy { $0 == 1 } })
    #expect(acknowledged.count > 5)
    for _ in 0..<2 {
      for laptop in ["a", "b", "c"] {
        let sync = try crisis(laptop, ["sync"])
        #expect(sync.status == 0, "\(laptop): \(sync.stdout)\(sync.stderr)")
      }
    }

    var statuses: [String] = []
    for laptop in ["a", "b", "c"] {
      let all = try lines(laptop)
      for text in acknowledged {
        let encoded = text.replacingOccurrences(of: "\"", with: "\\\"")
        #expect(
          all.filter { $0.contains("\"text\":\"\(encoded)\"") }.count == 1, "\(laptop): \(text)")
      }
      let id = try incident(laptop).lastPathComponent
      let verify = try crisis(laptop, ["verify", id])
      #expect(verify.status == 0, "\(laptop): \(verify.stdout)\(verify.stderr)")
      #expect(verify.stdout.contains("3 chain(s)") || verify.stdout.contains("2 chain(s)"))
      let status = try crisis(laptop, ["status", id, "--json"], now: "2026-11-30T12:00:00Z")
      #expect(status.status == 0)
      statuses.append(status.stdout)
      let text = try crisis(laptop, ["status", id], now: "2026-11-30T12:00:00Z")
      #expect(text.stdout.contains("conflict: "), "\(text.stdout)")
    }
    #expect(statuses[0] == statuses[1])
    #expect(statuses[1] == statuses[2])
    #expect(statuses[0].contains("\"conflicts\""))
    #expect(statuses[0].contains("\"unshared_events\": 0"))
  }

  /// A round killed half-way (here: git's own index lock and a merge left behind, as a
  /// SIGKILL leaves them) is repaired by the next round, and nothing is lost.
  @Test func theNextSyncRepairsWhatAKilledOneLeft() throws {
    try setUpLaptops(["a", "b"])
    let start = try crisis(
      "a", ["start", "website-outage", "--plain", "--as", "anna"] + WalkthroughTests.variables,
      stdin: "n before the kill\np\n")
    #expect(start.status == 0)
    let a = root.appendingPathComponent("a")
    try Data().write(to: a.appendingPathComponent(".git/index.lock"))
    #expect(try crisis("a", ["sync"]).status == 0)
    #expect(
      !FileManager.default.fileExists(atPath: a.appendingPathComponent(".git/index.lock").path))
    #expect(try crisis("b", ["sync"]).status == 0)
    #expect(try lines("b").contains { $0.contains("before the kill") })

    // Real kills at different moments of a round: the next round always succeeds.
    for round in 0..<4 {
      let note = try crisis("a", ["note", "--as", "anna", "kill round \(round)"])
      #expect(note.status == 0)
      let process = Process()
      process.executableURL = try CrisisRun.binary()
      process.arguments = ["sync", "--log-dir", "a"]
      process.currentDirectoryURL = root
      process.environment = ["PATH": "/usr/bin:/bin", "HOME": root.path]
      process.standardOutput = Pipe()
      process.standardError = Pipe()
      try process.run()
      // Wait until the round holds its lock (or is over), plus `round` more polls of the repo.
      var polls = 0
      while process.isRunning, polls < 1000 * (round + 1) {
        if FileManager.default.fileExists(
          atPath: a.appendingPathComponent(".git/crisis-sync.lock").path)
        {
          polls += 1000
        }
        polls += 1
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
    #expect(try crisis("a", ["sync"]).status == 0)
    #expect(try crisis("b", ["sync"]).status == 0)
    let b = try lines("b")
    for round in 0..<4 { #expect(b.filter { $0.contains("kill round \(round)\"") }.count == 1) }
    let id = try incident("b").lastPathComponent
    #expect(try crisis("b", ["verify", id]).status == 0)
  }
}

/// A small deterministic generator (SplitMix64), so the random schedule is the same every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
