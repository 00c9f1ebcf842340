import CYAML

/// Reads YAML through libyaml's event API into a `YAMLNode` tree, under hard limits.
public enum YAMLReader {
    /// Parses one YAML document. Returns nil for an empty document (only comments and blank lines). A UTF-8
    /// byte order mark is skipped.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLNode? {
        guard bytes.count <= limits.maxBytes else { throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return try body.withUnsafeBufferPointer { buffer throws(YAMLError) in
            var builder = try TreeBuilder(buffer, limits: limits)
            return try builder.document()
        }
    }

    /// Parses one YAML document from text.
    public static func parse(_ text: String, limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLNode? {
        try parse(Array(text.utf8), limits: limits)
    }
}

/// Drives a libyaml parser over a buffer and builds nodes from its events. Owns the parser and frees it.
private struct TreeBuilder: ~Copyable {
    let source: UnsafeBufferPointer<UInt8>
    let limits: YAMLLimits
    let parser: UnsafeMutablePointer<yaml_parser_t>
    var anchors: [String: YAMLNode] = [:]
    var nodes = 0

    init(_ source: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) {
        self.source = source
        self.limits = limits
        parser = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) != 0 else {
            parser.deallocate()
            throw .syntax(problem: "cannot initialise the YAML parser", context: nil, at: Mark(line: 1, column: 1, offset: 0))
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, source.baseAddress ?? UnsafePointer(bitPattern: 1), source.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The single document of the stream, or nil when the stream has none.
    mutating func document() throws(YAMLError) -> YAMLNode? {
        var event = try next()
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_STREAM_START_EVENT else { return nil }
        var start = try next()
        defer { yaml_event_delete(&start) }
        if start.type == YAML_STREAM_END_EVENT { return nil }
        let root = try node(depth: 1)
        var end = try next()
        yaml_event_delete(&end)
        var after = try next()
        defer { yaml_event_delete(&after) }
        if after.type == YAML_DOCUMENT_START_EVENT { throw .multipleDocuments(at: mark(after.start_mark)) }
        if root.scalar?.isNull == true, root.scalar?.tag == nil, root.start == root.end { return nil }
        return root
    }

    /// Reads the node that starts with the next event.
    mutating func node(depth: Int) throws(YAMLError) -> YAMLNode {
        var event = try next()
        defer { yaml_event_delete(&event) }
        return try node(from: &event, depth: depth)
    }

    mutating func node(from event: inout yaml_event_t, depth: Int) throws(YAMLError) -> YAMLNode {
        let start = mark(event.start_mark)
        guard depth <= limits.maxDepth else { throw .tooDeep(limit: limits.maxDepth, at: start) }
        nodes += 1
        guard nodes <= limits.maxNodes else { throw .tooManyNodes(limit: limits.maxNodes, at: start) }
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = string(data.value, length: data.length) ?? ""
            let style: YAMLScalar.Style = switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
            let result = YAMLNode(content: .scalar(YAMLScalar(text: text, style: style, tag: cString(data.tag))),
                                  start: start, end: mark(event.end_mark))
            remember(result, anchor: data.anchor)
            return result
        case YAML_SEQUENCE_START_EVENT:
            let anchor = cString(event.data.sequence_start.anchor)
            var items: [YAMLNode] = []
            while true {
                var item = try next()
                defer { yaml_event_delete(&item) }
                if item.type == YAML_SEQUENCE_END_EVENT {
                    let result = YAMLNode(content: .sequence(items), start: start, end: mark(item.end_mark))
                    if let anchor { anchors[anchor] = result }
                    return result
                }
                items.append(try node(from: &item, depth: depth + 1))
            }
        case YAML_MAPPING_START_EVENT:
            let anchor = cString(event.data.mapping_start.anchor)
            var pairs: [YAMLPair] = []
            var seen: [String: Mark] = [:]
            while true {
                var keyEvent = try next()
                defer { yaml_event_delete(&keyEvent) }
                if keyEvent.type == YAML_MAPPING_END_EVENT {
                    let result = YAMLNode(content: .mapping(pairs), start: start, end: mark(keyEvent.end_mark))
                    if let anchor { anchors[anchor] = result }
                    return result
                }
                let key = try node(from: &keyEvent, depth: depth + 1)
                if let text = key.scalar?.text {
                    if let first = seen[text] { throw .duplicateKey(text, at: key.start, firstAt: first) }
                    seen[text] = key.start
                }
                pairs.append(YAMLPair(key: key, value: try node(depth: depth + 1)))
            }
        case YAML_ALIAS_EVENT:
            let name = cString(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else { throw .unknownAlias(name, at: start) }
            let size = target.size
            guard nodes - 1 + size <= limits.maxNodes else { throw .tooManyNodes(limit: limits.maxNodes, at: start) }
            nodes += size - 1
            return target
        default:
            throw .syntax(problem: "unexpected YAML event", context: nil, at: start)
        }
    }

    private mutating func remember(_ node: YAMLNode, anchor: UnsafeMutablePointer<yaml_char_t>?) {
        if let name = cString(anchor) { anchors[name] = node }
    }

    /// The next event, or the parser's error as a located `YAMLError`.
    mutating func next() throws(YAMLError) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) != 0 else { throw parserError() }
        return event
    }

    func parserError() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "invalid YAML"
        if state.error == YAML_READER_ERROR {
            let at = Mark.locate(offset: state.problem_offset, in: source)
            return problem.contains("UTF-8") || problem.contains("octet") ? .invalidUTF8(at: at)
                : .syntax(problem: problem, context: nil, at: at)
        }
        let at = mark(state.problem_mark)
        if byte(at: at) == UInt8(ascii: "\t") { return .tab(at: at) }
        let context = state.context.map { String(cString: $0) }
        return .syntax(problem: problem, context: context, at: at)
    }

    /// The source byte at a line and column, to tell a tab from other bad characters.
    func byte(at mark: Mark) -> UInt8? {
        var line = 1, index = 0
        while line < mark.line, index < source.count {
            if source[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        var column = 1
        while column < mark.column, index < source.count, source[index] != UInt8(ascii: "\n") {
            index += 1
            while index < source.count, source[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index < source.count ? source[index] : nil
    }

    func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1, offset: Int(mark.index))
    }

    func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String? {
        guard let pointer else { return nil }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
