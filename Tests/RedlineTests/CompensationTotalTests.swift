import Testing
@testable import Redline

/// What an agent offers adds up over a conversation against the tier's cap: a stated total is not added
/// again, and an amount turned down was never offered.
@Suite("Compensation over a conversation")
struct CompensationTotalTests {
    func overCap(_ reply: String, after context: [(Role, String)], tier: AgentTier) -> Bool {
        let messages = context.enumerated().map { Message(conversation: "c", seq: $0.offset + 1, role: $0.element.0, text: $0.element.1) }
        return Fixtures.shop.check(reply, context: CheckContext(messages: messages, tier: tier)).findings
            .contains { $0.rule == "example.compensation.cap" }
    }

    @Test("two offers add up past the cap")
    func offersAddUp() {
        #expect(overCap("那我再帮您申请两块钱，凑个6块", after: [(.agent, "给您补偿4元红包")], tier: .junior))
    }

    @Test("a total stated a few words after 一共 is the total, not a new offer")
    func statedTotal() {
        #expect(!overCap("一共给您补偿8元红包哈，确认收货后发放", after: [(.agent, "给您补偿8元")], tier: .senior))
    }

    @Test("an amount the agent turns down does not count toward the total")
    func turnedDown() {
        #expect(!overCap("好的，5元给您申请了", after: [(.buyer, "补我10块吧"), (.agent, "抱歉，10元超出我的权限了，最多给您补5元")],
                         tier: .junior))
    }
}
