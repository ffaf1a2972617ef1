/// An event as one short line on the screen: the walkthrough's "✓ recorded …", the
/// announcements above the prompt, the console's ticker and `crisis replay`. What the log
/// holds (titles, answers, notes, reminder texts) is shown as written, never translated.
/// The export's sentences are `EventDescription`'s `.report` detail, not these.
public protocol EventWords: Sendable {
  func line(_ event: IncidentEvent, playbook: Playbook?) -> String
}

/// English is `EventDescription`'s `.line` detail, which existed before the catalogue: one
/// place for the English words, not two.
struct EnglishEventWords: EventWords {
  func line(_ event: IncidentEvent, playbook: Playbook?) -> String {
    EventDescription.text(event, playbook: playbook, detail: .line)
  }
}

extension Language {
  /// Events as screen lines in this language.
  public var events: any EventWords {
    self == .german ? GermanEventWords() : EnglishEventWords()
  }
}
