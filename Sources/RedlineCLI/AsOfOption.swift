import ArgumentParser
import Redline

/// `--as-of TIME`: the moment order rules are evaluated at, shared by the commands that evaluate orders.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Evaluate open orders at this moment (RFC 3339 with offset); default: the newest event.")
    var text: String?

    func validate() throws {
        if let text, Instant(rfc3339: text) == nil {
            throw ValidationError("--as-of must be an RFC 3339 time with an offset, such as 2026-11-14T12:00:00+08:00")
        }
    }

    /// The moment given, if any.
    var instant: Instant? { text.flatMap { Instant(rfc3339: $0) } }
}
