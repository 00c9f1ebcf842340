import Testing
@testable import Redline

/// `agent_said` reads the agent's own earlier messages: a promise made in the chat binds later replies.
@Suite("What the agent said earlier")
struct AgentSaidTests {
    func rules(_ reply: String, after context: [(Role, String)]) -> [String] {
        let messages = context.enumerated().map { Message(conversation: "c", seq: $0.offset + 1, role: $0.element.0, text: $0.element.1) }
        return Fixtures.shop.check(reply, context: CheckContext(messages: messages, tier: .senior)).findings.map(\.rule)
    }

    @Test("a gift the agent promised earlier and now takes back is a broken promise")
    func giftTakenBack() {
        let found = rules("不好意思亲，活动已经结束了，送不了了哦", after: [(.buyer, "买两件能送个收纳袋吗"), (.agent, "可以的亲，给您备注送一个收纳袋哈"),
                                                               (.buyer, "收到了 收纳袋呢？")])
        #expect(found.contains("tmall.broken_promise.taken_back"))
    }

    @Test("the same words after the buyer, not the agent, mentioned a gift break nothing")
    func buyerWordsAreNotTheAgents() {
        let found = rules("不好意思亲，活动已经结束了，送不了了哦", after: [(.buyer, "能送个收纳袋吗"), (.agent, "我问下哈")])
        #expect(!found.contains("tmall.broken_promise.taken_back"))
    }

    @Test("a promise and its withdrawal in the same message is not an earlier promise")
    func sameMessageIsNotEarlier() {
        let found = rules("本来给您送个挂件的，活动结束了送不了了", after: [(.buyer, "有赠品吗")])
        #expect(!found.contains("tmall.broken_promise.taken_back"))
    }
}
