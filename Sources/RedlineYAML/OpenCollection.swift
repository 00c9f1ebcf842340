/// A finished node with the bookkeeping needed to copy it safely through an alias.
struct BuiltNode {
    var node: YAMLNode
    /// Nodes in the subtree, the node itself included.
    var count: Int
    /// Collections on the longest path down from the node: 0 for a scalar, 1 for a flat collection.
    var height: Int
}

/// A sequence or mapping whose end event has not arrived yet.
struct OpenCollection {
    private let isMapping: Bool
    private let start: Mark
    /// The anchor to register once the collection is complete.
    let anchor: String?
    private var items: [YAMLNode] = []
    private var pairs: [YAMLPair] = []
    private var pendingKey: YAMLNode?
    /// Where each scalar key was first seen, for duplicate detection.
    private var keyMarks: [String: Mark] = [:]
    private var count = 1
    private var height = 1

    /// Opens a sequence starting at `start`.
    static func sequence(at start: Mark, anchor: String?) -> OpenCollection {
        OpenCollection(isMapping: false, start: start, anchor: anchor)
    }

    /// Opens a mapping starting at `start`.
    static func mapping(at start: Mark, anchor: String?) -> OpenCollection {
        OpenCollection(isMapping: true, start: start, anchor: anchor)
    }

    private init(isMapping: Bool, start: Mark, anchor: String?) {
        self.isMapping = isMapping
        self.start = start
        self.anchor = anchor
    }

    /// Adds the next child: an item, or alternately a key and its value.
    ///
    /// - Throws: `YAMLError.duplicateKey` when a scalar key repeats one already in this mapping.
    mutating func append(_ child: BuiltNode) throws(YAMLError) {
        count += child.count
        height = max(height, child.height + 1)
        guard isMapping else {
            items.append(child.node)
            return
        }
        if let key = pendingKey {
            pairs.append(YAMLPair(key: key, value: child.node))
            pendingKey = nil
            return
        }
        if let text = child.node.scalar?.text {
            if let first = keyMarks[text] {
                throw .duplicateKey(text, at: child.node.start, firstAt: first)
            }
            keyMarks[text] = child.node.start
        }
        pendingKey = child.node
    }

    /// The finished collection, ending at `end`.
    func close(at end: Mark) -> BuiltNode {
        let content: YAMLNode.Content = isMapping ? .mapping(pairs) : .sequence(items)
        return BuiltNode(node: YAMLNode(content, start: start, end: end), count: count, height: height)
    }
}
