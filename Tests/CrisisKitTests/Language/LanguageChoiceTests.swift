import Testing

@testable import CrisisKit

/// `Language.chosen`: `--lang`, else the playbook's `language:`, else the first locale
/// variable set, else English.
@Suite struct LanguageChoiceTests {
  @Test(arguments: [
    (Language?.some(.english), Language?.some(.german), ["LANG": "de_DE.UTF-8"], Language.english),
    (nil, .german, ["LANG": "en_US.UTF-8"], .german),
    (nil, .english, ["LC_ALL": "de_DE.UTF-8"], .english),
    (nil, nil, ["LANG": "de_DE.UTF-8"], .german),
    (nil, nil, ["LC_ALL": "de_AT@euro", "LANG": "C"], .german),
    (nil, nil, ["LC_ALL": "", "LC_MESSAGES": "C", "LANG": "de_DE"], .english),
    (nil, nil, ["LANG": "fr_FR.UTF-8"], .english),
    (nil, nil, ["LANG": "C"], .english),
    (nil, nil, [:], .english),
  ])
  func order(
    flag: Language?, playbook: Language?, environment: [String: String], expected: Language
  ) {
    #expect(
      Language.chosen(flag: flag, playbook: playbook, environment: environment) == expected)
  }
}
