/// `step.skipped`: a step was passed over, with the reason the operator gave.
public struct StepSkipped: EventPayload, Equatable {
  public static let type = EventType.stepSkipped
  public var step: String
  public var reason: String?

  public init(step: String, reason: String?) {
    self.step = step
    self.reason = reason
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("step", step)
    fields.put("reason", reason)
  }

  public init(from fields: inout EventFieldReader) {
    step = fields.text("step")
    reason = fields.string("reason")
  }
}
