import Testing

@testable import CrisisKit

/// `IncidentEvent.envelopeSlot` decides by length before comparing; it must still know
/// exactly the envelope keys, each in its own slot, and nothing else.
@Suite struct EnvelopeSlotTests {
  @Test func everyEnvelopeKeyHasItsOwnSlot() {
    let slots = IncidentEvent.envelopeKeys.map { IncidentEvent.envelopeSlot($0) }
    #expect(slots.allSatisfy { $0 != nil })
    #expect(Set(slots.compactMap { $0 }).count == IncidentEvent.envelopeKeys.count)
  }

  @Test func ownFieldsHaveNone() {
    for key in [
      "", "V", "t", "ts ", "step", "text", "name", "role", "actors", "incidents", "seq2", "Mode",
      "channel", "url", "sims", "prevx", "äc", "ü",
    ] {
      #expect(IncidentEvent.envelopeSlot(key) == nil, "\(key)")
    }
  }
}
