import RedlineRegex

/// Compiles every pattern of every rule once at load time, so an invalid, catastrophic or `\b` pattern is
/// reported at its line before anything runs. The compiled patterns are kept for the programs, which share them.
enum PatternCheck {
    static func compile(_ policies: [Policy]) -> (patterns: [String: RegexPattern], errors: [PolicyError]) {
        var errors: [PolicyError] = []
        var patterns: [String: RegexPattern] = [:]
        func visit(_ condition: Condition) {
            switch condition.kind {
            case .pattern(let source):
                guard patterns[source] == nil else { return }
                do { patterns[source] = try RegexPattern(source) } catch {
                    errors.append(PolicyError(.invalidPattern("\(error.message) (at character \(error.offset + 1) of the pattern)"),
                                              at: condition.location))
                }
            case .all(let items, _, _), .any(let items): items.forEach(visit)
            case .not(let inner), .said(_, let inner): visit(inner)
            default: break
            }
        }
        for rule in policies.flatMap(\.rules) {
            guard case .message(let check) = rule.check else { continue }
            check.conditions.forEach(visit)
        }
        return (patterns, errors)
    }
}
