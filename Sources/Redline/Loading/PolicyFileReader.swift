import RedlineYAML

/// Reads one policy file's YAML into a `PolicyFile`, reporting every mistake with its location.
struct PolicyFileReader {
    var reader: NodeReader

    static let topKeys = ["policy", "categories", "parameters", "lexicons", "rules", "overrides"]
    static let policyKeys = ["id", "title", "version", "timezone", "extends", "description"]

    init(path: String) {
        reader = NodeReader(path: path)
    }

    /// Reads the file's root node. Returns nil when the header is unusable; errors are in `reader.errors`.
    mutating func read(_ root: YAMLNode) -> PolicyFile? {
        guard let top = reader.mapping(root, "a policy file", allowed: Self.topKeys, required: ["policy"]),
              let policyNode = top["policy"], let header = readHeader(policyNode) else { return nil }
        var file = PolicyFile(path: reader.path, header: header)
        let policyID = file.policyID
        if let node = top["categories"] { file.categories = readCategories(node) }
        if let node = top["parameters"] { file.parameters = readParameters(node) }
        if let node = top["lexicons"] { file.lexicons = readLexicons(node) }
        if let node = top["rules"] {
            var rules = RuleReader(reader: reader, policy: policyID)
            file.rules = rules.readRules(node)
            reader = rules.reader
        }
        if let node = top["overrides"] { file.overrides = readOverrides(node) }
        return file
    }

    private mutating func readHeader(_ node: YAMLNode) -> PolicyFile.Header? {
        if node.scalar != nil {
            return reader.text(node, "a policy id").map { .addition(policy: $0, at: reader.location(node)) }
        }
        guard let fields = reader.mapping(node, "'policy'", allowed: Self.policyKeys, required: ["id"]),
              let idNode = fields["id"], let id = reader.text(idNode, "a policy id") else { return nil }
        var zone = PolicyTimeZone.shanghai
        if let zoneNode = fields["timezone"],
           let parsed = reader.parsed(zoneNode, "a time zone name such as Asia/Shanghai", PolicyTimeZone.init(identifier:)) {
            zone = parsed
        }
        var extends: (String, SourceLocation)?
        if let node = fields["extends"], let parent = reader.text(node, "a policy id") {
            extends = (parent, reader.location(node))
        }
        return .declaration(PolicyDeclaration(
            id: id, title: fields["title"].flatMap { reader.text($0) },
            version: fields["version"].flatMap { reader.text($0) }, timeZone: zone, extends: extends,
            location: reader.location(node)))
    }

    private mutating func readCategories(_ node: YAMLNode) -> [(name: String, at: SourceLocation)] {
        guard let pairs = node.mapping else {
            reader.fail(.wrongType(expected: "a mapping of category names to descriptions", found: node.kindName), at: node)
            return []
        }
        return pairs.compactMap { pair in
            _ = reader.text(pair.value, "a description")
            return reader.text(pair.key, "a category name").map { ($0, reader.location(pair.key)) }
        }
    }

    private mutating func readParameters(_ node: YAMLNode) -> [Parameter] {
        guard let pairs = node.mapping else {
            reader.fail(.wrongType(expected: "a mapping of parameter names", found: node.kindName), at: node)
            return []
        }
        var parameters: [Parameter] = []
        for pair in pairs {
            guard let name = reader.text(pair.key, "a parameter name"),
                  let fields = reader.mapping(pair.value, "parameter '\(name)'",
                                              allowed: ParameterValue.typeNames + ["description"]) else { continue }
            guard let type = fields.single(of: ParameterValue.typeNames), let valueNode = fields[type] else {
                reader.fail(.conflictingKeys(ParameterValue.typeNames, context: "parameter '\(name)'"), at: pair.value)
                continue
            }
            var values = ValueReader(reader: reader)
            let value = values.literal(type, valueNode)
            reader = values.reader
            if let value {
                parameters.append(Parameter(name: name, value: value,
                                            description: fields["description"].flatMap { reader.text($0) },
                                            source: reader.location(valueNode)))
            }
        }
        return parameters
    }

    private mutating func readLexicons(_ node: YAMLNode) -> [Lexicon] {
        guard let pairs = node.mapping else {
            reader.fail(.wrongType(expected: "a mapping of lexicon names", found: node.kindName), at: node)
            return []
        }
        var lexicons: [Lexicon] = []
        for pair in pairs {
            guard let name = reader.text(pair.key, "a lexicon name") else { continue }
            let location = reader.location(pair.key)
            if pair.value.sequence != nil {
                guard let terms = readTerms(pair.value) else { continue }
                lexicons.append(Lexicon(name: name, entries: [.init(name: name, terms: terms)], isKeyed: false,
                                        location: location))
            } else if let entries = pair.value.mapping {
                let read = entries.compactMap { entry -> Lexicon.Entry? in
                    guard let entryName = reader.text(entry.key, "an entry name"), let terms = readTerms(entry.value)
                    else { return nil }
                    return .init(name: entryName, terms: terms)
                }
                lexicons.append(Lexicon(name: name, entries: read, isKeyed: true, location: location))
            } else {
                reader.fail(.wrongType(expected: "a list of terms or a mapping of entries to terms",
                                       found: pair.value.kindName), at: pair.value)
            }
        }
        return lexicons
    }

    /// Terms must be non-empty texts.
    mutating func readTerms(_ node: YAMLNode) -> [String]? {
        guard let items = reader.texts(node, "a list of terms") else { return nil }
        for (term, item) in items where term.isEmpty { reader.fail(.emptyTerm, at: item) }
        return items.map(\.0).filter { !$0.isEmpty }
    }

    private mutating func readOverrides(_ node: YAMLNode) -> [RuleOverride] {
        guard let pairs = node.mapping else {
            reader.fail(.wrongType(expected: "a mapping of rule ids to overrides", found: node.kindName), at: node)
            return []
        }
        var overrides: [RuleOverride] = []
        for pair in pairs {
            guard let rule = reader.text(pair.key, "a rule id"),
                  let fields = reader.mapping(pair.value, "override of '\(rule)'",
                                              allowed: ["severity", "points", "enabled"]) else { continue }
            var override = RuleOverride(rule: rule, location: reader.location(pair.key))
            if let node = fields["severity"], let severity = reader.parsed(node, "error, warning or info", Severity.init(name:)) {
                override.severity = (severity, reader.location(node))
            }
            if let node = fields["points"], let points = reader.integer(node, "points", range: 0...48) {
                override.points = (points, reader.location(node))
            }
            if let node = fields["enabled"], let enabled = reader.boolean(node), !enabled {
                reader.fail(.weakensPlatformRule(rule: rule, how: "rules cannot be disabled"), at: node)
            }
            overrides.append(override)
        }
        return overrides
    }
}
