import Foundation
import Testing
@testable import Redline

/// The two-pass streaming audit finds exactly what the buffered audit finds, and holds a conversation's or an
/// order's records only until nothing left in the input can change its result.
@Suite("Streaming audit")
struct StreamingAuditTests {
    func buffered(_ path: String) throws -> [Finding] {
        var audit = Audit(policies: Fixtures.bundled)
        try InputFiles.read(path) { audit.add($0) } onError: { _, _ in }
        return audit.findings()
    }

    func streamed(_ path: String, batchSize: Int = 4_096, sortChunk: Int = 1 << 19) throws -> (findings: [Finding], outcome: StreamingAudit.Outcome) {
        var streaming = StreamingAudit(policies: Fixtures.bundled)
        streaming.batchSize = batchSize
        streaming.sortChunk = sortChunk
        var found: [Finding] = []
        let outcome = try streaming.run([path], asOf: nil) { _, _ in } emit: { found += $0 }
        return (found, outcome)
    }

    /// Writes JSON Lines to a temporary file.
    func file(_ lines: [String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("streaming-\(UUID().uuidString).jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// An order, its payment, and a chat about it with four messages: seven records.
    func block(_ index: Int, buyer: String? = nil, reminder: String? = nil) -> [String] {
        let buyer = buyer ?? "tb_\(index)"
        var lines = [
            #"{"type":"order","id":"o\#(index)","shop":"example","buyer":"\#(buyer)","amount":"59.90","category":"服饰","presale":false,"custom":false}"#,
            #"{"type":"event","order":"o\#(index)","name":"paid","time":"2026-11-11T10:00:00+08:00"}"#,
            #"{"type":"conversation","id":"c\#(index)","shop":"example","buyer":"\#(buyer)","agent":"kf_01","agent_tier":"junior","orders":["o\#(index)"]}"#,
        ]
        if let reminder {
            lines.insert(#"{"type":"event","order":"o\#(index)","name":"reminder_sent","time":"\#(reminder)","channel":"im"}"#, at: 2)
        }
        for seq in 1...4 {
            let text = seq == 2 ? "亲，加我微信 abc12345 给您优惠" : "好的亲，马上为您处理"
            lines.append(#"{"type":"message","conversation":"c\#(index)","seq":\#(seq),"time":"2026-11-11T10:0\#(seq):00+08:00","role":"\#(seq % 2 == 1 ? "buyer" : "agent")","from":"x","text":"\#(text)"}"#)
        }
        return lines
    }

    @Test("the Double 11 day gives the same findings as the buffered audit, whatever the batch size", arguments: [1, 7, 4_096])
    func double11(_ batchSize: Int) throws {
        let path = Fixtures.root + "/examples/double11.jsonl"
        let (found, outcome) = try streamed(path, batchSize: batchSize)
        let expected = try buffered(path)
        #expect(outcome.badLines == 0)
        #expect(outcome.messages == 462)
        #expect(found.count == expected.count)
        #expect(Set(found) == Set(expected))
    }

    @Test("the Double 11 day gives the same findings when its references spill into hundreds of sorted runs")
    func manyRuns() throws {
        let path = Fixtures.root + "/examples/double11.jsonl"
        let (found, outcome) = try streamed(path, sortChunk: 5)
        #expect(Set(found) == Set(try buffered(path)))
        #expect(outcome.peakHeldRecords == (try streamed(path)).outcome.peakHeldRecords)
    }

    @Test("a conversation and its order are released after their last record")
    func released() throws {
        let path = try file((1...50).flatMap { block($0) })
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (found, outcome) = try streamed(path, batchSize: 1)
        #expect(outcome.records == 350)
        #expect(outcome.peakHeldRecords <= 7)
        #expect(Set(found) == Set(try buffered(path)))
        let flagged = found.compactMap { finding -> String? in
            guard finding.category == "off_platform", case .message(let conversation, _, _, _, _) = finding.subject else { return nil }
            return conversation
        }
        #expect(Set(flagged).count == 50)
    }

    @Test("a repeated reminder is judged against the buyer's other order, however far apart they are")
    func repeatedReminder() throws {
        let lines = block(1, buyer: "tb_twice", reminder: "2026-11-11T09:00:00+08:00")
            + (2...40).flatMap { block($0) }
            + block(41, buyer: "tb_twice", reminder: "2026-11-12T09:00:00+08:00")
        let path = try file(lines)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (found, outcome) = try streamed(path)
        #expect(Set(found) == Set(try buffered(path)))
        #expect(found.contains { $0.rule == "example.reminder.frequency" })
        // The chats and the orders in between are released; the first order waits for the second.
        #expect(outcome.peakHeldRecords <= 16)
    }

    @Test("a reminder is judged against the buyer's payment of another order, however far apart they are",
          arguments: [("2026-11-11T15:00:00+08:00", true), ("2026-11-14T10:00:00+08:00", false)])
    func reminderAfterPayment(_ reminder: String, flags: Bool) throws {
        let lines = block(1, buyer: "tb_paid") + (2...40).flatMap { block($0) } + block(41, buyer: "tb_paid", reminder: reminder)
        let path = try file(lines)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (found, _) = try streamed(path)
        #expect(Set(found) == Set(try buffered(path)))
        #expect(found.contains { $0.rule == "example.reminder.after_payment" } == flags)
    }

    @Test("events of an order that never appears are reported, not dropped")
    func orderWithoutRecord() throws {
        let path = try file([#"{"type":"event","order":"ghost","name":"paid","time":"2026-11-11T10:00:00+08:00"}"#] + block(1))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (_, outcome) = try streamed(path)
        #expect(outcome.ordersWithoutRecord == ["ghost"])
    }

    @Test("where the full decoder reads a record, the first pass reads the same keys")
    func keys() throws {
        let text = try String(contentsOfFile: Fixtures.root + "/examples/double11.jsonl", encoding: .utf8)
        let tricky = [
            #"{"type":"conversation","id":"c\u00e9","orders":["o1","o\"2"],"buyer":null,"note":{"orders":["x"]}}"#,
            #"{"text":"{\"type\":\"order\"}","type":"message","conversation":"c1","seq":1,"role":"agent","extra":[{"conversation":"c2"}]}"#,
            #"{"type":"event","order":"o1","name":"paid","time":"2026-11-11T10:00:00Z"}"#,
        ]
        for line in text.split(separator: "\n").map(String.init) + tricky {
            let (quick, full) = Array(line.utf8).withUnsafeBufferPointer { bytes in
                (RecordKey.read(bytes).flatMap { try? $0.get() }, InputFiles.record(bytes).flatMap { try? $0.get() })
            }
            guard let full else { continue }
            #expect(quick == RecordKey(full), "\(line)")
        }
    }

    @Test("the real chats give the same findings", .enabled(if: FileManager.default.fileExists(atPath: RealData.directory)))
    func realChats() throws {
        let path = RealData.directory + "/jddc.jsonl"
        #expect(Set(try streamed(path, batchSize: 1_000).findings) == Set(try buffered(path)))
    }
}
