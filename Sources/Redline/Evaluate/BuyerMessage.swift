/// A buyer's message kept as context for the agent's later replies, with the answer of every `buyer_said` test
/// of the program: the buyer speaks once, the agent may reply many times, and each reply asks again.
struct BuyerMessage: Sendable {
    let view: MessageView
    /// Indexed like `Program.buyerTests`.
    let satisfies: [Bool]
}

extension Program {
    /// Tests a buyer's message against every `buyer_said` condition once, for an agent of `tier`.
    func buyerMessage(_ view: MessageView, tier: AgentTier?) -> BuyerMessage {
        var evaluation = MatchEvaluation(view: view, situation: Situation(tier: tier))
        return BuyerMessage(view: view, satisfies: buyerTests.map { evaluation.holds($0) })
    }
}
