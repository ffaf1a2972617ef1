/// `var.set`: a fact changed (a template variable got a new value).
public struct VariableSet: EventPayload, Equatable {
  public static let type = EventType.varSet
  public var name: String
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("name", name)
    fields.put("value", value)
  }

  public init(from fields: inout EventFieldReader) {
    name = fields.text("name")
    value = fields.text("value")
  }
}
