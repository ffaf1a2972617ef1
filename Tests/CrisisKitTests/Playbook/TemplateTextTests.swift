import Testing

@testable import CrisisKit

@Suite struct TemplateTextTests {
  @Test func rendersAndKeepsUnknown() {
    let text =
      "Wir wissen, dass {{ product }} ausfällt 🚨. Nächstes Update {{next_update}}, {{eta}}."
    let out = TemplateText.render(text, values: ["product": "unser Shop", "next_update": "17:35"])
    #expect(out == "Wir wissen, dass unser Shop ausfällt 🚨. Nächstes Update 17:35, {{eta}}.")
  }

  @Test func findsPlaceholders() {
    let names = TemplateText.placeholders(in: "{{a}} {{ role.lead }} {{not closed} {{x y}} {{}}")
      .map(\.name)
    #expect(names == ["a", "role.lead"])
  }

  @Test func valuesAreNotReexpanded() {
    #expect(TemplateText.render("{{a}}", values: ["a": "{{b}}", "b": "no"]) == "{{b}}")
  }
}

/// The renderer works on UTF-8 bytes (it was a scalar array per call, and linting a 10 MB
/// playbook spent half its time there); these pin what must not change.
@Suite struct TemplateTextByteScanTests {
  @Test func offsetsCountUnicodeScalars() {
    let found = TemplateText.placeholders(in: "Grüße 🚨 {{a}} – „{{ b\t}}“")
    #expect(found.map(\.name) == ["a", "b"])
    #expect(found.map(\.offset) == [8, 17])
  }

  @Test func namesMatchPlaceholders() {
    for text in [
      "Grüße 🚨 {{a}} – „{{ b\t}}“", "{{a}} {{ role.lead }} {{not closed} {{x y}} {{}}", "{{{a}}}",
      "{{a}}}}{{", "{{a\n}} {{a}}", "{", "", "{{ä}} {{a b}} {{}} {{x}}{{y}}",
    ] {
      #expect(
        TemplateText.placeholderNames(in: text) == TemplateText.placeholders(in: text).map(\.name))
    }
  }

  @Test func bracesNextToPlaceholders() {
    #expect(TemplateText.render("{{{a}}}", values: ["a": "X"]) == "{X}")
    #expect(TemplateText.render("{{a}}}}{{", values: ["a": "X"]) == "X}}{{")
    #expect(TemplateText.render("{{a\n}} {{a}}", values: ["a": "X"]) == "{{a\n}} X")
    #expect(
      TemplateText.render("{{ä}} {{a b}} {{}}", values: ["ä": "X", "a b": "X", "": "X"])
        == "{{ä}} {{a b}} {{}}")
    #expect(TemplateText.placeholders(in: "{").isEmpty)
    #expect(TemplateText.placeholders(in: "").isEmpty)
  }

  @Test func renderWithoutValuesIsIdentity() {
    let text = "Störung {{shop}} seit {{now}} Uhr\n{{ role.it }} {{x"
    #expect(TemplateText.render(text, values: [:]) == text)
    #expect(
      TemplateText.render(text, values: ["shop": "Ä", "role.it": "Jörg"])
        == "Störung Ä seit {{now}} Uhr\nJörg {{x")
  }
}
