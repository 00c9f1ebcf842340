import RedlineRegex

/// A policy with every file that belongs to it merged: the platform's rules (`tmall`) or a shop's house rules
/// (`example`, which `extends: tmall`).
public struct Policy: Sendable {
    public var id: String
    public var title: String?
    public var version: String?
    public var timeZone: PolicyTimeZone
    /// The platform policy a shop policy extends.
    public var extends: String?
    public var parameters: [String: Parameter]
    public var lexicons: [String: Lexicon]
    public var categories: Set<String>
    public var rules: [Rule]
    public var overrides: [RuleOverride]
    public var files: [String]
    public var location: SourceLocation

    /// A shop policy extends a platform policy; a platform policy extends nothing.
    public var isShop: Bool { extends != nil }
}

/// Every policy loaded from a set of files, validated and ready to compile.
public struct PolicySet: Sendable {
    /// The policies in the order their declarations were read.
    public var policies: [Policy]
    /// The text of each file read, by path, for error excerpts.
    public var sources: [String: String]
    /// Every pattern of every rule, compiled once when the set was loaded, by source.
    var patterns: [String: RegexPattern] = [:]

    public func policy(_ id: String) -> Policy? { policies.first { $0.id == id } }

    /// Every rule of every policy.
    public var rules: [Rule] { policies.flatMap(\.rules) }

    /// The source of every pattern, sorted, each on one line (a line break in a pattern is written `\n`, which
    /// PCRE2 reads as the same character): what a line-oriented tool such as ripgrep needs to search for them.
    public var patternSources: [String] {
        patterns.keys.sorted().map { $0.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n") }
    }
}
