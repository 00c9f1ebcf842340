/// Why a YAML document was rejected, and where.
///
/// Every case carries (or implies) the `Mark` of the problem so callers can report
/// `path:line:column: message`. Errors never hold a copy of the document.
public enum YAMLError: Error, Sendable, Equatable {
    /// libyaml's scanner or parser rejected the text. `context` names what was being read and,
    /// when it began elsewhere, where (for example "while parsing a flow sequence at line 1, column 6").
    case syntax(problem: String, context: String?, at: Mark)
    /// The input is not valid UTF-8; the mark is the first offending byte.
    case invalidUTF8(at: Mark)
    /// A tab appears where YAML only allows spaces (indentation or the separation it implies).
    case tab(at: Mark)
    /// A mapping repeats a scalar key; `at` is the repetition, `firstAt` the original.
    case duplicateKey(String, at: Mark, firstAt: Mark)
    /// Collections nest deeper than the limit; the mark is the collection (or alias) that crossed it.
    case tooDeep(limit: Int, at: Mark)
    /// The document, with aliases expanded, has more nodes than the limit; typical of alias bombs.
    case tooManyNodes(limit: Int, at: Mark)
    /// The input is larger than the limit; checked before parsing and reported at line 1, column 1.
    case tooLarge(bytes: Int, limit: Int)
    /// An alias names no anchor defined before it.
    case unknownAlias(String, at: Mark)
    /// The stream holds a second document; the mark is where it starts.
    case multipleDocuments(at: Mark)

    /// Where the problem is.
    public var mark: Mark {
        switch self {
        case .syntax(_, _, let mark), .invalidUTF8(let mark), .tab(let mark),
             .duplicateKey(_, let mark, _), .tooDeep(_, let mark), .tooManyNodes(_, let mark),
             .unknownAlias(_, let mark), .multipleDocuments(let mark):
            mark
        case .tooLarge:
            .start
        }
    }

    /// A lowercase, human description without position prefix or trailing period.
    public var message: String {
        switch self {
        case .syntax(let problem, nil, _):
            problem
        case .syntax(let problem, let context?, _):
            "\(problem) (\(context))"
        case .invalidUTF8:
            "invalid UTF-8 byte sequence"
        case .tab:
            "tab used for indentation; use spaces"
        case .duplicateKey(let key, _, let first):
            "duplicate key '\(key)' (first defined at line \(first.line), column \(first.column))"
        case .tooDeep(let limit, _):
            "nesting deeper than \(limit) levels"
        case .tooManyNodes(let limit, _):
            "more than \(limit) nodes once aliases are expanded"
        case .tooLarge(let bytes, let limit):
            "input is \(bytes) bytes, more than the limit of \(limit)"
        case .unknownAlias(let name, _):
            "unknown alias '*\(name)'"
        case .multipleDocuments:
            "a second document starts here; only one document is allowed"
        }
    }
}

extension YAMLError: CustomStringConvertible {
    /// `line:column: message`, ready to follow a file path.
    public var description: String { "\(mark): \(message)" }
}
