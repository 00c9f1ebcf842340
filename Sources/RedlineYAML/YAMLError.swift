/// Why a YAML document could not be read, with the position where it happened.
public enum YAMLError: Error, Sendable, Equatable {
    case syntax(problem: String, context: String?, at: Mark)
    case invalidUTF8(at: Mark)
    case tab(at: Mark)
    case duplicateKey(String, at: Mark, firstAt: Mark)
    case tooDeep(limit: Int, at: Mark)
    case tooManyNodes(limit: Int, at: Mark)
    case tooLarge(bytes: Int, limit: Int)
    case unknownAlias(String, at: Mark)
    case multipleDocuments(at: Mark)

    public var mark: Mark {
        switch self {
        case .syntax(_, _, let at), .invalidUTF8(let at), .tab(let at), .duplicateKey(_, let at, _),
             .tooDeep(_, let at), .tooManyNodes(_, let at), .unknownAlias(_, let at), .multipleDocuments(let at):
            at
        case .tooLarge:
            Mark(line: 1, column: 1, offset: 0)
        }
    }

    public var message: String {
        switch self {
        case .syntax(let problem, let context, _):
            context.map { "\(problem) \($0)" } ?? problem
        case .invalidUTF8:
            "invalid UTF-8: the file must be UTF-8 text"
        case .tab:
            "tab character used for indentation; use spaces"
        case .duplicateKey(let key, _, let first):
            "duplicate key '\(key)' (first defined at line \(first.line), column \(first.column))"
        case .tooDeep(let limit, _):
            "nesting deeper than \(limit) levels"
        case .tooManyNodes(let limit, _):
            "document expands to more than \(limit) nodes (alias expansion is bounded)"
        case .tooLarge(let bytes, let limit):
            "file is \(bytes) bytes, larger than the limit of \(limit) bytes"
        case .unknownAlias(let name, _):
            "unknown alias '*\(name)'"
        case .multipleDocuments:
            "more than one YAML document in the file"
        }
    }
}
