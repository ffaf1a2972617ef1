/// `step.started`: a step was opened on screen.
public struct StepStarted: EventPayload, Equatable {
  public static let type = EventType.stepStarted
  public var step: String

  public init(step: String) { self.step = step }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("step", step)
  }

  public init(from fields: inout EventFieldReader) {
    step = fields.text("step")
  }
}
