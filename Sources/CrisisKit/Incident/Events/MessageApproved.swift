/// `message.approved`: the holder of the role a template or channel names in `approve:` has
/// approved the message. One approval covers the next post of that template.
public struct MessageApproved: EventPayload, Equatable {
  public static let type = EventType.messageApproved
  public var template: String
  /// The role whose approval the playbook asks for.
  public var role: String
  /// Who approved (the role's holder, or whoever typed it on their behalf).
  public var by: String
  /// The step on screen when it was approved, if any.
  public var step: String?

  public init(template: String, role: String, by: String, step: String? = nil) {
    self.template = template
    self.role = role
    self.by = by
    self.step = step
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("template", template)
    fields.put("role", role)
    fields.put("by", by)
    fields.put("step", step)
  }

  public init(from fields: inout EventFieldReader) {
    template = fields.text("template")
    role = fields.text("role")
    by = fields.text("by")
    step = fields.string("step")
  }
}
