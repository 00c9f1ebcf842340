import Testing
@testable import RedlineJSON

/// The JSON Lines reader: exact numbers, every escape, and errors located by column.
@Suite("JSON lines")
struct JSONLineTests {
    @Test("an object keeps its fields; numbers keep their text")
    func object() throws {
        let value = try JSONLine.parse(#"{"type":"order","amount":"89.90","seq":2,"price":0.10,"ok":true,"none":null,"list":[1,"a"]}"#)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object["amount"] == .string("89.90"))
        #expect(object["seq"] == .number("2"))
        #expect(object["price"] == .number("0.10"))
        #expect(object["ok"] == .bool(true))
        #expect(object["none"] == .null)
        #expect(object["list"] == .array([.number("1"), .string("a")]))
        #expect(object.keys == ["type", "amount", "seq", "price", "ok", "none", "list"])
    }

    @Test("every escape decodes, surrogate pairs included", arguments: [
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"), (#""\u4e2d\u6587""#, "中文"), (#""\ud83d\ude00""#, "😀"), (#""亲😀""#, "亲😀"),
    ])
    func escapes(_ json: String, _ expected: String) throws {
        #expect(try JSONLine.parse(json) == .string(expected))
    }

    @Test("bad lines are errors at their column", arguments: [
        (#"{"a":"\ud83d"}"#, 7), (#"{"a":01}"#, 7), (#"{"a":1} x"#, 9), ("{\"a\":\"x\ny\"}", 8), (#"{"发票":"不开"#, 7), (#"{"a" 1}"#, 6),
    ])
    func errors(_ json: String, _ column: Int) {
        do {
            _ = try JSONLine.parse(json)
            Issue.record("\(json) parsed")
        } catch {
            #expect(error.column == column, "\(json): \(error.message)")
        }
    }

    @Test("invalid UTF-8 inside a string is an error")
    func invalidUTF8() {
        #expect(throws: JSONSyntaxError.self) { try JSONLine.parse(Array(#"{"a":""#.utf8) + [0xFF] + Array(#""}"#.utf8)) }
    }

    @Test("a string is accepted exactly when its bytes are valid UTF-8, and reads as those bytes")
    func utf8Validation() throws {
        let pieces: [[UInt8]] = [
            [0x61], Array("中".utf8), Array("😀".utf8), Array("é".utf8), [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xE4, 0xB8], [0xBF], [0xFF], [0xF5, 0x80, 0x80, 0x80],
            Array("abcdefghij".utf8), [0xEF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
        ]
        var state: UInt64 = 11
        for _ in 0..<5_000 {
            var content: [UInt8] = []
            for _ in 0..<Int(state >> 60) + 1 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                content += pieces[Int(state >> 33) % pieces.count]
            }
            let line = [0x22] + content + [0x22]
            let expected = String(validating: content, as: UTF8.self)
            let parsed = try? JSONLine.parse(line)
            #expect(parsed == expected.map(JSONValue.string), "\(content)")
        }
    }

    @Test("nesting deeper than the limit is an error, not a crash")
    func depth() {
        #expect(throws: JSONSyntaxError.self) { try JSONLine.parse(String(repeating: "[", count: 10_000)) }
    }

    @Test("truncations and mutations of a real line never crash")
    func fuzz() {
        let line = Array(#"{"type":"message","conversation":"c1","seq":2,"time":"2026-11-11T16:05:07+08:00","role":"agent","text":"亲，特价商品不开发票哦😊\n"}"#.utf8)
        var state: UInt64 = 3
        for _ in 0..<3_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var bytes = Array(line.prefix(Int(state >> 33) % (line.count + 1)))
            if !bytes.isEmpty, state & 1 == 0 { bytes[Int(state >> 40) % bytes.count] = UInt8(truncatingIfNeeded: state >> 20) }
            _ = try? JSONLine.parse(bytes)
        }
    }

    @Test("output strings escape quotes, backslashes and control characters")
    func output() {
        #expect(JSONOutput.quoted("亲\"\\\n\u{1}") == #""亲\"\\\n\u0001""#)
    }
}
