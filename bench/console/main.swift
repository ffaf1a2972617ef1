// Console benchmark: the cost of one idle tick of the full-screen console (render the frame,
// diff it against the one on screen) on a 100,000-event incident, and the first frame of a
// playbook with about 20,000 steps. Built by bench/console-bench.sh together with the
// CrisisKit sources into one optimised module; not part of the package or the tests.
//
// usage: console-bench LOG.jsonl PLAYBOOK.yml TMPDIR
#if canImport(Glibc)
  import Glibc
#endif

func seconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func fmt(_ x: Double) -> String { String(Double(Int(x * 1000)) / 1000) }

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
  print("usage: console-bench LOG.jsonl PLAYBOOK.yml TMPDIR")
  exit(2)
}

/// Renders `count` frames one simulated second apart and diffs each against the last, as an
/// idle console does on every tick; returns milliseconds per tick and the bytes written.
func idleTicks(
  _ session: WalkthroughSession, from start: Timestamp, width: Int, height: Int, count: Int
) -> (ms: Double, bytes: Int) {
  var view = ConsoleView()
  for k in 0..<3 { view.addToTicker(ConsoleView.Line("17:0\(k):00 anna · note: something")) }
  var shown: ScreenDiff.Screen? = nil
  var bytes = 0
  let begin = seconds()
  for k in 0..<count {
    let now = start.adding(seconds: Double(k))
    let frame = ConsoleFrame(
      session: session, view: view, width: width, height: height,
      styles: TextStyles(enabled: true)
    ).render(at: now)
    let out = ScreenDiff.update(from: shown, to: frame.screen, styled: true)
    if k > 0 { bytes += out.utf8.count }
    shown = frame.screen
  }
  return ((seconds() - begin) * 1000 / Double(count), bytes / max(count - 1, 1))
}

// 1. A 100,000-event incident, idle.
let readStart = seconds()
let file = try IncidentFile.read(path: arguments[1])
let readTime = seconds() - readStart
guard let playbook = file.state.playbook, let last = file.state.lastTime else {
  print("the log has no playbook")
  exit(1)
}
let session = WalkthroughSession(
  playbook: playbook, state: file.state,
  clock: IncidentClock.resuming(file.state, at: last, running: false), actor: "bench")
print("100k-event log: \(file.state.eventCount) events, read and folded in \(fmt(readTime)) s")
for (width, height) in [(80, 24), (200, 50)] {
  let tick = idleTicks(session, from: last, width: width, height: height, count: 2000)
  print(
    "idle tick at \(width)x\(height): \(fmt(tick.ms)) ms per tick (render + diff), "
      + "\(tick.bytes) bytes written per tick, = \(fmt(tick.ms / 10)) % of a core at 1 tick/s")
}

// 2. The first frame of a big playbook.
let loadStart = seconds()
let loaded = PlaybookLoader.load(path: arguments[2])
guard let big = loaded.playbook else {
  print("the playbook did not load")
  exit(1)
}
let loadTime = seconds() - loadStart
let clock = SystemClock()
let openStart = seconds()
let opened = try IncidentOpening(
  playbook: big, playbookPath: arguments[2], playbookBytes: loaded.bytes, mode: .live
).open(in: arguments[3], clock: clock, actor: "bench", random: { 7 })
var bigSession = opened.session
for draft in bigSession.dueEvents(at: clock.now()) {
  let copy = bigSession.clock
  bigSession.record(try opened.recorder.record(draft, simulated: { copy.elapsed(at: $0) }))
}
let openTime = seconds() - openStart
let frameStart = seconds()
let first = ConsoleFrame(
  session: bigSession, view: ConsoleView(), width: 80, height: 24, styles: .plain
).render(at: clock.now())
let firstFrame = seconds() - frameStart
let tick = idleTicks(bigSession, from: clock.now(), width: 80, height: 24, count: 200)
print(
  "playbook of \(big.steps.count) steps: load + lint \(fmt(loadTime)) s, open \(fmt(openTime)) s, "
    + "first frame \(fmt(firstFrame * 1000)) ms (\(first.lines.count) rows), idle tick \(fmt(tick.ms)) ms"
)
