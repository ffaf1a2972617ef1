/// `step.done`: a step was marked done.
public struct StepDone: EventPayload, Equatable {
  public static let type = EventType.stepDone
  public var step: String

  public init(step: String) { self.step = step }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("step", step)
  }

  public init(from fields: inout EventFieldReader) {
    step = fields.text("step")
  }
}
