/// Converts libyaml positions into `Mark`s over the bytes being parsed.
///
/// libyaml reports scanner and parser positions as 0-based line and column (in characters) and
/// reader errors as a raw byte offset. This map keeps the byte offset of every line start, counting
/// line breaks exactly as libyaml does (LF, CR, CRLF, NEL, LS, PS), so both kinds become full marks.
/// The bytes are borrowed: the map must not outlive the buffer it was built over.
struct SourceMap {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let baseOffset: Int
    private let lineStarts: [Int]
    /// The last converted position; libyaml reports marks almost in order, so conversion resumes here.
    private var cursor = (line: 0, column: 0, offset: 0)

    /// Builds the map over `bytes`, which begin `baseOffset` bytes into the original input (after a BOM).
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    init(bytes: UnsafeBufferPointer<UInt8>, baseOffset: Int) {
        self.bytes = bytes
        self.baseOffset = baseOffset
        self.lineStarts = Self.lineStarts(of: bytes)
    }

    /// The mark for libyaml's 0-based `line` and `column`.
    ///
    /// - Complexity: O(*c*) in the columns walked since the previous mark on the same line.
    mutating func mark(line: Int, column: Int) -> Mark {
        let lineIndex = min(max(line, 0), lineStarts.count - 1)
        let resumes = cursor.line == lineIndex && cursor.column <= column
        var walked = resumes ? cursor.column : 0
        var offset = resumes ? cursor.offset : lineStarts[lineIndex]
        let lineEnd = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] : bytes.count
        while walked < column, offset < lineEnd {
            offset += scalarLength(at: offset)
            walked += 1
        }
        offset = min(offset, lineEnd)
        cursor = (lineIndex, walked, offset)
        return Mark(line: lineIndex + 1, column: column + 1, offset: baseOffset + offset)
    }

    /// The mark for a byte offset into the parsed bytes, its column counting the scalars before it on its line.
    ///
    /// - Complexity: O(log *l* + *c*) for *l* lines and a line prefix of *c* bytes.
    func mark(atByte byteOffset: Int) -> Mark {
        let offset = min(max(byteOffset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for index in lineStarts[low]..<offset where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        return Mark(line: low + 1, column: column, offset: baseOffset + offset)
    }

    /// The byte at a mark, or nil past the end.
    func byte(at mark: Mark) -> UInt8? {
        let offset = mark.offset - baseOffset
        return bytes.indices.contains(offset) ? bytes[offset] : nil
    }

    /// The offset where the first ill-formed UTF-8 sequence begins, if one begins at or before `limit`.
    ///
    /// - Complexity: O(*n*) in the bytes up to `limit`; used on the error path only.
    func firstInvalidUTF8(through limit: Int) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while offset <= limit {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
        return nil
    }

    private func scalarLength(at offset: Int) -> Int {
        switch bytes[offset] {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }

    private static func lineStarts(of bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let breakLength = lineBreakLength(in: bytes, at: index)
            if breakLength > 0 {
                index += breakLength
                starts.append(index)
            } else {
                index += 1
            }
        }
        return starts
    }

    /// The length of the line break starting at `index`, or 0 when none does.
    private static func lineBreakLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let remaining = bytes.count - index
        switch bytes[index] {
        case 0x0A:
            return 1
        case 0x0D:
            return remaining > 1 && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2 where remaining > 1 && bytes[index + 1] == 0x85:
            return 2
        case 0xE2 where remaining > 2 && bytes[index + 1] == 0x80 && (bytes[index + 2] | 1) == 0xA9:
            return 3
        default:
            return 0
        }
    }
}
