import Testing

@testable import CrisisKit

/// The console in German: longer words, the same 80x24. Every row of every screen a German
/// drill goes through fits, and the header, board, step and hint line are German.
@Suite struct GermanConsoleTests {
  func germanSession(in dir: TemporaryDirectory) throws -> (WalkthroughSession, ManualClock) {
    let clock = ManualClock(incidentStart)
    var opening = try ShippedPlaybook("de/webshop-ausfall").opening(mode: .drill, speed: 1)
    opening.language = .german
    let opened = try opening.open(in: dir.path, clock: clock, actor: "anna", random: 9)
    return (try sessionWithStep(opened, clock: clock), clock)
  }

  func frame(_ session: WalkthroughSession, view: ConsoleView, at now: Timestamp) -> [String] {
    ConsoleFrame(session: session, view: view, width: 80, height: 24, styles: .plain)
      .render(at: now).lines
  }

  @Test func theFirstScreenIsGermanAndFits() throws {
    let dir = try TemporaryDirectory()
    let (session, clock) = try germanSession(in: dir)
    clock.advance(seconds: 75)
    var view = ConsoleView()
    view.addInject("Eine Journalistin ruft an")
    let lines = frame(session, view: view, at: clock.now())
    #expect(lines.count == 24)
    for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
    #expect(lines[0].hasPrefix(" ÜBUNG  T+01:15 · Schweregrad HOCH · "), "\(lines[0])")
    #expect(lines[1].hasPrefix("angemeldet: anna (keine Rolle)"))
    #expect(lines.contains { $0.hasPrefix(" 📣 EINSPIELUNG  Eine Journalistin ruft an") })
    #expect(lines.contains { $0.hasPrefix("Schritt 1 von 20: Ausfall bestätigen") })
    #expect(lines.contains { $0.hasPrefix("Verantwortlich: IT-Ansprechperson, unbesetzt") })
    #expect(lines.contains { $0.hasPrefix("Fällig T+5m, noch 3m") })
    #expect(
      lines[22]
        == "Enter ausführen · ? Befehle · PgUp/PgDn blättern · Esc quittieren · Strg-D Pause")
    #expect(lines[23] == "ÜBUNG pruefen> ")
  }

  /// Through the pages a drill shows: the commands, the status, the steps, the resolve
  /// question, with the board full after the clock jumped past every deadline.
  @Test(arguments: ["?", "i", "l", "a", "x"])
  func everyPageFits(command: String) throws {
    let dir = try TemporaryDirectory()
    var (session, clock) = try germanSession(in: dir)
    clock.advance(seconds: 3 * 3600)
    let reaction = session.handle(command, at: clock.now())
    var view = ConsoleView()
    let output = reaction.output.flatMap { $0.split(separator: "\n").map(String.init) }
    if output.count > 2 {
      view.page = ConsoleView.Page(title: output[0], lines: Array(output.dropFirst()))
    } else {
      view.messages = output.map { ConsoleView.Line($0) }
    }
    let lines = frame(session, view: view, at: clock.now())
    #expect(lines.count == 24)
    for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
    #expect(lines.contains { $0.hasPrefix("ÜBERFÄLLIG") }, "\(lines)")
  }
}
