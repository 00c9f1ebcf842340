extension JSONLine {
    /// Reads only some fields of a one-line JSON object: the values of top-level keys that `keep` accepts are
    /// parsed, every other string is stepped over without being decoded (a chat message's text is most of a
    /// line). Returns nil when the line is not an object this quick reading understands; a caller that needs
    /// an exact error parses the line with `parse` instead.
    public static func skim(_ bytes: UnsafeBufferPointer<UInt8>, keeping keep: (String) -> Bool) -> JSONObject? {
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
