import RedlineYAML
import Testing

/// One malformed input with the exact error, message and position it must produce.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var limits = YAMLLimits.standard
    var error: YAMLError
    var message: String

    var testDescription: String { name }

    static let all: [ErrorCase] = [
        ErrorCase(
            name: "unclosed flow sequence", bytes: Array("key: [1, 2\n".utf8),
            error: .syntax(
                problem: "did not find expected ',' or ']'",
                context: "while parsing a flow sequence at line 1, column 6", at: at(2, 1, 11)),
            message: "did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 6)"),
        ErrorCase(
            name: "mapping value in a scalar", bytes: Array("a: 1\n  b: 2\n".utf8),
            error: .syntax(problem: "mapping values are not allowed in this context", context: nil, at: at(2, 4, 8)),
            message: "mapping values are not allowed in this context"),
        ErrorCase(
            name: "control character", bytes: Array("a: 1\nb: x\u{1}\n".utf8),
            error: .syntax(problem: "control characters are not allowed", context: nil, at: at(2, 5, 9)),
            message: "control characters are not allowed"),
        ErrorCase(
            name: "invalid UTF-8 in line 3", bytes: Array("a: 1\nb: 2\nc: 好".utf8) + [0xFF, 0x0A],
            error: .invalidUTF8(at: at(3, 5, 16)),
            message: "invalid UTF-8 byte sequence"),
        ErrorCase(
            name: "UTF-8 sequence broken by an ASCII byte", bytes: Array("a: 1\nb: 2\nc: 好".utf8) + [0xE4, 0x09, 0x0A],
            error: .invalidUTF8(at: at(3, 5, 16)),
            message: "invalid UTF-8 byte sequence"),
        ErrorCase(
            name: "overlong UTF-8 encoding", bytes: Array("a: [x, ".utf8) + [0xC0, 0xAF, 0x5D],
            error: .invalidUTF8(at: at(1, 8, 7)),
            message: "invalid UTF-8 byte sequence"),
        ErrorCase(
            name: "truncated UTF-8 sequence", bytes: Array("名: ".utf8) + [0xE5, 0xA5],
            error: .invalidUTF8(at: at(1, 4, 5)),
            message: "invalid UTF-8 byte sequence"),
        ErrorCase(
            name: "tab indentation", bytes: Array("a:\n\tb: 1\n".utf8),
            error: .tab(at: at(2, 1, 3)),
            message: "tab used for indentation; use spaces"),
        ErrorCase(
            name: "tab after spaces in a nested mapping", bytes: Array("rules:\n  - id: 1\n  \t  on: x\n".utf8),
            error: .tab(at: at(3, 3, 19)),
            message: "tab used for indentation; use spaces"),
        ErrorCase(
            name: "duplicate key", bytes: Array("rules:\n  - name: a\n    id: r1\n    id: r2\n".utf8),
            error: .duplicateKey("id", at: at(4, 5, 34), firstAt: at(3, 5, 23)),
            message: "duplicate key 'id' (first defined at line 3, column 5)"),
        ErrorCase(
            name: "duplicate key differing only in quoting", bytes: Array("名称: a\n\"名称\": b\n".utf8),
            error: .duplicateKey("名称", at: at(2, 1, 10), firstAt: at(1, 1, 0)),
            message: "duplicate key '名称' (first defined at line 1, column 1)"),
        ErrorCase(
            name: "too deep", bytes: Array("a:\n  b:\n    c:\n      d: 1\n".utf8), limits: YAMLLimits(maxDepth: 3),
            error: .tooDeep(limit: 3, at: at(4, 7, 21)),
            message: "nesting deeper than 3 levels"),
        ErrorCase(
            name: "too many nodes", bytes: Array("[a, b, c, d, e]".utf8), limits: YAMLLimits(maxNodes: 5),
            error: .tooManyNodes(limit: 5, at: at(1, 14, 13)),
            message: "more than 5 nodes once aliases are expanded"),
        ErrorCase(
            name: "too large", bytes: Array("abcdefghij".utf8), limits: YAMLLimits(maxBytes: 8),
            error: .tooLarge(bytes: 10, limit: 8),
            message: "input is 10 bytes, more than the limit of 8"),
        ErrorCase(
            name: "unknown alias", bytes: Array("a: 1\nb: *nope\n".utf8),
            error: .unknownAlias("nope", at: at(2, 4, 8)),
            message: "unknown alias '*nope'"),
        ErrorCase(
            name: "second document", bytes: Array("a: 1\n---\nb: 2\n".utf8),
            error: .multipleDocuments(at: at(2, 1, 5)),
            message: "a second document starts here; only one document is allowed"),
    ]
}

@Suite("Errors")
struct ErrorTests {
    @Test("each malformed input fails with its exact error, position and message", arguments: ErrorCase.all)
    func golden(_ golden: ErrorCase) throws {
        let error = try #require(parseError(golden.bytes, limits: golden.limits))
        #expect(error == golden.error)
        #expect(error.message == golden.message)
        #expect(error.mark == golden.error.mark)
    }

    @Test("messages are lowercase and end without a period", arguments: ErrorCase.all)
    func messageStyle(_ golden: ErrorCase) {
        let message = golden.error.message
        #expect(message.first?.isLowercase == true)
        #expect(!message.hasSuffix("."))
    }

    @Test("a size error points at line 1, column 1")
    func tooLargeMark() {
        #expect(YAMLError.tooLarge(bytes: 10, limit: 8).mark == at(1, 1, 0))
    }

    @Test("an error describes itself as line:column: message")
    func description() throws {
        let error = try #require(parseError("a: 1\nb: *nope\n"))
        #expect(error.description == "2:4: unknown alias '*nope'")
    }

    @Test("text input reports the same error as byte input")
    func textInput() throws {
        let error = try #require(parseError("a: 1\na: 2\n"))
        #expect(error == .duplicateKey("a", at: at(2, 1, 5), firstAt: at(1, 1, 0)))
    }

    @Test("a byte order mark shifts error offsets but not columns")
    func errorAfterBOM() throws {
        let error = try #require(parseError([0xEF, 0xBB, 0xBF] + Array("a: 1\nb: [\n".utf8)))
        #expect(error.mark.line == 3)
        #expect(error.mark.column == 1)
        #expect(error.mark.offset == 13)
    }
}
