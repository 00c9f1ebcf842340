import Foundation
import Testing
@testable import Redline

/// The files in `examples/` audit cleanly, and amounts checked by hand stay what they are.
@Suite("Example files")
struct ExampleFilesTests {
    func audit(_ name: String) throws -> [Finding] {
        var audit = Audit(policies: Fixtures.bundled)
        var bad: [String] = []
        try InputFiles.read(Fixtures.root + "/examples/" + name) { audit.add($0) } onError: { bad.append("\($0): \($1)") }
        #expect(bad.isEmpty, "\(bad)")
        return audit.findings()
    }

    @Test("the Double 11 day owes the amounts checked by hand", arguments: [
        ("o0002", "tmall.shipping.delayed", "10.73"), ("o0003", "tmall.shipping.delayed", "5.00"),
        ("o0004", "tmall.shipping.delayed", "10.63"), ("o0011", "tmall.shipping.delayed", "16.67"),
        ("o0011", "tmall.shipping.stockout", "100.00"), ("o0016", "tmall.shipping.stockout", "17.97"),
    ])
    func double11(_ order: String, _ rule: String, _ owed: String) throws {
        let finding = try audit("double11.jsonl").first {
            if case .order(let id, _, _, _) = $0.subject { return id == order && $0.rule == rule }
            return false
        }
        guard case .order(_, _, let compensation, _)? = finding?.subject else { Issue.record("no \(rule) for \(order)"); return }
        #expect(compensation?.description == owed)
    }

    @Test("an order picked up before the 72 h point owes no stock-out compensation")
    func pickedUpInTime() throws {
        #expect(!(try audit("double11.jsonl")).contains { finding in
            if case .order("o0021", _, _, _) = finding.subject { return finding.rule == "tmall.shipping.stockout" }
            return false
        })
    }
}
