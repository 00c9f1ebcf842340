import Testing
@testable import Redline

/// How message rules see through real writing: evasions, nearness, negation, context.
@Suite("Message rules")
struct MessageRuleTests {
    func rules(_ text: String, tier: AgentTier? = nil, buyer: [String] = []) -> [String] {
        let messages = buyer.enumerated().map { Message(conversation: "c", seq: $0.offset + 1, role: .buyer, text: $0.element) }
        return Fixtures.shop.check(text, context: CheckContext(messages: messages, tier: tier)).findings.map(\.rule)
    }

    @Test("evasions of WeChat and QQ are caught", arguments: ["加我V信", "加我 威 信 详聊", "加我vx", "加我ＶＸ", "扣扣联系我", "加我微\u{200B}信"])
    func evasions(_ text: String) {
        #expect(rules(text).contains("tmall.off_platform.channel"))
    }

    @Test("hard negatives pass", arguments: ["微信支付不支持哦", "卫星电视很清晰", "支持七天无理由退换", "之前缺货现在补到了", "我们不支持货到付款"])
    func hardNegatives(_ text: String) {
        #expect(rules(text).filter { !$0.hasPrefix("example.form_of_address") }.isEmpty, "\(rules(text))")
    }

    @Test("a phone number written with spaces, dashes or Chinese digits is caught",
          arguments: ["138 0013 8000", "138-0013-8000", "一三八零零一三八零零零", "①③⑧⓪⓪①③⑧⓪⓪⓪"])
    func phoneNumbers(_ text: String) {
        #expect(rules("有事联系" + text).contains("tmall.off_platform.mobile_number"))
    }

    @Test("the compensation cap follows the conversation's agent tier")
    func tiers() {
        #expect(rules("给您补偿8元", tier: .junior).contains("example.compensation.cap"))
        #expect(!rules("给您补偿8元", tier: .senior).contains("example.compensation.cap"))
        #expect(rules("给您补偿十五元", tier: .senior).contains("example.compensation.cap"))
        #expect(!rules("给您补偿十五元", tier: .lead).contains("example.compensation.cap"))
        #expect(rules("给您补偿8元").contains("example.compensation.cap"), "an unknown tier counts as junior")
    }

    @Test("a gift the buyer asked about is not volunteered")
    func giftContext() {
        #expect(rules("送您一个小礼物").contains("example.gift.volunteered"))
        #expect(!rules("送您一个小礼物", buyer: ["有赠品吗"]).contains("example.gift.volunteered"))
    }

    @Test("an excuse counts as a refusal only when the invoice was asked about")
    func excuseContext() {
        #expect(rules("财务不在哦", buyer: ["能开发票吗"]).contains("tmall.invoice.excuse"))
        #expect(!rules("财务不在哦", buyer: ["什么时候退款"]).contains("tmall.invoice.excuse"))
    }

    @Test("the pre-send verdict is block for errors, warn for warnings, allow otherwise")
    func verdicts() {
        #expect(Fixtures.shop.check("我们不开发票").verdict == .block)
        #expect(Fixtures.shop.check("拍下送您一个小礼物").verdict == .warn)
        #expect(Fixtures.shop.check("您好，请问有什么可以帮您").verdict == .allow)
        #expect(Fixtures.shop.check("亲，在的").verdict == .allow)
    }

    @Test("an explanation names the terms that matched and the exceptions tried")
    func explanation() throws {
        let finding = try #require(Fixtures.shop.check("我们不开发票", explain: true).findings.first)
        let lines = try #require(finding.explanation)
        #expect(lines.contains { $0.contains("不开") })
        #expect(lines.contains { $0.contains("exception") })
    }

    @Test("the check is safe from many threads at once")
    func concurrent() async {
        let expected = Fixtures.shop.check("加我微信，给您优惠").findings.map(\.rule)
        await withTaskGroup(of: [String].self) { group in
            for _ in 0..<16 { group.addTask { Fixtures.shop.check("加我微信，给您优惠").findings.map(\.rule) } }
            for await result in group { #expect(result == expected) }
        }
    }
}

/// Promises made in chat are checked against the linked order's events.
@Suite("Broken promises")
struct BrokenPromiseTests {
    @Test("a promised courier that was not used is a finding on the promise, citing the shipment")
    func carrier() throws {
        var audit = Audit(policies: Fixtures.bundled)
        audit.add(.conversation(Conversation(id: "c", shop: "example", buyer: "b", orders: ["o"])))
        audit.add(.message(Message(conversation: "c", seq: 1, time: Instant(rfc3339: "2026-11-11T10:00:00+08:00"), role: .agent,
                                   text: "好的，给您发顺丰")))
        audit.add(.order(OrderRecord(id: "o", shop: "example", buyer: "b", amount: Money(fen: 8_990))))
        audit.add(.event(OrderEvent(order: "o", name: "shipped", time: Instant(rfc3339: "2026-11-11T18:00:00+08:00")!,
                                    fields: ["carrier": "YTO"])))
        let finding = try #require(audit.findings().first { $0.rule == "tmall.broken_promise.carrier" })
        #expect(finding.cites == "'shipped' at 2026-11-11T18:00:00+08:00 with YTO, not SF")
        guard case .message(_, let seq, _, _, let quote) = finding.subject else { Issue.record("not a message finding"); return }
        #expect(seq == 1 && quote == "给您发顺丰")
        #expect(FindingFormat.jsonl.render(finding).contains(#""cites":"'shipped' at 2026-11-11T18:00:00+08:00 with YTO, not SF""#))
    }

    @Test("the pre-send check sees the order's events from the context")
    func preSend() {
        let events = [OrderEvent(order: "o", name: "shipped", time: Instant(rfc3339: "2026-11-12T09:00:00+08:00")!)]
        let context = CheckContext(orders: [OrderRecord(id: "o", amount: Money(fen: 100))], events: events,
                                   sendTime: Instant(rfc3339: "2026-11-11T10:00:00+08:00"))
        #expect(Fixtures.shop.check("今天就发", context: context).findings.contains { $0.rule == "tmall.broken_promise.ship_day" })
    }
}

/// Very long messages take the same path to findings as short ones.
@Suite("Long messages")
struct LongMessageTests {
    @Test("a finding at the end of a 3 MB message points at the right place")
    func long() throws {
        let text = String(repeating: "您好", count: 1_500_000) + "加我微信"
        let finding = try #require(Fixtures.platform.check(text).findings.first { $0.rule == "tmall.off_platform.channel" })
        guard case .message(_, _, let start, let end, let quote) = finding.subject else { Issue.record("not a message"); return }
        #expect(start == 3_000_000 && end == 3_000_004 && quote == "加我微信")
    }
}
