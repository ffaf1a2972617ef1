/// `decision`: a step's question was answered; `next` is the step the answer leads to (or
/// `end`).
public struct DecisionTaken: EventPayload, Equatable {
  public static let type = EventType.decision
  public var step: String
  public var question: String
  public var answer: String
  public var next: String?

  public init(step: String, question: String, answer: String, next: String?) {
    self.step = step
    self.question = question
    self.answer = answer
    self.next = next
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("step", step)
    fields.put("question", question)
    fields.put("answer", answer)
    fields.put("next", next)
  }

  public init(from fields: inout EventFieldReader) {
    step = fields.text("step")
    question = fields.text("question")
    answer = fields.text("answer")
    next = fields.string("next")
  }
}
