/// A place in a policy or input file: the path as the user gave it, a 1-based line and a 1-based column
/// counted in Unicode scalars (0 when only the line is known, as for JSON Lines records).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, `path:line` when the column is unknown, `path` when the line is.
    public var description: String {
        line <= 0 ? path : column > 0 ? "\(path):\(line):\(column)" : "\(path):\(line)"
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}
