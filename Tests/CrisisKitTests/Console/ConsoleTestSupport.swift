@testable import CrisisKit

/// A drill or live incident of the shipped website-outage playbook, opened in `dir` at
/// `incidentStart` with a `ManualClock`, for the console's tests.
func openConsoleIncident(
  in dir: TemporaryDirectory, mode: IncidentMode = .live, title: String? = nil
) throws -> (OpenedIncident, ManualClock) {
  let clock = ManualClock(incidentStart)
  var opening = try ShippedPlaybook("website-outage").opening(mode: mode, speed: 1)
  if let title { opening.title = title }
  let opened = try opening.open(in: dir.path, clock: clock, actor: "anna", random: 9)
  return (opened, clock)
}

/// The session with its first step opened, as the loop would have it.
func sessionWithStep(_ opened: OpenedIncident, clock: ManualClock) throws -> WalkthroughSession {
  var session = opened.session
  for draft in session.dueEvents(at: clock.now()) {
    let copy = session.clock
    session.record(try opened.recorder.record(draft, simulated: { copy.elapsed(at: $0) }))
  }
  return session
}

/// Text without the SGR codes styles add.
func unstyled(_ text: String) -> String {
  var out = ""
  var inEscape = false
  for scalar in text.unicodeScalars {
    if inEscape {
      if scalar.value >= 0x40 && scalar.value <= 0x7E && scalar != "[" { inEscape = false }
      continue
    }
    if scalar == "\u{1B}" {
      inEscape = true
      continue
    }
    out.unicodeScalars.append(scalar)
  }
  return out
}
