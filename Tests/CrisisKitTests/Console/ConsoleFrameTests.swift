import Testing

@testable import CrisisKit

/// The frame: exactly `height` rows, none wider than the screen, header and prompt always
/// there, the step pane scrolling while the rest stays.
@Suite struct ConsoleFrameTests {
  static let german =
    "Größte Störung des Jahres: Kassensystem fällt aus, Bestellungen hängen 🚀🔥 — Übergrößenabteilung äußerst betroffen"

  func frame(
    _ session: WalkthroughSession, view: ConsoleView = ConsoleView(), width: Int, height: Int,
    styles: TextStyles = .plain, at now: Timestamp
  ) -> ConsoleFrame.Rendered {
    ConsoleFrame(session: session, view: view, width: width, height: height, styles: styles)
      .render(at: now)
  }

  @Test(arguments: [(80, 24), (200, 50), (40, 10), (20, 4), (1, 1)])
  func fitsTheScreen(size: (Int, Int)) throws {
    let dir = try TemporaryDirectory()
    let (opened, clock) = try openConsoleIncident(in: dir, mode: .drill, title: Self.german)
    let session = try sessionWithStep(opened, clock: clock)
    var view = ConsoleView()
    view.addInject(Self.german)
    view.addToTicker(ConsoleView.Line("17:04:00 jörg · note: " + Self.german))
    view.messages = [ConsoleView.Line(Self.german + " " + Self.german, tone: .warning)]
    view.input = LineBuffer("n " + Self.german + " 👩‍💻 ende")
    for styles in [TextStyles.plain, TextStyles(enabled: true)] {
      let rendered = frame(
        session, view: view, width: size.0, height: size.1, styles: styles, at: clock.now())
      #expect(rendered.lines.count == size.1)
      for line in rendered.lines {
        #expect(DisplayWidth.of(line) <= size.0, "\(line)")
      }
      #expect(rendered.screen.cursorRow == size.1 - 1)
      #expect(rendered.screen.cursorColumn < size.0)
      if size.1 >= 2 {
        #expect(unstyled(rendered.lines[0]).contains("T+00:00"))
      }
    }
  }

  @Test func headerBoardStepTickerHintAndPromptAt80x24() throws {
    let dir = try TemporaryDirectory()
    let (opened, clock) = try openConsoleIncident(in: dir, mode: .drill)
    let session = try sessionWithStep(opened, clock: clock)
    clock.advance(seconds: 75)
    var view = ConsoleView()
    view.addToTicker(ConsoleView.Line("17:03:12 anna · step opened"))
    let lines = frame(session, view: view, width: 80, height: 24, at: clock.now()).lines
    #expect(lines[0].hasPrefix(" DRILL  T+01:15 · severity HIGH · "))
    #expect(lines[1].hasPrefix("you: anna"))
    #expect(lines.contains { $0.hasPrefix("in 3m · Step: Confirm the outage") })
    #expect(lines.contains { $0.hasPrefix("Step 1 of 20: Confirm the outage") })
    #expect(lines.contains { $0.hasPrefix("Due T+5m, in 3m") })
    #expect(lines.contains("17:03:12 anna · step opened"))
    #expect(lines[22].contains("PgUp/PgDn"))
    #expect(lines[23] == "DRILL confirm> ")
  }

  /// A team console says how many of its events wait to be shared, before the incident id,
  /// so an 80-column terminal cuts the id rather than the note; nothing when all are shared.
  @Test func theHeaderSaysWhatIsNotSharedYet() throws {
    let dir = try TemporaryDirectory()
    let (opened, clock) = try openConsoleIncident(in: dir, mode: .live, title: "Shop down")
    let session = try sessionWithStep(opened, clock: clock)
    var view = ConsoleView()
    view.unshared = (3, true)
    let offline = frame(session, view: view, width: 80, height: 24, at: clock.now())
    #expect(unstyled(offline.lines[1]).contains("· offline, 3 not shared yet · "))
    view.unshared = (0, false)
    let shared = frame(session, view: view, width: 80, height: 24, at: clock.now())
    #expect(!unstyled(shared.lines[1]).contains("shared"))
  }

  @Test func theClockTicksEverySecond() throws {
    let dir = try TemporaryDirectory()
    let (opened, clock) = try openConsoleIncident(in: dir)
    let session = try sessionWithStep(opened, clock: clock)
    clock.advance(seconds: 10)
    let before = frame(session, width: 80, height: 24, at: clock.now()).lines
    clock.advance(seconds: 1)
    let after = frame(session, width: 80, height: 24, at: clock.now()).lines
    #expect(before[0].hasPrefix("T+00:10"))
    #expect(after[0].hasPrefix("T+00:11"))
    #expect(ScreenDiff.changedRows(from: before, to: after) == [0])
  }

  @Test func overdueIsRedAndTheBannerShowsUntilAcknowledged() throws {
    let dir = try TemporaryDirectory()
    let (opened, clock) = try openConsoleIncident(in: dir)
    let session = try sessionWithStep(opened, clock: clock)
    clock.advance(seconds: 6 * 60)
    var view = ConsoleView()
    view.addInject("Press is calling")
    let styles = TextStyles(enabled: true)
    let lines = frame(session, view: view, width: 80, height: 24, styles: styles, at: clock.now())
      .lines
    #expect(unstyled(lines[2]).contains("INJECT  Press is calling"))
    let overdue = try #require(lines.first { unstyled($0).hasPrefix("OVERDUE 1m") })
    #expect(overdue.hasPrefix("\u{1B}[31m"))
  }

  @Test func theStepPaneScrollsWhileTheRestStays() throws {
    let dir = try TemporaryDirectory()
    let (opened, clock) = try openConsoleIncident(in: dir)
    let session = try sessionWithStep(opened, clock: clock)
    var view = ConsoleView()
    let top = frame(session, view: view, width: 80, height: 16, at: clock.now())
    #expect(top.maxScroll > 0)
    view.scroll = top.maxScroll
    let bottom = frame(session, view: view, width: 80, height: 16, at: clock.now())
    #expect(bottom.lines[0] == top.lines[0])
    #expect(bottom.lines[15] == top.lines[15])
    // Title stays pinned; the body moved.
    #expect(bottom.lines.contains { $0.hasPrefix("Step 1 of 20") })
    #expect(bottom.lines.contains { $0.contains("more above (PgUp)") })
    #expect(!bottom.lines.contains { $0.contains("more below") })
    #expect(ScreenDiff.changedRows(from: top.lines, to: bottom.lines).allSatisfy { $0 > 4 })
  }

  @Test func aLongPageIsWrappedOnlyWhereItShows() throws {
    let dir = try TemporaryDirectory()
    let (opened, clock) = try openConsoleIncident(in: dir)
    let session = try sessionWithStep(opened, clock: clock)
    var view = ConsoleView()
    view.page = ConsoleView.Page(
      title: "Steps", lines: (1...20_000).map { "step \($0) \u{1B}[31m" + Self.german })
    view.scroll = 10_000
    let rendered = frame(session, view: view, width: 80, height: 24, at: clock.now())
    #expect(rendered.lines.contains { $0.hasPrefix("step 10001 [31mGrößte") })
    #expect(!rendered.lines.joined().contains("\u{1B}"))
  }

  @Test func everythingFromTheLogIsSanitised() throws {
    let dir = try TemporaryDirectory()
    let (opened, clock) = try openConsoleIncident(
      in: dir, title: "evil\u{1B}]0;pwned\u{07}\u{202E}x")
    let session = try sessionWithStep(opened, clock: clock)
    var view = ConsoleView()
    view.addToTicker(ConsoleView.Line("note \u{1B}[2J"))
    view.addInject("inject\u{9B}31m")
    let lines = frame(session, view: view, width: 80, height: 24, at: clock.now()).lines
    for line in lines {
      #expect(!line.unicodeScalars.contains { TerminalText.isControl($0) })
    }
  }
}

/// What a resumed console's ticker starts with: the incident's last events, read from the end
/// of the log.
@Suite struct RecentEventsTests {
  @Test func theLastEventsComeFromTheEndOfTheLog() throws {
    let dir = try TemporaryDirectory()
    let (opened, clock) = try openConsoleIncident(in: dir)
    for text in ["eins", "zwei", "drei 🚨"] {
      _ = try opened.recorder.record(EventDraft(.note(NoteAdded(text: text))))
      clock.advance(seconds: 1)
    }
    let file = try IncidentFile.read(path: opened.path)
    let recent = file.recentEvents(2)
    #expect(recent.map(\.seq) == [file.state.lastSeq - 1, file.state.lastSeq])
    guard case .note(let last) = recent.last?.body else {
      Issue.record("the last event is the last note")
      return
    }
    #expect(last.text == "drei 🚨")
    #expect(file.recentEvents(0).isEmpty)
    #expect(file.recentEvents(1000).count == file.state.eventCount)
  }
}
