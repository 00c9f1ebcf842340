/// Parses one line of JSON Lines from UTF-8 bytes, without Foundation: strings without escapes are sliced
/// straight from the input; numbers keep their text.
public enum JSONLine {
    /// The deepest nesting accepted.
    public static let maximumDepth = 64

    /// Parses exactly one JSON value, with optional surrounding white space.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = Parser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.error("expected the end of the line after the value") }
        return value
    }

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try parse(buffer) }
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

/// A recursive-descent JSON parser over a byte buffer.
struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    func error(_ message: String) -> JSONSyntaxError {
        var column = 1
        for position in 0..<min(index, bytes.count) where bytes[position] & 0xC0 != 0x80 { column += 1 }
        return JSONSyntaxError(column: column, message: message)
    }

    mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0A {
            index += 1
        }
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < JSONLine.maximumDepth else { throw error("nesting deeper than \(JSONLine.maximumDepth) levels") }
        guard index < bytes.count else { throw error("expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("expected a value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        guard index + length <= bytes.count else { throw error("expected '\(word)'") }
        for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] {
            throw error("expected '\(word)'")
        }
        index += length
    }

    mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(JSONObject()) }
        var object = JSONObject(capacity: 8)
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let key = try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after the key") }
            index += 1
            skipSpace()
            object.set(key, try value(depth: depth + 1))
            skipSpace()
            guard index < bytes.count else { throw error("expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
            throw error("expected ',' or '}'")
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard index < bytes.count else { throw error("expected ',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            throw error("expected ',' or ']'")
        }
    }

    /// A number per the JSON grammar, kept as its text.
    private mutating func number() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("leading zeros are not allowed in numbers") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension JSONLine {
    /// Reads a one-line JSON object field by field without building it: `body` is shown each key's UTF-8 and its
    /// parsed value, in order. With `keep`, only the fields whose keys it accepts are parsed and shown; the
    /// values of the others are stepped over, their strings not decoded (a chat message's text is most of its
    /// line). Returns false when the line is not a JSON object this reading understands (one with an escaped
    /// key, say); a caller that needs the error parses the line with `parse` instead.
    public static func forEachField(_ bytes: UnsafeBufferPointer<UInt8>, keeping keep: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil,
                                    _ body: (UnsafeBufferPointer<UInt8>, JSONValue) -> Void) -> Bool {
        var parser = Parser(bytes: bytes)
        parser.skipSpace()
        guard parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "{") else { return false }
        parser.index += 1
        parser.skipSpace()
        if parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "}") {
            parser.index += 1
        } else {
            while true {
                parser.skipSpace()
                guard parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "\""), let key = parser.plainString() else { return false }
                parser.skipSpace()
                guard parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: ":") else { return false }
                parser.index += 1
                parser.skipSpace()
                if let keep, !keep(key) {
                    guard (try? parser.skipValue(depth: 1)) != nil else { return false }
                } else {
                    guard let value = try? parser.value(depth: 1) else { return false }
                    body(key, value)
                }
                parser.skipSpace()
                guard parser.index < bytes.count else { return false }
                if bytes[parser.index] == UInt8(ascii: ",") { parser.index += 1; continue }
                guard bytes[parser.index] == UInt8(ascii: "}") else { return false }
                parser.index += 1
                break
            }
        }
        parser.skipSpace()
        return parser.index == bytes.count
    }

    /// Whether a key shown by `forEachField` is `name`, compared as bytes.
    public static func key(_ key: UnsafeBufferPointer<UInt8>, is name: StaticString) -> Bool {
        guard key.count == name.utf8CodeUnitCount else { return false }
        let expected = name.utf8Start
        for index in 0..<key.count where key[index] != expected[index] { return false }
        return true
    }
}
