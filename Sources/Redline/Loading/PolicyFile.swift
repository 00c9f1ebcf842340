/// One policy file as read, before its references are resolved: a file either declares a policy (its
/// metadata) or adds parameters, lexicons and rules to a policy declared in another file.
struct PolicyFile: Sendable {
    var path: String
    var header: Header
    var categories: [(name: String, at: SourceLocation)] = []
    var parameters: [Parameter] = []
    var lexicons: [Lexicon] = []
    var rules: [Rule] = []
    var overrides: [RuleOverride] = []

    enum Header: Sendable {
        case declaration(PolicyDeclaration)
        case addition(policy: String, at: SourceLocation)
    }

    var policyID: String {
        switch header {
        case .declaration(let declaration): declaration.id
        case .addition(let id, _): id
        }
    }
}

/// A policy's metadata: `policy: {id, title, version, timezone, extends}`.
struct PolicyDeclaration: Sendable {
    var id: String
    var title: String?
    var version: String?
    var timeZone: PolicyTimeZone
    var extends: (id: String, at: SourceLocation)?
    var location: SourceLocation
}
