extension Parser {
    /// A string: the fast path slices bytes without escapes straight into a `String` after one UTF-8 check;
    /// escapes, surrogate pairs included, are decoded. A lone surrogate, a raw control character or invalid
    /// UTF-8 is an error at its column.
    mutating func string() throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                // Checked here, then decoded: String(validating:as:) is generic and looks up type metadata on
                // every call, which costs more than a second pass over the bytes.
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                let invalid = firstInvalidUTF8(slice)
                guard invalid == slice.count else {
                    index = start + invalid
                    throw error("invalid UTF-8 in a string")
                }
                index += 1
                return String(decoding: slice, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw error("control character in a string: escape it") }
            index += 1
        }
        index = start - 1
        throw error("unterminated string")
    }

    private mutating func escapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var utf8: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let invalid = firstInvalidUTF8(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                guard invalid == index - start else {
                    index = start + invalid
                    throw error("invalid UTF-8 in a string")
                }
                index += 1
                return String(decoding: utf8, as: UTF8.self)
            }
            if byte < 0x20 { throw error("control character in a string: escape it") }
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { throw error("unterminated escape") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                let escapeStart = index - 2
                var value = try hex4()
                if (0xD800...0xDBFF).contains(value) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                    else { index = escapeStart; throw error("lone surrogate in \\u escape") }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { index = escapeStart; throw error("lone surrogate in \\u escape") }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(value) {
                    index = escapeStart
                    throw error("lone surrogate in \\u escape")
                }
                guard let scalar = Unicode.Scalar(value) else { throw error("invalid \\u escape") }
                UTF8.encode(scalar) { utf8.append($0) }
            default:
                index -= 1
                throw error("invalid escape")
            }
        }
        index = start - 1
        throw error("unterminated string")
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("expected four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x41 + 10)
            default: throw error("expected four hex digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// The offset of the first byte that makes `bytes` invalid UTF-8 (overlong forms, surrogates and values past
    /// U+10FFFF included), or `bytes.count` when all of it is valid. Runs of ASCII are stepped over eight bytes at
    /// a time.
    private func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return 0 }
        while i < count {
            if i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
                i + offset < count && range.contains(bytes[i + offset])
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return i }
                i += 2
            case 0xE0...0xEF:
                let second: ClosedRange<UInt8> = lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F : 0x80...0xBF
                guard continuation(1, second), continuation(2) else { return i }
                i += 3
            case 0xF0...0xF4:
                let second: ClosedRange<UInt8> = lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
                guard continuation(1, second), continuation(2), continuation(3) else { return i }
                i += 4
            default:
                return i
            }
        }
        return count
    }
}
