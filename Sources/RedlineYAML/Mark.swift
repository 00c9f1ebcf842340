/// A position in a YAML source file, as reported in `path:line:column` diagnostics.
///
/// Lines and columns are 1-based; columns count Unicode scalars, so `名称` advances the column by two.
/// The offset is the 0-based UTF-8 byte offset from the start of the input (a skipped BOM included).
public struct Mark: Sendable, Hashable, Comparable {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int
    /// The 0-based byte offset into the input.
    public var offset: Int

    /// Creates a position from its 1-based line and column and 0-based byte offset.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The first character of a file: line 1, column 1, offset 0.
    public static let start = Mark(line: 1, column: 1, offset: 0)

    /// Orders positions as they appear in the file.
    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }
}

extension Mark: CustomStringConvertible {
    /// The position as `line:column`, ready to follow a file path.
    public var description: String { "\(line):\(column)" }
}
