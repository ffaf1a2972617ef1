/// A place in a source file: 1-based line and column, the column counted in Unicode scalars
/// (so `ä` is one column, as an editor shows it), plus the byte offset for slicing.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var offset: Int

  public init(line: Int, column: Int, offset: Int = 0) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  public static let start = SourcePosition(line: 1, column: 1, offset: 0)

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// `LINE:COL`, the way compilers print it.
  public var description: String { "\(line):\(column)" }
}
