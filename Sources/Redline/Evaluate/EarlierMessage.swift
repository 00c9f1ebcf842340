/// A message kept as context for later messages of the conversation, with the answer of every `buyer_said` or
/// `agent_said` test of the program for its speaker: a message is sent once, later replies may ask about it many
/// times.
struct EarlierMessage: Sendable {
    let view: MessageView
    /// Indexed like `Program.saidTests`; empty when the message satisfies none (most messages).
    private let satisfied: [Bool]

    init(view: MessageView, satisfied: [Bool]) {
        self.view = view
        self.satisfied = satisfied
    }

    /// Whether the message satisfies `Program.saidTests[test]`; false for the tests of the other speaker.
    func satisfies(_ test: Int) -> Bool {
        test < satisfied.count && satisfied[test]
    }
}

extension Program {
    /// Tests a message against every `buyer_said` or `agent_said` condition about its speaker once, for an agent
    /// of `tier`. Only tests whose trigger occurs in the message are evaluated.
    func earlierMessage(_ view: MessageView, role: Role, tier: AgentTier?) -> EarlierMessage {
        var candidates = saidUntriggered
        saidTriggered.collect(view.hits, into: &candidates)
        var satisfied: [Bool] = []
        guard !candidates.isEmpty else { return EarlierMessage(view: view, satisfied: satisfied) }
        var evaluation = MatchEvaluation(view: view, situation: Situation(tier: tier))
        candidates.sort()
        var last = -1
        for index in candidates where index != last && saidTests[index].role == role {
            last = index
            guard evaluation.holds(saidTests[index].test) else { continue }
            if satisfied.isEmpty { satisfied = Array(repeating: false, count: saidTests.count) }
            satisfied[index] = true
        }
        return EarlierMessage(view: view, satisfied: satisfied)
    }
}
