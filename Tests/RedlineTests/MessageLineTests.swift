import RedlineJSON
import Testing
@testable import Redline

/// Chat messages, most of an export, are read by a fast path that must agree with the general decoder.
@Suite("Message lines")
struct MessageLineTests {
    func general(_ line: String) throws -> InputRecord {
        try InputRecord(JSONLine.parse(line))
    }

    func fast(_ line: String) -> Message? {
        Array(line.utf8).withUnsafeBufferPointer(MessageLine.decode)
    }

    @Test("a message line reads the same by the fast path as by the general decoder", arguments: [
        #"{"type":"message","conversation":"c1","seq":2,"time":"2026-11-11T10:00:00+08:00","role":"agent","from":"kf","text":"亲，可以的"}"#,
        #"{"text":"\"引号\" \ud83d\ude00 和\n换行","role":"buyer","seq":1,"conversation":"c2","type":"message","source":{"file":"x"}}"#,
        #"{ "type" : "message", "conversation":"c3", "seq":7, "time":null, "from":null, "role":"system", "text":"" }"#,
        #"{"type":"message","conversation":"c4","seq":1,"role":"buyer","text":"first","text":"last"}"#,
    ])
    func sameRecord(_ line: String) throws {
        guard case .message(let expected) = try general(line) else { Issue.record("not a message"); return }
        #expect(fast(line) == expected)
    }

    @Test("a message line with a field of the wrong type is left to the general decoder, which names the field", arguments: [
        (#"{"type":"message","conversation":"c","seq":"1","role":"buyer","text":"x"}"#, "field 'seq': expected an integer"),
        (#"{"type":"message","conversation":"c","seq":1,"role":"boss","text":"x"}"#, "field 'role': expected buyer, agent or system"),
        (#"{"type":"message","conversation":"c","seq":1,"time":"yesterday","role":"buyer","text":"x"}"#,
         "field 'time': 'yesterday' is not an RFC 3339 time with an offset"),
        (#"{"type":"message","conversation":"c","seq":1,"role":"buyer","text":5}"#, "field 'text': expected a string"),
    ])
    func wrongTypeFallsBack(_ line: String, _ message: String) {
        #expect(fast(line) == nil)
        let result = Array(line.utf8).withUnsafeBufferPointer(InputFiles.record)
        guard case .failure(let error)? = result else { Issue.record("decoded: \(String(describing: result))"); return }
        #expect(error.message == message)
    }
}
