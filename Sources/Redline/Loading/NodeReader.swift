import RedlineYAML

/// Reads typed values out of one file's YAML nodes, collecting every error with its location instead of
/// stopping at the first.
struct NodeReader {
    let path: String
    private(set) var errors: [PolicyError] = []

    init(path: String) {
        self.path = path
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(path: path, line: node.start.line, column: node.start.column)
    }

    mutating func fail(_ problem: PolicyError.Problem, at node: YAMLNode) {
        errors.append(PolicyError(problem, at: location(node)))
    }

    mutating func fail(_ problem: PolicyError.Problem, at location: SourceLocation) {
        errors.append(PolicyError(problem, at: location))
    }

    /// A mapping whose keys are all among `allowed` and include every `required` key. Unknown keys are
    /// reported with a suggestion; the known ones are returned.
    mutating func mapping(_ node: YAMLNode, _ context: String, allowed: [String],
                          required: [String] = []) -> Fields? {
        guard let pairs = node.mapping else {
            fail(.wrongType(expected: "a mapping for \(context)", found: node.kindName), at: node)
            return nil
        }
        var fields = Fields(node: node)
        for pair in pairs {
            guard let key = pair.key.scalar?.text else {
                fail(.wrongType(expected: "a text key", found: pair.key.kindName), at: pair.key)
                continue
            }
            guard allowed.contains(key) else {
                fail(.unknownKey(key, context: context, suggestion: Suggestion.closest(to: key, in: allowed)),
                     at: pair.key)
                continue
            }
            fields.values[key] = pair.value
            fields.keys[key] = pair.key
        }
        for key in required where fields.values[key] == nil {
            fail(.missingKey(key, context: context), at: node)
        }
        return fields
    }

    /// A scalar's text. Quoted or not, any scalar is text, except a plain null.
    mutating func text(_ node: YAMLNode, _ what: String = "text") -> String? {
        guard let scalar = node.scalar, !(scalar.style == .plain && scalar.isNull) else {
            fail(.wrongType(expected: what, found: node.scalar?.isNull == true ? "null" : node.kindName), at: node)
            return nil
        }
        return scalar.text
    }

    /// A list of texts (a single text counts as a list of one). An empty list is a mistake unless `allowEmpty`.
    mutating func texts(_ node: YAMLNode, _ what: String = "a list of texts", allowEmpty: Bool = false) -> [(String, YAMLNode)]? {
        if node.scalar != nil { return text(node, what).map { [($0, node)] } }
        guard let items = node.sequence else {
            fail(.wrongType(expected: what, found: node.kindName), at: node)
            return nil
        }
        let values = items.compactMap { item in text(item, what).map { ($0, item) } }
        if items.isEmpty, !allowEmpty { fail(.invalidValue("[]", expected: what), at: node) }
        return values.count == items.count && (allowEmpty || !items.isEmpty) ? values : nil
    }

    mutating func integer(_ node: YAMLNode, _ what: String, range: ClosedRange<Int>) -> Int? {
        guard let scalar = node.scalar, scalar.style == .plain, let value = Int(scalar.text), range.contains(value) else {
            let shown = node.scalar?.text ?? node.kindName
            fail(.invalidValue(shown, expected: "\(what) from \(range.lowerBound) to \(range.upperBound)"), at: node)
            return nil
        }
        return value
    }

    /// Only plain `true` and `false` are booleans; `yes`, `no` and quoted text are not.
    mutating func boolean(_ node: YAMLNode) -> Bool? {
        guard let value = node.scalar?.boolValue else {
            fail(.invalidValue(node.scalar?.text ?? node.kindName, expected: "true or false"), at: node)
            return nil
        }
        return value
    }

    /// Reads a text with `parse`, reporting `expected` when it does not parse.
    mutating func parsed<T>(_ node: YAMLNode, _ expected: String, _ parse: (String) -> T?) -> T? {
        guard let text = text(node, expected) else { return nil }
        guard let value = parse(text) else {
            fail(.invalidValue(text, expected: expected), at: node)
            return nil
        }
        return value
    }

    /// One of the raw values of a string enum.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ type: T.Type) -> T?
    where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        return parsed(node, "one of \(names.joined(separator: ", "))") { T(rawValue: $0) }
    }
}

/// The known keys of a mapping, with their key and value nodes.
struct Fields {
    let node: YAMLNode
    var values: [String: YAMLNode] = [:]
    var keys: [String: YAMLNode] = [:]

    subscript(_ key: String) -> YAMLNode? { values[key] }

    /// The one key, among `choices`, that is present; nil when none or several are.
    func single(of choices: [String]) -> String? {
        let present = choices.filter { values[$0] != nil }
        return present.count == 1 ? present[0] : nil
    }
}
