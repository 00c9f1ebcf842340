import RedlineText
import Testing
@testable import Redline

/// A bare no refuses what the buyer just asked for: "支持七天无理由吗" - "不支持呢".
@Suite("Refusal")
struct RefusalTests {
    func rules(_ reply: String, after request: String) -> [String] {
        let context = [Message(conversation: "c", seq: 1, role: .buyer, text: request)]
        return Fixtures.shop.check(reply, context: CheckContext(messages: context, tier: .junior)).findings.map(\.rule)
            .filter { !$0.hasPrefix("example.form_of_address") }
    }

    @Test("a bare no to a request for a right the buyer has refuses it", arguments: [
        ("不支持呢", "这款支持七天无理由吗", "tmall.returns.denied"), ("没有了哦", "黑色还有货吗", "tmall.no_stock.declared"),
        ("不行的", "能刷信用卡吗", "tmall.credit_card.refusal"), ("开不了哦", "能开发票吗", "tmall.invoice.refusal"),
    ])
    func refuses(_ reply: String, _ request: String, _ rule: String) {
        #expect(rules(reply, after: request) == [rule])
    }

    @Test("a no to something the buyer may be refused breaks nothing", arguments: [
        ("不能哦", "定制的能退货吗"), ("不能哦", "我实付368，发票能开成500吗"), ("不收的", "信用卡要收手续费吗"), ("不行的", "能发顺丰吗"),
    ])
    func allowedNo(_ reply: String, _ request: String) {
        #expect(rules(reply, after: request).isEmpty)
    }

    @Test("a no that goes on to say something else is not a bare no", arguments: ["没有纸质票了哦", "不收手续费的", "不行的话可以换货", "不支持吗"])
    func notBareNo(_ reply: String) {
        #expect(ShortReply(NormalizedText(reply)).flatMap(Refusal.span) == nil)
    }
}
