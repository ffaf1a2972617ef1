import Foundation
import Testing

@testable import CrisisKit

/// The catalogue in both languages: the same keys, nothing empty, and no German phrase left
/// as the English one (but for the few that are the same in both).
@Suite struct CatalogueTests {
  let english = CatalogueSample.phrases(.english)
  let german = CatalogueSample.phrases(.german)

  /// Phrases that read the same in German: `in 5m`, an owner as `Role: Name`, the option's
  /// name before an explanation that is itself translated.
  static let sameInBoth: Set<String> = [
    "obligation.dueIn", "status.dueIn", "obligation.owner", "prompt.varRefused",
  ]

  @Test func bothLanguagesHaveEveryKey() {
    #expect(english.map(\.key) == german.map(\.key))
    #expect(Set(english.map(\.key)).count == english.count, "a key is listed twice")
  }

  @Test func noPhraseIsEmpty() {
    for (key, text) in english + german where key.hasPrefix("command.summary") == false {
      #expect(!text.trimmingSpaces().isEmpty, "\(key) is empty")
    }
  }

  @Test func germanIsNotEnglish() {
    for (en, de) in zip(english, german) where !Self.sameInBoth.contains(en.key) {
      #expect(en.text != de.text, "\(en.key) is not translated: \(de.text)")
    }
  }

  @Test func theAllowListIsStillNeeded() {
    // An entry that became different in German is no longer an exception.
    for (en, de) in zip(english, german) where Self.sameInBoth.contains(en.key) {
      #expect(en.text == de.text, "\(en.key) differs now; take it off the allow-list")
    }
  }

  @Test func germanDatesAreDayMonthYear() {
    let time = CatalogueSample.sampleTime
    #expect(Language.german.command.dateTime(time) == "21.11.2026 17:03")
    #expect(Language.english.command.dateTime(time) == "2026-11-21 17:03")
  }

  /// Every phrase that ends up on one line of the console fits 80 columns with its sample
  /// arguments; the long ones are wrapped by the screen, not cut.
  @Test(arguments: [
    "screen.hintLine", "screen.hintLine.back", "screen.hintLine.acknowledge", "screen.keyLine",
  ])
  func hintLinesFit(key: String) {
    for phrases in [english, german] {
      let text = phrases.first { $0.key == key }?.text ?? ""
      #expect(DisplayWidth.of(text) <= 80, "\(key): \(text)")
    }
  }

  @Test func everyLanguageHasItsWords() {
    for language in Language.allCases {
      #expect(CatalogueSample.phrases(language).count == english.count)
    }
  }
}

/// No phrase in the catalogue that nothing shows: each key's member is called from the
/// sources outside `Language/`.
@Suite struct CatalogueUseTests {
  /// Every `.name` the sources outside `Language/` mention.
  static let mentioned: Set<String> = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources")
    var names: Set<String> = []
    let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
    for path in files ?? [] where path.hasSuffix(".swift") && !path.contains("Language/") {
      let text = (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
      var current: String?
      for character in text {
        if character == "." {
          if let name = current, !name.isEmpty { names.insert(name) }
          current = ""
        } else if character.isLetter || character.isNumber || character == "_" {
          current?.append(character)
        } else {
          if let name = current, !name.isEmpty { names.insert(name) }
          current = nil
        }
      }
    }
    return names
  }()

  @Test func everyPhraseIsUsed() {
    #expect(!Self.mentioned.isEmpty)
    let members = Set(
      CatalogueSample.phrases(.english).compactMap { row -> String? in
        let parts = row.key.split(separator: ".")
        // Events are worded by type, not by a member.
        return parts.first == "event" || parts.count < 2 ? nil : String(parts[1])
      })
    for member in members.sorted() {
      let used = Self.mentioned.contains(member)
      #expect(used, "\(member) is in the catalogue but nothing shows it")
    }
  }
}
