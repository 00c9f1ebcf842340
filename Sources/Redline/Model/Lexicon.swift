/// A named list of terms that rules share: refusal cues, contact channels, carriers. A keyed lexicon groups
/// aliases under entry names (`SF: [顺丰, 顺丰速运, sf]`), so a rule can ask for some entries only.
public struct Lexicon: Sendable {
    public var name: String
    public var entries: [Entry]
    public var isKeyed: Bool
    public var location: SourceLocation

    /// One entry: its name (the canonical form) and every way of writing it.
    public struct Entry: Sendable {
        public var name: String
        public var terms: [String]
    }

    public var entryNames: [String] { entries.map(\.name) }
}

/// A rule of a platform policy, as a shop policy raises it: a higher severity or more points.
public struct RuleOverride: Sendable {
    public var rule: String
    public var severity: (value: Severity, at: SourceLocation)?
    public var points: (value: Int, at: SourceLocation)?
    public var location: SourceLocation
}
