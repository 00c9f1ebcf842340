/// Turns the event stream of a single-document YAML file into a `YAMLNode` tree.
///
/// An explicit stack replaces recursion, so input nesting cannot overflow the call stack; depth,
/// node count (aliases included) and anchors are checked as each event arrives, before any copying.
struct DocumentBuilder {
    private let events: EventParser
    private let limits: YAMLLimits
    private var open: [OpenCollection] = []
    private var anchors: [String: BuiltNode] = [:]
    private var nodeCount = 0

    /// Prepares to build from `events` within `limits`.
    init(events: EventParser, limits: YAMLLimits) {
        self.events = events
        self.limits = limits
    }

    /// The root of the only document, or nil when the stream holds no document.
    ///
    /// - Throws: `YAMLError` for syntax errors, broken limits, and a second document.
    /// - Complexity: O(*n*) in the input size plus the number of nodes produced.
    mutating func build() throws(YAMLError) -> YAMLNode? {
        try expect(events.next(), isStreamStart: true)
        let first = try events.next()
        if case .streamEnd = first.kind { return nil }
        try expect(first, isStreamStart: false)
        let root = try buildRoot()
        _ = try events.next()
        let after = try events.next()
        if case .documentStart = after.kind {
            throw .multipleDocuments(at: after.start)
        }
        return root
    }

    private mutating func buildRoot() throws(YAMLError) -> YAMLNode {
        while true {
            let event = try events.next()
            guard let finished = try finish(event) else { continue }
            guard !open.isEmpty else { return finished.node }
            try open[open.count - 1].append(finished)
        }
    }

    /// The node an event completes, or nil when it opens a collection.
    private mutating func finish(_ event: ParseEvent) throws(YAMLError) -> BuiltNode? {
        switch event.kind {
        case .scalar(let scalar, let anchor):
            try count(1, at: event.start)
            let built = BuiltNode(node: YAMLNode(.scalar(scalar), start: event.start, end: event.end), count: 1, height: 0)
            register(built, as: anchor)
            return built
        case .alias(let name):
            return try expand(name, at: event)
        case .sequenceStart(let anchor):
            try enter(at: event.start)
            open.append(.sequence(at: event.start, anchor: anchor))
            return nil
        case .mappingStart(let anchor):
            try enter(at: event.start)
            open.append(.mapping(at: event.start, anchor: anchor))
            return nil
        case .collectionEnd:
            guard let collection = open.popLast() else { throw unexpected(event) }
            let built = collection.close(at: event.end)
            register(built, as: collection.anchor)
            return built
        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            throw unexpected(event)
        }
    }

    /// A copy of the anchored node, spanning the alias; limits are checked before copying.
    private mutating func expand(_ name: String, at event: ParseEvent) throws(YAMLError) -> BuiltNode {
        guard var built = anchors[name] else {
            throw .unknownAlias(name, at: event.start)
        }
        guard open.count + built.height <= limits.maxDepth else {
            throw .tooDeep(limit: limits.maxDepth, at: event.start)
        }
        try count(built.count, at: event.start)
        built.node.start = event.start
        built.node.end = event.end
        return built
    }

    private mutating func enter(at mark: Mark) throws(YAMLError) {
        guard open.count < limits.maxDepth else {
            throw .tooDeep(limit: limits.maxDepth, at: mark)
        }
        try count(1, at: mark)
    }

    private mutating func count(_ nodes: Int, at mark: Mark) throws(YAMLError) {
        guard nodes <= limits.maxNodes - nodeCount else {
            throw .tooManyNodes(limit: limits.maxNodes, at: mark)
        }
        nodeCount += nodes
    }

    private mutating func register(_ built: BuiltNode, as anchor: String?) {
        if let anchor { anchors[anchor] = built }
    }

    private func expect(_ event: ParseEvent, isStreamStart: Bool) throws(YAMLError) {
        switch (event.kind, isStreamStart) {
        case (.streamStart, true), (.documentStart, false): return
        default: throw unexpected(event)
        }
    }

    /// An event libyaml should never emit at this point; reported rather than trusted.
    private func unexpected(_ event: ParseEvent) -> YAMLError {
        .syntax(problem: "unexpected parser event", context: nil, at: event.start)
    }
}
