import CYAML

/// One libyaml event, copied into Swift values so the C event can be freed at once.
struct ParseEvent {
    /// What the event announces.
    enum Kind {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias(String)
        case scalar(YAMLScalar, anchor: String?)
        case sequenceStart(anchor: String?)
        case mappingStart(anchor: String?)
        case collectionEnd
    }

    var kind: Kind
    var start: Mark
    var end: Mark
}

extension ParseEvent {
    /// Copies a C event; marks are converted through `source`.
    init(_ event: yaml_event_t, source: inout SourceMap) {
        start = source.mark(line: Int(event.start_mark.line), column: Int(event.start_mark.column))
        end = source.mark(line: Int(event.end_mark.line), column: Int(event.end_mark.column))
        kind = Self.kind(of: event)
    }

    private static func kind(of event: yaml_event_t) -> Kind {
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(text(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = UnsafeBufferPointer(start: data.value, count: data.length)
            let scalar = YAMLScalar(
                text: String(decoding: value, as: UTF8.self), style: style(data.style), tag: text(data.tag))
            return .scalar(scalar, anchor: text(data.anchor))
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: text(event.data.sequence_start.anchor))
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: text(event.data.mapping_start.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return .collectionEnd
        default:
            // YAML_STREAM_END_EVENT, or YAML_NO_EVENT, which libyaml only returns once the stream has ended.
            return .streamEnd
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
