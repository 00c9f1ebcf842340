import Foundation
import Testing
@testable import Redline

/// The FORMATS.md contract: input records, finding fields, offsets in Unicode scalars, money as strings.
@Suite("FORMATS.md contract")
struct FormatsContractTests {
    static let input = """
    {"type":"conversation","id":"c1","shop":"example","buyer":"tb_alice","agent":"kf_01","agent_tier":"junior","orders":["o1"]}
    {"type":"message","conversation":"c1","seq":1,"time":"2026-11-11T16:05:00+08:00","role":"buyer","from":"tb_alice","text":"能开发票吗？"}
    {"type":"message","conversation":"c1","seq":2,"time":"2026-11-11T16:05:07+08:00","role":"agent","from":"kf_01","text":"😀特价商品不开发票哦"}
    {"type":"order","id":"o1","shop":"example","buyer":"tb_alice","amount":"89.90","category":"3C","presale":false,"custom":false}
    {"type":"event","order":"o1","name":"paid","time":"2026-11-11T16:10:00+08:00"}
    {"type":"event","order":"o1","name":"picked_up","time":"2026-11-14T09:00:00+08:00","carrier":"ZTO"}
    """

    func findings() throws -> [Finding] {
        var audit = Audit(policies: Fixtures.bundled)
        for line in Self.input.split(separator: "\n") {
            audit.add(try InputRecord(try JSONLineParsing.parse(String(line))))
        }
        return audit.findings()
    }

    func json(_ finding: Finding) throws -> [String: Any] {
        let line = FindingFormat.jsonl.render(finding)
        #expect(line.hasSuffix("\n") && !line.dropLast().contains("\n"))
        return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("a message finding carries rule, category, severity, conversation, seq, start, end, quote, message, source")
    func messageFinding() throws {
        let finding = try #require(try findings().first { $0.rule == "tmall.invoice.refusal" })
        let object = try json(finding)
        #expect(object["rule"] as? String == "tmall.invoice.refusal")
        #expect(object["category"] as? String == "invoice")
        #expect(object["severity"] as? String == "error")
        #expect(object["conversation"] as? String == "c1")
        #expect(object["seq"] as? Int == 2)
        #expect(object["points"] as? Int == 6)
        #expect(object["message"] is String)
        #expect((object["source"] as? String)?.contains("policies/tmall/invoice.yaml:") == true)
    }

    @Test("start and end count Unicode scalars of the original text and quote is exactly that slice")
    func scalarOffsets() throws {
        let finding = try #require(try findings().first { $0.rule == "tmall.invoice.refusal" })
        let object = try json(finding)
        let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
        let scalars = Array("😀特价商品不开发票哦".unicodeScalars)
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[start..<end])
        #expect(object["quote"] as? String == String(slice))
        #expect(start == 5 && end == 9)
    }

    @Test("an order finding carries order, due and compensation with a decimal string amount")
    func orderFinding() throws {
        let finding = try #require(try findings().first { $0.rule == "tmall.shipping.delayed" })
        let object = try json(finding)
        #expect(object["order"] as? String == "o1")
        #expect(object["due"] as? String == "2026-11-13T16:10:00+08:00")
        let compensation = try #require(object["compensation"] as? [String: Any])
        #expect(compensation["amount"] as? String == "5.00")
        #expect(compensation["currency"] as? String == "CNY")
        #expect((object["source"] as? String)?.contains("policies/tmall/shipping.yaml:") == true)
    }

    @Test("unknown fields are ignored and a message without a time is still checked")
    func unknownFields() throws {
        let value = try JSONLineParsing.parse(#"{"type":"message","conversation":"c","seq":1,"role":"agent","text":"加我微信","extra":{"x":[1]}}"#)
        guard case .message(let message) = try InputRecord(value) else { Issue.record("not a message"); return }
        #expect(message.time == nil)
        #expect(Fixtures.shop.check(message.text).verdict == .block)
    }

    @Test("a record without a required field names the field", arguments: [
        (#"{"type":"message","conversation":"c","role":"agent","text":"x"}"#, "field 'seq': expected an integer"),
        (#"{"type":"order","id":"o","amount":"abc"}"#, "field 'amount': 'abc' is not an amount in yuan with at most two decimals"),
        (#"{"type":"order","id":"o","amount":"1.005"}"#, "field 'amount': '1.005' is not an amount in yuan with at most two decimals"),
        (#"{"type":"event","order":"o","name":"paid","time":"2026-11-11 10:00"}"#, "field 'time': '2026-11-11 10:00' is not an RFC 3339 time with an offset"),
        (#"{"type":"chat"}"#, "unknown record type 'chat': expected conversation, message, order or event"),
    ])
    func missingField(_ line: String, _ message: String) throws {
        #expect(throws: RecordError(message)) { try InputRecord(try JSONLineParsing.parse(line)) }
    }
}

import RedlineJSON

/// Parses a line for tests.
enum JSONLineParsing {
    static func parse(_ line: String) throws -> JSONValue { try JSONLine.parse(line) }
}
