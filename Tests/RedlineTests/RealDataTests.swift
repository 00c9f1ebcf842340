import Foundation
import Testing
@testable import Redline

/// The real Taobao (ECD) and JD (JDDC) chats in `../shared/realdata/`, when present: they audit without a bad
/// line, and the share of agent messages flagged as errors stays low (most of these chats are clean service
/// talk; JD's rules also differ from Tmall's). Skipped where the data is absent.
@Suite("Real chats", .enabled(if: FileManager.default.fileExists(atPath: RealData.directory)))
struct RealDataTests {

    @Test("each sample audits cleanly, and error findings stay under 3% of agent messages", arguments: ["ecd.jsonl", "jddc.jsonl"])
    func audit(_ name: String) throws {
        var audit = Audit(policies: Fixtures.bundled)
        var bad = 0, agentMessages = 0
        try InputFiles.read(RealData.directory + "/" + name) { record in
            if case .message(let message) = record, message.role == .agent { agentMessages += 1 }
            audit.add(record)
        } onError: { _, _ in bad += 1 }
        let errors = audit.findings().filter { $0.severity == .error }
        let flagged = Set(errors.compactMap { finding -> String? in
            guard case .message(let conversation, let seq, _, _, _) = finding.subject else { return nil }
            return "\(conversation)#\(seq)"
        })
        #expect(bad == 0)
        #expect(agentMessages > 1_000)
        #expect(Double(flagged.count) < 0.03 * Double(agentMessages), "\(flagged.count) of \(agentMessages) agent messages flagged")
    }
}

/// Where the real chats are, beside the repository.
enum RealData {
    static let directory = Fixtures.root + "/../shared/realdata"
}
