import Testing

@testable import CrisisKit

/// `crisis approve` (and the walkthrough) decide an approval with `MessageApproval.draft`:
/// the playbook built in code, since templates and channels with `approve:` are plain data.
@Suite struct MessageApprovalTests {
  /// The DESIGN example with `first-post` needing the lead's approval and every message on
  /// the status page needing the comms lead's.
  static var playbook: Playbook {
    var playbook = Fixtures.websiteOutage
    playbook.templates[0].approve = Fixtures.ref("lead")
    playbook.channels[0].approve = Fixtures.ref("comms")
    return playbook
  }

  /// A session on its first step (`confirm`).
  static var state: IncidentState { Driver(playbook: playbook).session.state }

  func approved(_ result: Result<EventDraft, OperatorCommand.Hint>) -> MessageApproved? {
    guard case .success(let draft) = result, case .messageApproved(let p) = draft.body else {
      return nil
    }
    return p
  }

  func hint(_ result: Result<EventDraft, OperatorCommand.Hint>) -> String? {
    guard case .failure(let hint) = result else { return nil }
    return hint.text
  }

  @Test func theTemplatesOwnRoleWithTheStepOnScreen() throws {
    let result = MessageApproval.draft(
      template: "first-post", playbook: Self.playbook, state: Self.state, by: "Ben")
    let p = try #require(approved(result))
    #expect(p == MessageApproved(template: "first-post", role: "lead", by: "Ben", step: "confirm"))
    let draft = try result.get()
    #expect(draft.type == .messageApproved)
    #expect(
      draft.fields.map(\.0) == ["template", "role", "by", "step"]
        && draft.fields.map(\.1) == [
          .string("first-post"), .string("lead"), .string("Ben"), .string("confirm"),
        ])
  }

  /// `status-post` names no role itself; its channel (the status page) does.
  @Test func theChannelsRoleWhenTheTemplateNamesNone() throws {
    let p = try #require(
      approved(
        MessageApproval.draft(
          template: "status-post", playbook: Self.playbook, state: Self.state, by: "Anna")))
    #expect(p.role == "comms")
    #expect(p.by == "Anna")
  }

  /// A template's own `approve:` wins over its channel's.
  @Test func theTemplateWinsOverItsChannel() throws {
    var playbook = Self.playbook
    playbook.templates[1].approve = Fixtures.ref("it")
    let p = try #require(
      approved(
        MessageApproval.draft(
          template: "status-post", playbook: playbook, state: Self.state, by: "Anna")))
    #expect(p.role == "it")

  }

  @Test func noStepBeforeTheFirstOne() throws {
    let state = IncidentState(playbook: Self.playbook)
    let p = try #require(
      approved(
        MessageApproval.draft(
          template: "first-post", playbook: Self.playbook, state: state, by: "Ben")))
    #expect(p.step == nil)
  }

  @Test func aTypoGetsADidYouMeanAndTheList() throws {
    let text = try #require(
      hint(
        MessageApproval.draft(
          template: "frist-post", playbook: Self.playbook, state: Self.state, by: "Ben")))
    #expect(
      text
        == "playbook website-outage has no template 'frist-post'; did you mean 'first-post'? "
        + "(templates that need approval: first-post, status-post)")
  }

  @Test func aTemplateThatNeedsNoApprovalIsRefused() throws {
    var playbook = Self.playbook
    playbook.channels[0].approve = nil
    let text = try #require(
      hint(
        MessageApproval.draft(
          template: "status-post", playbook: playbook, state: Self.state, by: "Ben")))
    #expect(
      text
        == "template 'status-post' needs no approval (templates that need approval: first-post)")
  }

  @Test func aPlaybookWithoutApprovalsSaysSo() throws {
    let text = try #require(
      hint(
        MessageApproval.draft(
          template: "first-post", playbook: Fixtures.websiteOutage, state: Self.state, by: "Ben")
      ))
    #expect(text.hasPrefix("template 'first-post' needs no approval"))
    #expect(text.hasSuffix("(no template of playbook website-outage needs approval)"))
    #expect(MessageApproval.templatesNeedingApproval(in: Fixtures.websiteOutage).isEmpty)
  }

  @Test func aResolvedIncidentIsRefused() throws {
    var driver = Driver(playbook: Self.playbook)
    driver.write([EventDraft(.incidentResolved(IncidentResolved(summary: "all good")))])
    #expect(driver.session.state.isResolved)
    let text = try #require(
      hint(
        MessageApproval.draft(
          template: "first-post", playbook: Self.playbook, state: driver.session.state, by: "Ben"
        )))
    #expect(text == "inc-1 is resolved; there is nothing to approve")
  }

  /// What the walkthrough and `crisis approve` print for the recorded event.
  @Test func theEventInWords() throws {
    let draft = try MessageApproval.draft(
      template: "first-post", playbook: Self.playbook, state: Self.state, by: "Ben"
    ).get()
    var recorder = Fixtures.Recorder()
    let event = recorder.event(draft, at: Fixtures.start, actor: "Ben")
    #expect(
      EventDescription.text(event, playbook: Self.playbook)
        == "message first-post approved by Ben (Incident lead)")
  }
}
