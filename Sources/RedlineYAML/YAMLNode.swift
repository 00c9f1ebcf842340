/// One node of a YAML document with the span of source it came from.
public struct YAMLNode: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// The first character of the node.
    public var start: Mark
    /// Just after the node.
    public var end: Mark

    public init(content: Content, start: Mark, end: Mark) {
        self.content = content
        self.start = start
        self.end = end
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// `scalar`, `sequence` or `mapping`, for messages.
    public var kindName: String {
        switch content {
        case .scalar: "scalar"
        case .sequence: "sequence"
        case .mapping: "mapping"
        }
    }

    /// The number of nodes in this subtree, itself included.
    var size: Int {
        switch content {
        case .scalar: 1
        case .sequence(let items): items.reduce(1) { $0 + $1.size }
        case .mapping(let pairs): pairs.reduce(1) { $0 + $1.key.size + $1.value.size }
        }
    }
}

/// A key and its value in a mapping; mappings keep their source order.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar's text with the style it was written in, so `"no"` stays text and only plain `true`/`false` are
/// booleans.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style
    public var tag: String?

    public init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }

    public var isPlain: Bool { style == .plain }

    /// `true` or `false` written plain; nothing else (`yes`, `on`, `"true"`) is a boolean.
    public var boolValue: Bool? {
        guard isPlain else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// A plain `~`, `null` or empty scalar.
    public var isNull: Bool {
        isPlain && (text.isEmpty || text == "~" || text == "null")
    }
}
