/// One node of a parsed YAML document with the span it occupies in the source.
///
/// Nodes are plain values: an alias is expanded into a copy of its anchored node, so the tree
/// never shares or cycles. The copy's root takes the alias's span; its descendants keep the spans
/// of the anchored definition.
public struct YAMLNode: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
        /// A single value.
        case scalar(YAMLScalar)
        /// An ordered list of nodes.
        case sequence([YAMLNode])
        /// Key-value pairs in source order; keys are unique by scalar text.
        case mapping([YAMLPair])
    }

    /// The node's content.
    public var content: Content
    /// The position of the node's first character.
    public var start: Mark
    /// The position just after the node, as libyaml reports it: for block scalars and block
    /// collections this is where the next token begins, usually the start of a following line.
    public var end: Mark

    /// Creates a node from its content and span.
    public init(_ content: Content, start: Mark, end: Mark) {
        self.content = content
        self.start = start
        self.end = end
    }

    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs in source order, if this node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// `"scalar"`, `"sequence"` or `"mapping"`, for messages such as "expected a mapping, found a sequence".
    public var kindName: String {
        switch content {
        case .scalar: "scalar"
        case .sequence: "sequence"
        case .mapping: "mapping"
        }
    }

    /// The value for a scalar key with exactly this text, if this node is a mapping that has one.
    ///
    /// - Complexity: O(*n*) in the number of pairs.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }
}

/// One entry of a YAML mapping.
public struct YAMLPair: Sendable {
    /// The key node, usually a scalar.
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode

    /// Creates a pair from its key and value.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
