import Testing
@testable import RedlineRegex

/// Policy patterns: PCRE2 over UTF-8, with dangerous shapes refused and every match bounded in cost.
@Suite("Regex patterns")
struct RegexPatternTests {
    @Test("Chinese patterns match with exact byte ranges, in order")
    func matches() throws {
        let pattern = try RegexPattern("发票.{0,3}不开")
        #expect(pattern.matches(in: Array("发票我们不开，发票不开".utf8)).ranges == [0..<18, 21..<33])
    }

    @Test("matching ignores ASCII case")
    func caseless() throws {
        #expect(try RegexPattern("vx[0-9]+").matches(in: Array("VX123".utf8)).ranges == [0..<5])
    }

    @Test("an invalid pattern reports PCRE2's message and the offset")
    func invalid() {
        #expect(throws: RegexError.self) { try RegexPattern("发票(不开") }
        do { _ = try RegexPattern("发票(不开") } catch { #expect(error.offset == 5) }
    }

    @Test("word boundaries are refused", arguments: ["\\b发票", "发票\\B"])
    func wordBoundary(_ source: String) {
        #expect { try RegexPattern(source) } throws: { ($0 as? RegexError).map { if case .wordBoundary = $0 { true } else { false } } ?? false }
    }

    @Test("nested unbounded repeats and backreferences are refused", arguments: ["(a+)+b", "(\\d*)*", "(?:x+y?)+z", "(a)\\1", "((a+)b)*"])
    func catastrophic(_ source: String) {
        #expect { try RegexPattern(source) } throws: { ($0 as? RegexError).map { if case .catastrophic = $0 { true } else { false } } ?? false }
    }

    @Test("escaped parentheses and bounded repeats are fine", arguments: ["\\(a+\\)+", "(ab){2}c", "[(]a+[)]+", "(?:微信|vx)号?[0-9]{5,12}"])
    func accepted(_ source: String) throws {
        _ = try RegexPattern(source)
    }

    @Test("a hostile input returns, reporting the cost limit if it is hit")
    func hostile() throws {
        let pattern = try RegexPattern("(?:a|aa){1,100}b")
        let result = pattern.matches(in: [UInt8](repeating: UInt8(ascii: "a"), count: 100_000))
        #expect(result.ranges.isEmpty)
    }

    @Test("required literals come from a run or a group that must match", arguments: [
        ("发票.{0,5}不开", true), ("(?:微信|vx)号?[:：]?[a-z][a-z0-9_-]{5,19}", true), ("[0-9]+", false), ("a|b", true),
        ("(?:微信|\\+v)[a-z]{5}", true), ("(?:\\d|微信)[a-z]", false), ("微信|[0-9]+", false), ("(?!不)开", true),
        ("(?:发票)?[0-9]+", false),
    ])
    func requiredLiterals(_ source: String, _ hasLiterals: Bool) throws {
        let pattern = try RegexPattern(source)
        #expect((pattern.requiredLiterals != nil) == hasLiterals)
        if let literals = pattern.requiredLiterals {
            let text = Array("发票我不开 vx:abcdefg 微信号abcdef +vabcde".utf8)
            #expect(pattern.matches(in: text).ranges.isEmpty || literals.contains { literal in text.firstRange(of: literal) != nil })
        }
    }

    @Test("an alternation requires a literal of every branch")
    func alternationUnion() throws {
        let pattern = try RegexPattern("(?:快递员|上门)[^。]{0,6}收钱|先(?:收货|签收)[^。]{0,8}再付")
        #expect(pattern.requiredLiterals?.map { String(decoding: $0, as: UTF8.self) } == ["收钱", "再付"])
    }

    @Test("of several required parts the rarer one prefilters")
    func rarerLiteral() throws {
        let common = try RegexPattern("(?:还|都|再)送(?!到)")
        #expect(common.requiredLiterals == [Array("送".utf8)])
        let longer = try RegexPattern("开(?:发票|收据)")
        #expect(longer.requiredLiterals?.count == 2)
    }

    @Test("one pattern is safe to use from many tasks at once")
    func concurrent() async throws {
        let pattern = try RegexPattern("加.{0,2}微信")
        let text = Array(String(repeating: "请加我微信哦，", count: 50).utf8)
        let expected = pattern.matches(in: text)
        await withTaskGroup(of: RegexMatches.self) { group in
            for _ in 0..<8 { group.addTask { (0..<100).map { _ in pattern.matches(in: text) }.last! } }
            for await result in group { #expect(result == expected) }
        }
    }
}
