import RedlineYAML

/// Reads a policy's `rules:` list.
struct RuleReader {
    var reader: NodeReader
    let policy: String

    static let keys = [
        "id", "category", "severity", "points", "title", "message", "fix", "reference", "effective",
        "speaker", "match", "unless", "assent", "refusal", "deadline", "event", "exempt", "compensation", "examples",
    ]

    mutating func readRules(_ node: YAMLNode) -> [Rule] {
        guard let items = node.sequence else {
            reader.fail(.wrongType(expected: "a list of rules", found: node.kindName), at: node)
            return []
        }
        return items.compactMap { readRule($0) }
    }

    private mutating func readRule(_ node: YAMLNode) -> Rule? {
        guard let fields = reader.mapping(node, "a rule", allowed: Self.keys,
                                          required: ["id", "category", "severity", "title", "message"]) else { return nil }
        let id = fields["id"].flatMap { reader.text($0, "a rule id") }
        if let id, !id.hasPrefix(policy + "."), let idNode = fields["id"] {
            reader.fail(.policyIDMismatch(rule: id, policy: policy), at: idNode)
        }
        let category = fields["category"].flatMap { reader.text($0, "a category") }
        let severity = fields["severity"].flatMap { reader.parsed($0, "error, warning or info", Severity.init(name:)) }
        let points = fields["points"].flatMap { reader.integer($0, "points", range: 0...48) }
        let title = fields["title"].flatMap { reader.text($0) }
        let message = fields["message"].flatMap { reader.text($0) }
        let fix = fields["fix"].flatMap { reader.text($0) }
        let reference = fields["reference"].flatMap { reader.text($0) }
        let effective = fields["effective"].map { readEffective($0) } ?? .always
        let check = readCheck(fields, node)
        var examples = ExampleReader(reader: reader, isOrderRule: fields["match"] == nil)
        let ruleExamples = fields["examples"].map { examples.readExamples($0) } ?? []
        reader = examples.reader
        // A rule with a usable id and check is kept even when other fields are wrong, so that its references
        // are still checked and every error is reported at once; the file's errors stop it from compiling.
        guard let id, let check else { return nil }
        return Rule(id: id, policy: policy, category: category ?? "", severity: severity ?? .error, points: points,
                    title: title ?? "", message: message ?? "", fix: fix, reference: reference, effective: effective, check: check,
                    examples: ruleExamples, source: reader.location(fields.keys["id"] ?? node),
                    categorySource: reader.location(fields["category"] ?? node))
    }

    private mutating func readCheck(_ fields: Fields, _ node: YAMLNode) -> Rule.Check? {
        let checks = ["match", "deadline", "event"]
        guard let kind = fields.single(of: checks), let value = fields[kind] else {
            reader.fail(.conflictingKeys(checks, context: "a rule"), at: node)
            return nil
        }
        for key in ["speaker", "unless", "assent", "refusal"] where kind != "match" && fields[key] != nil {
            reader.fail(.unknownKey(key, context: "an order rule", suggestion: nil), at: fields.keys[key] ?? node)
        }
        for key in ["exempt", "compensation"] where kind == "match" && fields[key] != nil {
            reader.fail(.unknownKey(key, context: "a message rule", suggestion: nil), at: fields.keys[key] ?? node)
        }
        if kind == "match" { return readMessageCheck(value, fields).map(Rule.Check.message) }
        var orders = OrderRuleReader(reader: reader)
        defer { reader = orders.reader }
        return orders.readOrderCheck(kind, value, fields).map(Rule.Check.order)
    }

    private mutating func readMessageCheck(_ node: YAMLNode, _ fields: Fields) -> MessageCheck? {
        let speaker = fields["speaker"].flatMap { reader.choice($0, Speaker.self) } ?? .agent
        var conditions = ConditionReader(reader: reader)
        defer { reader = conditions.reader }
        let match = conditions.condition(node)
        var exceptions: [Exception] = []
        if let unless = fields["unless"] {
            let items = unless.sequence ?? [unless]
            for item in items {
                guard let condition = conditions.condition(item, extraKeys: ["scope"]) else { continue }
                let scope = item.mapping?.first { $0.key.scalar?.text == "scope" }
                    .flatMap { conditions.scope($0.value, allowOverlap: true) } ?? .message
                exceptions.append(Exception(condition: condition, scope: scope))
            }
        }
        let assent = fields["assent"].flatMap { reader.boolean($0) } ?? false
        let refusal = fields["refusal"].flatMap { conditions.condition($0) }
        return match.map { MessageCheck(speaker: speaker, match: $0, exceptions: exceptions, assent: assent, refusal: refusal) }
    }

    private mutating func readEffective(_ node: YAMLNode) -> Effectiveness {
        var effective = Effectiveness.always
        guard let fields = reader.mapping(node, "'effective'", allowed: ["from", "until", "by_category"]) else {
            return effective
        }
        var values = ValueReader(reader: reader)
        defer { reader = values.reader }
        effective.from = fields["from"].flatMap { values.date($0) }
        effective.until = fields["until"].flatMap { values.date($0) }
        if let list = fields["by_category"] {
            for item in list.sequence ?? [list] {
                guard let entry = values.reader.mapping(item, "a 'by_category' entry", allowed: ["categories", "from"],
                                                        required: ["categories", "from"]),
                      let names = entry["categories"].flatMap({ values.reader.texts($0, "a list of product categories") }),
                      let from = entry["from"].flatMap({ values.date($0) }) else { continue }
                effective.categoryStarts.append((names.map(\.0), from))
            }
        }
        return effective
    }
}
