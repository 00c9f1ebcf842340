import Foundation
import Testing
@testable import Redline

/// The shard contract: records routed by buyer account (a conversation's buyer, an order's buyer) to N
/// separate audits give, together, exactly the findings of one audit.
@Suite("Sharding")
struct ShardTests {
    func records(_ name: String) throws -> [InputRecord] {
        var records: [InputRecord] = []
        try InputFiles.read(Fixtures.root + "/examples/" + name) { records.append($0) } onError: { _, _ in }
        return records
    }

    /// The shard key of each record: the buyer of its conversation or order.
    func key(_ record: InputRecord, conversationBuyer: [String: String], orderBuyer: [String: String]) -> String {
        switch record {
        case .conversation(let conversation): conversation.buyer ?? conversation.id
        case .message(let message): conversationBuyer[message.conversation] ?? message.conversation
        case .order(let order): order.buyer ?? order.id
        case .event(let event): orderBuyer[event.order] ?? event.order
        }
    }

    @Test("a run split into 4 shards by buyer finds exactly what one run finds", arguments: [2, 4, 7])
    func shards(_ count: Int) throws {
        let all = try records("double11.jsonl") + records("chats.jsonl")
        var conversationBuyer: [String: String] = [:], orderBuyer: [String: String] = [:]
        for record in all {
            if case .conversation(let c) = record, let buyer = c.buyer { conversationBuyer[c.id] = buyer }
            if case .order(let o) = record, let buyer = o.buyer { orderBuyer[o.id] = buyer }
        }
        var single = Audit(policies: Fixtures.bundled)
        all.forEach { single.add($0) }
        let clock = single.latestEventTime
        var shards = Array(repeating: Audit(policies: Fixtures.bundled), count: count)
        for record in all {
            let shard = Int(key(record, conversationBuyer: conversationBuyer, orderBuyer: orderBuyer).utf8.reduce(UInt32(0)) { $0 &* 31 &+ UInt32($1) } % UInt32(count))
            shards[shard].add(record)
        }
        let merged = shards.indices.flatMap { shards[$0].findings(asOf: clock) }
        #expect(merged.count == single.findings(asOf: clock).count)
        #expect(Set(merged) == Set(single.findings(asOf: clock)))
    }
}
