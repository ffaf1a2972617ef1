/// `role.assigned`: someone took a role; an empty name leaves it unassigned.
public struct RoleAssigned: EventPayload, Equatable {
  public static let type = EventType.roleAssigned
  public var role: String
  public var name: String

  public init(role: String, name: String) {
    self.role = role
    self.name = name
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("role", role)
    fields.put("name", name)
  }

  public init(from fields: inout EventFieldReader) {
    role = fields.text("role")
    name = fields.text("name")
  }
}
