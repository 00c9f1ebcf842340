import RedlineText
import Testing
@testable import Redline

/// A bare yes adopts what the buyer just asked for: "能货到付款吗" - "支持的".
@Suite("Assent")
struct AssentTests {
    func findings(_ reply: String, after messages: [(Role, String)]) -> [Finding] {
        let context = messages.enumerated().map { Message(conversation: "c", seq: $0.offset + 1, role: $0.element.0, text: $0.element.1) }
        return Fixtures.shop.check(reply, context: CheckContext(messages: context, tier: .junior)).findings
            .filter { $0.category != "form_of_address" }
    }

    @Test("a bare yes to a request that breaks a rule breaks it, quoted at the yes")
    func yesAdoptsRequest() throws {
        let found = findings("支持的", after: [(.buyer, "能货到付款吗")])
        #expect(found.map(\.rule) == ["example.cash_on_delivery.offered"])
        guard case .message(_, _, let start, let end, let quote) = try #require(found.first).subject else { return }
        #expect((start, end, quote) == (0, 3, "支持的"))
    }

    @Test("the request is read as the agent would say it: the buyer's 你 is the agent's 我")
    func pronounsSwap() {
        #expect(Assent.spokenByAgent("我直接转账给你行吗") == "您直接转账给我行吗")
        #expect(findings("可以的", after: [(.buyer, "我直接转账给你行吗")]).map(\.rule) == ["tmall.payment_channel.direct_transfer"])
    }

    @Test("a yes after the buyer's nudge (在吗, ？？, 可以吗) answers the request before it")
    func nudgeKeepsRequest() {
        for nudge in ["在吗", "？？", "可以吗"] {
            #expect(findings("可以的", after: [(.buyer, "能货到付款吗"), (.buyer, nudge)]).map(\.rule) == ["example.cash_on_delivery.offered"])
        }
    }

    @Test("a buyer who withdraws the request or asks something new leaves only the new message to agree to")
    func withdrawnRequest() {
        #expect(findings("好的", after: [(.buyer, "能货到付款吗"), (.buyer, "算了我直接拍")]).isEmpty)
        #expect(findings("好的", after: [(.buyer, "能货到付款吗"), (.buyer, "那我直接拍吧")]).isEmpty)
    }

    @Test("a yes to an innocent request breaks nothing")
    func innocentRequest() {
        #expect(findings("可以的", after: [(.buyer, "能开发票吗")]).isEmpty)
    }

    @Test("a no, a condition, a question back or an acknowledgement with news of its own is not a bare yes",
          arguments: ["不支持的哦", "可以，不过要加钱", "可以吗？", "支持货到付款的店铺不多，我们这边只能在线付款哦，您看可以吗",
                     "好的，已经帮您催促仓库了"])
    func notBareYes(_ reply: String) {
        #expect(ShortReply(NormalizedText(reply)).flatMap(Assent.span) == nil)
    }

    @Test("greetings and particles around the yes are allowed", arguments: ["亲，可以的~", "好的，没问题", "行吧", "嗯嗯，支持的"])
    func bareYes(_ reply: String) {
        #expect(ShortReply(NormalizedText(reply)).flatMap(Assent.span) != nil)
    }

    @Test("a yes answers only the buyer's latest message that no agent message has answered")
    func onlyUnansweredRequest() {
        let answered: [(Role, String)] = [(.buyer, "能货到付款吗"), (.agent, "不支持哦"), (.buyer, "好吧，那我先拍")]
        #expect(findings("好的", after: answered).isEmpty)
    }
}
