import RedlineText

/// The immutable result of compiling a platform policy and (optionally) one shop policy: every rule with its
/// parameters resolved, every term of every rule in one automaton. Compile once, share across threads.
public struct Program: Sendable {
    /// The shop whose house rules are included, or nil for the platform's rules alone.
    public let shop: String?
    /// The policies included, platform first.
    public let policies: [String]
    public let timeZone: PolicyTimeZone
    /// The rules, with shop overrides applied, in policy order.
    public let rules: [Rule]
    /// Indexed like `rules`: nil for an order rule.
    let messageRules: [CompiledMessageRule?]
    let orderRules: [Int: CompiledOrderRule]
    /// The indices of `orderRules`, in rule order.
    let orderRuleIndices: [Int]
    let literals: LiteralSet
    /// Every literal term the rules search for, normalised.
    public let terms: [String]
    /// For each literal id, the message rules whose trigger contains it.
    let triggered: TriggerIndex
    /// Message rules that have no literal trigger and run on every message.
    let unconditional: [Int]
    /// Message rules marked `assent: true`, in rule order.
    let assentRules: [Int]
    /// Message rules with a `refusal:` condition, in rule order.
    let refusalRules: [Int]
    /// The inner conditions of every `buyer_said` and `agent_said`, tested once per message of that speaker rather
    /// than once per later message.
    let saidTests: [SaidTest]
    /// For each literal id, the `saidTests` whose trigger contains it.
    let saidTriggered: TriggerIndex
    /// The `saidTests` without a literal trigger, tested on every message of their speaker.
    let saidUntriggered: [Int]
    /// Whether some `agent_said` test exists: only then are the agent's messages kept as context.
    let readsAgentMessages: Bool
    /// The roles some message rule looks at; messages by anyone else are skipped.
    let speakers: Set<Role>
}
