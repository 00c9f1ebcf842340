import CYAML

/// Owns a libyaml parser reading borrowed UTF-8 bytes and hands out its events one at a time.
///
/// The bytes must stay valid for the parser's lifetime. Every C event is freed as soon as it
/// has been copied, and the parser is freed in `deinit`, on success and error paths alike.
final class EventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var source: SourceMap

    /// Prepares libyaml to read `input` as UTF-8.
    init(input: UnsafeBufferPointer<UInt8>, source: SourceMap) throws(YAMLError) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw .syntax(problem: "libyaml could not allocate a parser", context: nil, at: .start)
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
        self.parser = parser
        self.source = source
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event, or the error libyaml stopped at.
    func next() throws(YAMLError) -> ParseEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw currentError()
        }
        defer { yaml_event_delete(&event) }
        return ParseEvent(event, source: &source)
    }

    /// Translates libyaml's error state, using the source bytes to refine it.
    private func currentError() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "libyaml ran out of memory"
        switch state.error {
        case YAML_READER_ERROR:
            let offset = Int(state.problem_offset)
            if let invalid = source.firstInvalidUTF8(through: offset) {
                return .invalidUTF8(at: source.mark(atByte: invalid))
            }
            return .syntax(problem: problem, context: nil, at: source.mark(atByte: offset))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let mark = convert(state.problem_mark)
            if source.byte(at: mark) == UInt8(ascii: "\t") {
                return .tab(at: mark)
            }
            return .syntax(problem: problem, context: context(of: state, problemAt: mark), at: mark)
        default:
            return .syntax(problem: problem, context: nil, at: convert(state.problem_mark))
        }
    }

    /// libyaml's context ("while parsing a flow sequence"), with its position when that differs from the problem's.
    private func context(of state: yaml_parser_t, problemAt mark: Mark) -> String? {
        guard let text = state.context.map({ String(cString: $0) }) else { return nil }
        let contextMark = convert(state.context_mark)
        guard contextMark != mark else { return text }
        return "\(text) at line \(contextMark.line), column \(contextMark.column)"
    }

    private func convert(_ mark: yaml_mark_t) -> Mark {
        source.mark(line: Int(mark.line), column: Int(mark.column))
    }
}
