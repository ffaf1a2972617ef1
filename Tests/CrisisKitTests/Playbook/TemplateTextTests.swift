import Testing

@testable import CrisisKit

@Suite struct TemplateTextTests {
  @Test func rendersAndKeepsUnknown() {
    let text = "Wir wissen, dass {{ product }} ausfällt 🚨. Nächstes Update {{next_update}}, {{eta}}."
    let out = TemplateText.render(text, values: ["product": "unser Shop", "next_update": "17:35"])
    #expect(out == "Wir wissen, dass unser Shop ausfällt 🚨. Nächstes Update 17:35, {{eta}}.")
  }

  @Test func findsPlaceholders() {
    let names = TemplateText.placeholders(in: "{{a}} {{ role.lead }} {{not closed} {{x y}} {{}}").map(\.name)
    #expect(names == ["a", "role.lead"])
  }

  @Test func valuesAreNotReexpanded() {
    #expect(TemplateText.render("{{a}}", values: ["a": "{{b}}", "b": "no"]) == "{{b}}")
  }
}
