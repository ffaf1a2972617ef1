import Testing

@testable import CrisisKit

/// The clocks the executable picks: `$CRISIS_NOW` shifts the wall clock, merge stops it.
@Suite struct ClocksTests {
  @Test func shiftedClockStartsAtItsStartAndRunsWithTheRealOne() {
    let real = ManualClock(Timestamp(milliseconds: 5_000_000, utcOffset: 0))
    let clock = ShiftedClock(start: incidentStart, real: real)
    #expect(clock.now() == incidentStart)
    real.advance(seconds: 90.5)
    #expect(clock.now() == incidentStart.adding(seconds: 90.5))
    #expect(clock.now().utcOffset == incidentStart.utcOffset)
  }

  @Test func fixedClockNeverMoves() {
    let clock = FixedClock(incidentStart)
    #expect(clock.now() == incidentStart)
    #expect(clock.now() == clock.now())
  }
}

/// A playbook with errors is not run or shown; its diagnostics go with the error.
@Suite struct InvalidPlaybookTests {
  @Test func errorsAreThrownWithEveryDiagnostic() {
    let loaded = PlaybookLoader.load(
      bytes: Array("playbook: x\ntitle: X\nsteps: 3\n".utf8), file: "p.yml")
    do {
      _ = try loaded.valid(path: "p.yml")
      Issue.record("no error")
    } catch {
      #expect(error.path == "p.yml")
      #expect(error.diagnostics == loaded.diagnostics)
      #expect(error.diagnostics.hasErrors)
    }
  }

  @Test func aValidPlaybookIsReturned() throws {
    let shipped = try ShippedPlaybook("data-breach")
    #expect(shipped.playbook.id == "data-breach")
  }
}
