/// Prints errors the way a compiler does: `path:line:column: error: message`, then the source line and a caret
/// under the column.
public struct DiagnosticPrinter: Sendable {
    /// The text of each file, by path, for the source-line excerpt.
    public var sources: [String: String]

    public init(sources: [String: String]) {
        self.sources = sources
    }

    /// One error with its excerpt, ending in a newline.
    public func render(_ error: PolicyError) -> String {
        var text = error.description + "\n"
        guard error.location.line > 0, let source = sources[error.location.path],
              let line = Self.line(error.location.line, of: source) else { return text }
        text += line + "\n"
        if error.location.column > 0 {
            let prefix = line.unicodeScalars.prefix(error.location.column - 1)
            let padding = prefix.map { $0 == "\t" ? "\t" : ($0.value >= 0x1100 && Self.isWide($0) ? "  " : " ") }
            text += padding.joined() + "^\n"
        }
        return text
    }

    /// Every error, sorted by location, each with its excerpt.
    public func render(_ errors: [PolicyError]) -> String {
        errors.sorted { $0.location < $1.location }.map(render).joined()
    }

    static func line(_ number: Int, of source: String) -> String? {
        var current = 1
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return String(line.hasSuffix("\r") ? line.dropLast() : line) }
            current += 1
        }
        return nil
    }

    /// East Asian wide characters take two terminal columns, so the caret lines up under CJK text.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD: true
        default: false
        }
    }
}
