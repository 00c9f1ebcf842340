import Foundation
import Testing
@testable import Redline

/// The two-pass streaming audit finds exactly what the buffered audit finds, message findings in input order.
@Suite("Streaming audit")
struct StreamingAuditTests {
    func compare(_ path: String, batchSize: Int) throws {
        var buffered = Audit(policies: Fixtures.bundled)
        try InputFiles.read(path) { buffered.add($0) } onError: { _, _ in }
        let expected = buffered.findings()
        var streaming = StreamingAudit(policies: Fixtures.bundled)
        streaming.batchSize = batchSize
        var found: [Finding] = []
        let outcome = try streaming.run([path], asOf: nil) { _, _ in } emit: { found += $0 }
        #expect(outcome.badLines == 0)
        #expect(found.count == expected.count)
        #expect(Set(found) == Set(expected))
        let seqs = found.compactMap { finding -> String? in
            if case .message(let conversation, let seq, _, _, _) = finding.subject { return "\(conversation)#\(seq)" }
            return nil
        }
        #expect(Set(seqs).count <= seqs.count)
    }

    @Test("the Double 11 day gives the same findings, whatever the batch size", arguments: [1, 7, 4_096])
    func double11(_ batchSize: Int) throws {
        try compare(Fixtures.root + "/examples/double11.jsonl", batchSize: batchSize)
    }

    @Test("conversation state is released after a conversation's last message")
    func released() throws {
        var streaming = StreamingAudit(policies: Fixtures.bundled)
        streaming.batchSize = 1
        let outcome = try streaming.run([Fixtures.root + "/examples/double11.jsonl"], asOf: nil) { _, _ in } emit: { _ in }
        #expect(outcome.messages == 462)
        #expect(outcome.peakOpenConversations <= 2)
    }

    @Test("the real chats give the same findings", .enabled(if: FileManager.default.fileExists(atPath: RealData.directory)))
    func realChats() throws {
        try compare(RealData.directory + "/jddc.jsonl", batchSize: 1_000)
    }
}
