/// A position in a YAML source: 1-based line and column (the column counted in Unicode scalars) and the
/// 0-based offset in Unicode scalars.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (a: Mark, b: Mark) -> Bool { a.offset < b.offset }

    public var description: String { "\(line):\(column)" }

    /// The line and column of a byte offset, counted by scanning `bytes` (for libyaml reader errors, which only
    /// carry an offset). Columns count UTF-8 lead bytes, so a partial character still moves the column once.
    static func locate(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1, column = 1, scalars = 0
        let end = min(max(0, offset), bytes.count)
        for index in 0..<end {
            let byte = bytes[index]
            guard byte & 0xC0 != 0x80 else { continue }
            scalars += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return Mark(line: line, column: column, offset: scalars)
    }
}
