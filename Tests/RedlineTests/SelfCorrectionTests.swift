import Testing
@testable import Redline

/// An agent who corrects themself in the next message takes back what they just wrote.
@Suite("Self-corrections")
struct SelfCorrectionTests {
    func rules(_ transcript: [(Role, String)]) -> [String] {
        var tracker = ConversationTracker(program: Fixtures.shop, conversation: Conversation(id: "c"), orders: [])
        let messages = transcript.enumerated().map { Message(conversation: "c", seq: $0.offset + 1, role: $0.element.0, text: $0.element.1) }
        return tracker.record(transcript: messages).map(\.rule).filter { !$0.hasPrefix("example.form_of_address") }
    }

    @Test("a refusal corrected in the agent's next message is withdrawn")
    func correctedRefusal() {
        let found = rules([(.buyer, "特价款能开发票吗"), (.agent, "特价款不开票哦"),
                           (.agent, "不好意思，刚才说错了，特价款也是可以开发票的，发票跟货一起寄")])
        #expect(!found.contains("tmall.invoice.refusal"))
    }

    @Test("once the buyer has answered, a later correction withdraws nothing")
    func buyerInBetween() {
        let found = rules([(.buyer, "特价款能开发票吗"), (.agent, "特价款不开票哦"), (.buyer, "为什么"),
                           (.agent, "不好意思，刚才说错了，可以开的")])
        #expect(found.contains("tmall.invoice.refusal"))
    }

    @Test("a next message without a correction withdraws nothing")
    func noCorrection() {
        let found = rules([(.buyer, "特价款能开发票吗"), (.agent, "特价款不开票哦"), (.agent, "您看还有什么需要的")])
        #expect(found.contains("tmall.invoice.refusal"))
    }
}
