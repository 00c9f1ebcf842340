/// A message kept as context for later messages of the conversation, with the answer of every `buyer_said` or
/// `agent_said` test of the program for its speaker: a message is sent once, later replies may ask about it many
/// times.
struct EarlierMessage: Sendable {
    let view: MessageView
    /// Indexed like `Program.saidTests`; false for the tests of the other speaker.
    let satisfies: [Bool]
}

extension Program {
    /// Tests a message against every `buyer_said` or `agent_said` condition about its speaker once, for an agent
    /// of `tier`.
    func earlierMessage(_ view: MessageView, role: Role, tier: AgentTier?) -> EarlierMessage {
        var evaluation = MatchEvaluation(view: view, situation: Situation(tier: tier))
        return EarlierMessage(view: view, satisfies: saidTests.map { said in
            said.role == role && (said.trigger?.contains(where: view.contains) ?? true) && evaluation.holds(said.test)
        })
    }
}
