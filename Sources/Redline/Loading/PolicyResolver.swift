/// Merges policy files into policies and checks everything that spans files: declarations, `extends`,
/// duplicate names, shop precedence, and the references rules make to lexicons, parameters, categories and
/// other rules.
struct PolicyResolver {
    let files: [PolicyFile]
    private(set) var errors: [PolicyError] = []

    init(files: [PolicyFile]) {
        self.files = files
    }

    mutating func resolve() -> [Policy] {
        var policies = declarePolicies()
        for file in files {
            guard let index = policies.firstIndex(where: { $0.id == file.policyID }) else {
                if case .addition(let id, let location) = file.header {
                    errors.append(PolicyError(.unknownPolicy(id, suggestion: Suggestion.closest(to: id, in: policies.map(\.id))),
                                              at: location))
                }
                continue
            }
            merge(file, into: &policies[index])
        }
        checkExtends(policies)
        checkRuleIDs(policies)
        for policy in policies {
            let parent = policy.extends.flatMap { id in policies.first { $0.id == id } }
            var references = ReferenceCheck(policy: policy, parent: parent, allRules: policies.flatMap(\.rules))
            references.checkAll()
            errors += references.errors
        }
        return policies
    }

    private mutating func declarePolicies() -> [Policy] {
        var policies: [Policy] = []
        for file in files {
            guard case .declaration(let declaration) = file.header else { continue }
            if let first = policies.first(where: { $0.id == declaration.id }) {
                errors.append(PolicyError(.duplicatePolicy(declaration.id, first: first.location), at: declaration.location))
                continue
            }
            policies.append(Policy(id: declaration.id, title: declaration.title, version: declaration.version,
                                   timeZone: declaration.timeZone, extends: declaration.extends?.id, parameters: [:],
                                   lexicons: [:], categories: [], rules: [], overrides: [], files: [],
                                   location: declaration.location))
        }
        return policies
    }

    private mutating func merge(_ file: PolicyFile, into policy: inout Policy) {
        policy.files.append(file.path)
        for category in file.categories { policy.categories.insert(category.name) }
        for parameter in file.parameters {
            if let first = policy.parameters[parameter.name] {
                errors.append(PolicyError(.duplicateDefinition(kind: "parameter", name: parameter.name, first: first.source),
                                          at: parameter.source))
            } else {
                policy.parameters[parameter.name] = parameter
            }
        }
        for lexicon in file.lexicons {
            if let first = policy.lexicons[lexicon.name] {
                errors.append(PolicyError(.duplicateDefinition(kind: "lexicon", name: lexicon.name, first: first.location),
                                          at: lexicon.location))
            } else {
                policy.lexicons[lexicon.name] = lexicon
            }
        }
        policy.rules += file.rules
        policy.overrides += file.overrides
    }

    private mutating func checkExtends(_ policies: [Policy]) {
        for file in files {
            guard case .declaration(let declaration) = file.header, let (parentID, location) = declaration.extends else { continue }
            guard let parent = policies.first(where: { $0.id == parentID }) else {
                errors.append(PolicyError(.unknownPolicy(parentID, suggestion: Suggestion.closest(to: parentID, in: policies.map(\.id))),
                                          at: location))
                continue
            }
            if parent.isShop {
                errors.append(PolicyError(.invalidValue(parentID, expected: "a platform policy (one that extends nothing)"), at: location))
            }
            guard let shop = policies.first(where: { $0.id == declaration.id }) else { continue }
            for parameter in shop.parameters.values where parent.parameters[parameter.name] != nil {
                errors.append(PolicyError(.changesPlatformParameter(parameter.name, platform: parentID), at: parameter.source))
            }
        }
        for policy in policies where !policy.isShop {
            for override in policy.overrides {
                errors.append(PolicyError(.unknownKey("overrides", context: "a platform policy (only shops raise platform rules)",
                                                      suggestion: nil), at: override.location))
            }
        }
    }

    private mutating func checkRuleIDs(_ policies: [Policy]) {
        var seen: [String: SourceLocation] = [:]
        for rule in policies.flatMap(\.rules) {
            if let first = seen[rule.id] {
                errors.append(PolicyError(.duplicateRule(rule.id, first: first), at: rule.source))
            } else {
                seen[rule.id] = rule.source
            }
        }
    }
}
