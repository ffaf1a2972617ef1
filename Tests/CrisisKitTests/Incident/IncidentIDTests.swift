import Testing

@testable import CrisisKit

@Suite struct IncidentIDTests {
  /// 2026-11-21 17:03:12 +01:00
  let now = Timestamp(milliseconds: 1_795_276_992_345, utcOffset: 3600)

  @Test func idsCarryDateAndPlaybook() {
    #expect(
      IncidentID.make(playbook: "website-outage", at: now, random: 0x7f3a)
        == "2026-11-21-website-outage-7f3a")
    #expect(IncidentID.make(playbook: "x", at: now, random: 5) == "2026-11-21-x-0005")
  }

  @Test(arguments: ["../etc", "a/b", ".hidden", ""])
  func unsafeIDs(text: String) {
    #expect(!IncidentID.isSafe(text))
  }

  @Test func pastTimes() {
    #expect(PastTime.parse("-20m", now: now)?.rfc3339 == "2026-11-21T16:43:12.345+01:00")
    #expect(PastTime.parse("16:52", now: now)?.rfc3339 == "2026-11-21T16:52:00.000+01:00")
    #expect(PastTime.parse("23:10", now: now)?.rfc3339 == "2026-11-20T23:10:00.000+01:00")
    #expect(PastTime.parse("25:00", now: now) == nil)
    #expect(PastTime.parse("soon", now: now) == nil)
  }
}
