/// Why a policy pattern was refused, with the offset (in Unicode scalars of the pattern) where it went wrong.
public enum RegexError: Error, Sendable, Equatable {
    /// PCRE2 could not compile the pattern.
    case invalid(message: String, offset: Int)
    /// `\b` or `\B`: Chinese has no word boundaries, so they silently never (or always) match.
    case wordBoundary(offset: Int)
    /// A construct that can take exponential time: nested unbounded quantifiers, backreferences.
    case catastrophic(reason: String, offset: Int)
    /// Longer than the limit.
    case tooLong(length: Int, limit: Int)

    public var message: String {
        switch self {
        case .invalid(let message, _): message
        case .wordBoundary: "\\b and \\B are not allowed: Chinese text has no word boundaries; use nearness instead"
        case .catastrophic(let reason, _): "\(reason) can take exponential time"
        case .tooLong(let length, let limit): "pattern is \(length) characters long, longer than the limit of \(limit)"
        }
    }

    public var offset: Int {
        switch self {
        case .invalid(_, let offset), .wordBoundary(let offset), .catastrophic(_, let offset): offset
        case .tooLong(_, let limit): limit
        }
    }
}
