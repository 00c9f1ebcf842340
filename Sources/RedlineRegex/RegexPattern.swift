import CPCRE2

/// A compiled policy pattern: PCRE2 in UTF mode with JIT, bounded in cost, safe to share across threads.
///
/// Inputs are the UTF-8 bytes of Swift strings, so they are valid UTF-8 and matching skips PCRE2's check.
public struct RegexPattern: Sendable {
    public let source: String
    /// Literal byte strings, one of which occurs in any text the pattern matches; nil when none can be proven.
    public let requiredLiterals: [[UInt8]]?
    private let code: CompiledCode

    /// The longest pattern accepted, in Unicode scalars.
    public static let maximumLength = 1_000
    /// Backtracking steps and nesting depth a single match may use before it is stopped.
    public static let matchLimit: UInt32 = 100_000
    public static let depthLimit: UInt32 = 1_000

    public init(_ source: String, caseInsensitive: Bool = true) throws(RegexError) {
        let scalars = Array(source.unicodeScalars)
        guard scalars.count <= Self.maximumLength else {
            throw .tooLong(length: scalars.count, limit: Self.maximumLength)
        }
        try PatternSafety.check(scalars)
        self.source = source
        code = try CompiledCode(source, caseInsensitive: caseInsensitive)
        requiredLiterals = RequiredLiterals.derive(scalars)
    }

    /// All non-overlapping matches in `text`, as byte ranges in order. Stops, and says so, when a match uses
    /// more than the cost limit.
    public func matches(in text: UnsafeBufferPointer<UInt8>) -> RegexMatches {
        code.matches(in: text)
    }

    public func matches(in text: [UInt8]) -> RegexMatches {
        text.withUnsafeBufferPointer { matches(in: $0) }
    }
}

/// The matches of a pattern in one text.
public struct RegexMatches: Sendable, Equatable {
    public var ranges: [Range<Int>]
    /// True when matching stopped at the cost limit; `ranges` holds what was found before.
    public var hitCostLimit: Bool
}

/// Owns the PCRE2 code and match context. Both are immutable after construction and PCRE2 documents them as
/// shareable between threads (each match gets its own match data), so the class is `@unchecked Sendable`.
private final class CompiledCode: @unchecked Sendable {
    let code: OpaquePointer
    let context: OpaquePointer?

    init(_ source: String, caseInsensitive: Bool) throws(RegexError) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let options = UInt32(PCRE2_UTF) | (caseInsensitive ? UInt32(PCRE2_CASELESS) : 0)
        let bytes = Array(source.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            var message = [UInt8](repeating: 0, count: 256)
            let length = pcre2_get_error_message_8(errorCode, &message, message.count)
            let text = String(decoding: message.prefix(max(0, Int(length))), as: UTF8.self)
            let scalarOffset = String(decoding: bytes.prefix(errorOffset), as: UTF8.self).unicodeScalars.count
            throw .invalid(message: text, offset: scalarOffset)
        }
        code = compiled
        _ = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
        context = pcre2_match_context_create_8(nil)
        if let context {
            pcre2_set_match_limit_8(context, RegexPattern.matchLimit)
            pcre2_set_depth_limit_8(context, RegexPattern.depthLimit)
        }
    }

    deinit {
        if let context { pcre2_match_context_free_8(context) }
        pcre2_code_free_8(code)
    }

    func matches(in text: UnsafeBufferPointer<UInt8>) -> RegexMatches {
        var result = RegexMatches(ranges: [], hitCostLimit: false)
        guard let data = pcre2_match_data_create_from_pattern_8(code, nil) else { return result }
        defer { pcre2_match_data_free_8(data) }
        let empty: [UInt8] = [0]
        return empty.withUnsafeBufferPointer { fallback in
            let subject = text.baseAddress ?? fallback.baseAddress
            var offset = 0
            while offset <= text.count {
                let status = pcre2_match_8(code, subject, text.count, offset, UInt32(PCRE2_NO_UTF_CHECK), data, context)
                if status == PCRE2_ERROR_NOMATCH { break }
                guard status >= 0 else {
                    result.hitCostLimit = [PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT,
                                           PCRE2_ERROR_JIT_STACKLIMIT].contains(status)
                    break
                }
                guard let vector = pcre2_get_ovector_pointer_8(data) else { break }
                let start = vector[0], end = vector[1]
                result.ranges.append(start..<end)
                if end > start {
                    offset = end
                } else {
                    offset = end + 1
                    while offset < text.count, text[offset] & 0xC0 == 0x80 { offset += 1 }
                }
            }
            return result
        }
    }
}
