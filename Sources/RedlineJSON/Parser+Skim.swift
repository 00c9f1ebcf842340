extension JSONLine {
    /// Reads only some fields of a one-line JSON object: the values of top-level keys that `keep` accepts (it is
    /// shown each key's UTF-8) are parsed, every other string is stepped over without being decoded (a chat
    /// message's text is most of a line). Returns nil when the line is not an object this quick reading
    /// understands; a caller that needs an exact error parses the line with `parse` instead.
    public static func skim(_ bytes: UnsafeBufferPointer<UInt8>, keeping keep: (UnsafeBufferPointer<UInt8>) -> Bool) -> JSONObject? {
        withoutActuallyEscaping(keep) { keep in
            var parser = Parser(bytes: bytes)
            parser.skipSpace()
            guard parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "{"),
                  case .object(let object)? = try? parser.object(depth: 0, keeping: keep) else { return nil }
            return object
        }
    }
}

extension Parser {
    /// At a string without escapes or control characters: its bytes, stepping past it. Otherwise nil, leaving
    /// the position unchanged.
    mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        var end = index + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                let text = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
                index = end + 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            end += 1
        }
        return nil
    }

    /// Steps over a value: a string without decoding or checking it, anything else by parsing it.
    mutating func skipValue(depth: Int) throws(JSONSyntaxError) {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            _ = try value(depth: depth)
            return
        }
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                index += 2
            default:
                index += 1
            }
        }
        throw error("unterminated string")
    }
}
