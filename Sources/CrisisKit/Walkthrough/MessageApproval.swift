/// Approving a message that needs approval (`approve: ROLE` on its template or its channel):
/// the decision `crisis approve` takes from any terminal, and that the walkthrough can take
/// at its prompt. Pure: the playbook and the folded state in, the `message.approved` draft or
/// one sentence saying why not out. Nothing is written here.
public enum MessageApproval {
  /// The `message.approved` draft for `template` (a template id), approved by `by`:
  ///
  /// - the role is the template's `approve:`, else its channel's;
  /// - the step is the step on screen (none before the first or after the last);
  /// - refused when the incident is resolved, when the playbook has no such template (with a
  ///   "did you mean" and the templates that need approval), and when the template needs no
  ///   approval.
  ///
  /// `by` is whoever approves; it is not checked against the role's holder, since an
  /// approval given by phone is often typed in by someone else.
  public static func draft(
    template: String, playbook: Playbook, state: IncidentState, by: String,
    words: any PromptWords = Language.english.prompts
  ) -> Result<EventDraft, OperatorCommand.Hint> {
    guard !state.isResolved else {
      return .failure(OperatorCommand.Hint(words.nothingToApprove(state.id)))
    }
    let needing = words.needingApproval(
      templatesNeedingApproval(in: playbook), playbook: playbook.id)
    guard let found = playbook.template(template) else {
      let guess = EditDistance.suggestion(for: template, among: playbook.templates.map(\.id))
      let text = words.noTemplate(template, in: playbook.id, suggestion: guess)
      return .failure(OperatorCommand.Hint(text + " " + needing))
    }
    guard let role = playbook.approval(of: found)?.id else {
      return .failure(OperatorCommand.Hint(words.needsNoApproval(found.id) + " " + needing))
    }
    return .success(
      EventDraft(
        .messageApproved(
          MessageApproved(template: found.id, role: role, by: by, step: state.currentStep))))
  }

  /// The ids of the templates that need approval, in playbook order.
  public static func templatesNeedingApproval(in playbook: Playbook) -> [String] {
    playbook.templates.filter { playbook.approval(of: $0) != nil }.map(\.id)
  }

}
