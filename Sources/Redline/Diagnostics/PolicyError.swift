/// A mistake in a policy file, located at the line and column where it was made. Validation collects every
/// error of a set of files at once.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problem: Problem
    public var location: SourceLocation

    public init(_ problem: Problem, at location: SourceLocation) {
        self.problem = problem
        self.location = location
    }

    /// What is wrong. Every message is built in `message`.
    public enum Problem: Sendable, Hashable {
        case unreadable(reason: String)
        case yaml(String)
        case emptyFile
        case unknownKey(String, context: String, suggestion: String?)
        case missingKey(String, context: String)
        case wrongType(expected: String, found: String)
        case invalidValue(String, expected: String)
        case conflictingKeys([String], context: String)
        case unknownLexicon(String, suggestion: String?)
        case unknownLexiconEntry(String, lexicon: String, suggestion: String?)
        case unknownParameter(String, suggestion: String?)
        case parameterType(String, expected: String, found: String)
        case unknownCategory(String, suggestion: String?)
        case unknownRule(String, suggestion: String?)
        case unknownPolicy(String, suggestion: String?)
        case duplicateRule(String, first: SourceLocation)
        case duplicateDefinition(kind: String, name: String, first: SourceLocation)
        case duplicatePolicy(String, first: SourceLocation)
        case invalidPattern(String)
        case emptyTerm
        case weakensPlatformRule(rule: String, how: String)
        case changesPlatformParameter(String, platform: String)
        case policyIDMismatch(rule: String, policy: String)
        case invalidExample(String)
    }

    /// The human message, lowercase, without a trailing period.
    public var message: String {
        switch problem {
        case .unreadable(let reason): "cannot read policy: \(reason)"
        case .yaml(let message): message
        case .emptyFile: "empty policy file: expected a mapping with a 'policy' key"
        case .unknownKey(let key, let context, let suggestion):
            "unknown key '\(key)' in \(context)" + Self.hint(suggestion)
        case .missingKey(let key, let context): "missing key '\(key)' in \(context)"
        case .wrongType(let expected, let found): "expected \(expected), found \(found)"
        case .invalidValue(let value, let expected): "invalid value '\(value)': expected \(expected)"
        case .conflictingKeys(let keys, let context):
            "\(context) takes exactly one of \(keys.map { "'\($0)'" }.joined(separator: ", "))"
        case .unknownLexicon(let name, let suggestion): "unknown lexicon '\(name)'" + Self.hint(suggestion)
        case .unknownLexiconEntry(let entry, let lexicon, let suggestion):
            "unknown entry '\(entry)' in lexicon '\(lexicon)'" + Self.hint(suggestion)
        case .unknownParameter(let name, let suggestion): "unknown parameter '$\(name)'" + Self.hint(suggestion.map { "$" + $0 })
        case .parameterType(let name, let expected, let found):
            "parameter '$\(name)' is \(found), expected \(expected)"
        case .unknownCategory(let name, let suggestion):
            "unknown category '\(name)' (declare it under 'categories' to add one)" + Self.hint(suggestion)
        case .unknownRule(let name, let suggestion): "unknown rule '\(name)'" + Self.hint(suggestion)
        case .unknownPolicy(let name, let suggestion): "unknown policy '\(name)'" + Self.hint(suggestion)
        case .duplicateRule(let id, let first): "duplicate rule id '\(id)' (first defined at \(first))"
        case .duplicateDefinition(let kind, let name, let first):
            "duplicate \(kind) '\(name)' (first defined at \(first))"
        case .duplicatePolicy(let id, let first): "policy '\(id)' is declared twice (first at \(first))"
        case .invalidPattern(let message): "invalid pattern: \(message)"
        case .emptyTerm: "empty term: a term must have at least one character"
        case .weakensPlatformRule(let rule, let how):
            "a shop policy cannot weaken platform rule '\(rule)': \(how)"
        case .changesPlatformParameter(let name, let platform):
            "parameter '$\(name)' is set by platform policy '\(platform)' and cannot be changed by a shop"
        case .policyIDMismatch(let rule, let policy):
            "rule id '\(rule)' must start with its policy id '\(policy).'"
        case .invalidExample(let message): "invalid example: \(message)"
        }
    }

    public var description: String { "\(location): error: \(message)" }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
