/// A JSON document with object keys kept in order: `crisis convert` prints keys as they stand
/// in the file, and log lines keep a fixed, readable field order.
///
/// Not `indirect`: arrays already give the recursion its indirection, and boxing every scalar
/// made parsing a log line a quarter slower (one allocation per value).
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  /// An integer that fits in 64 bits.
  case int(Int64)
  /// Any other number, kept as its JSON text so large integers and exact decimals survive.
  case number(String)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.double(let a), .double(let b)): return a == b || (a.isNaN && b.isNaN)
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let b): hasher.combine(b)
    case .int(let i): hasher.combine(i)
    case .number(let s): hasher.combine(s)
    case .double(let d): hasher.combine(d)
    case .string(let s): hasher.combine(s)
    case .array(let a): hasher.combine(a)
    case .object(let o):
      for (k, v) in o {
        hasher.combine(k)
        hasher.combine(v)
      }
    }
  }

  /// The value for `key` in an object, else nil.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.0 == key }?.1
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var intValue: Int64? {
    switch self {
    case .int(let i): return i
    case .double(let d) where d.rounded() == d && abs(d) < 9e15: return Int64(d)
    default: return nil
    }
  }
}

extension JSONValue {
  /// Whether every number in the value is finite: JSON has no NaN or infinity, so a value
  /// with one cannot be written as it is.
  public var isFinite: Bool {
    switch self {
    case .double(let d): d.isFinite
    case .array(let items): items.allSatisfy(\.isFinite)
    case .object(let pairs): pairs.allSatisfy { $0.1.isFinite }
    default: true
    }
  }
}
