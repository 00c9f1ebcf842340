import Testing
import RedlineJSON

/// Skimming a line field by field: the kept fields read exactly as a full parse reads them; the rest is stepped
/// over.
@Suite("JSON skim")
struct JSONSkimTests {
    func skim(_ line: String, _ keys: Set<String>) -> [String: JSONValue]? {
        var fields: [String: JSONValue] = [:]
        let read = Array(line.utf8).withUnsafeBufferPointer { bytes in
            JSONLine.forEachField(bytes, keeping: { keys.contains(String(decoding: $0, as: UTF8.self)) }) { key, value in
                fields[String(decoding: key, as: UTF8.self)] = value
            }
        }
        return read ? fields : nil
    }

    @Test("kept fields equal the full parse's, escapes decoded", arguments: [
        #"{"type":"message","conversation":"c\"1\u4e2d","seq":2,"text":"亲，\"加\"我\\微信\n😀","extra":{"a":[1,{"b":"}"}]}}"#,
        #"{"text":"{\"type\":\"order\"}","type":"conversation","id":"c1","orders":["o1","o\u00e92"],"buyer":null}"#,
        #" { "type" : "event" , "order" : "o1" , "time" : "2026-11-11T10:00:00+08:00" } "#,
    ])
    func keptFields(_ line: String) throws {
        let keys: Set<String> = ["type", "id", "conversation", "order", "orders", "buyer", "time"]
        guard case .object(let full) = try JSONLine.parse(line), let skimmed = skim(line, keys) else {
            Issue.record("did not read: \(line)")
            return
        }
        for key in keys { #expect(skimmed[key] == full[key], "\(key)") }
        #expect(skimmed["text"] == nil)
    }

    @Test("a line that is not an object, or is cut short, is not skimmed", arguments: [
        "[1,2]", #"{"type":"message","text":"unterminated}"#, #"{"type" "message"}"#, "", #"{"type":"message","#,
    ])
    func refused(_ line: String) {
        #expect(skim(line, ["type"]) == nil)
    }
}
