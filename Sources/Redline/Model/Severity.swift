/// How serious a finding is. Ordered: `info` < `warning` < `error`.
public enum Severity: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    case info, warning, error

    public init?(name: String) {
        guard let value = Self.allCases.first(where: { $0.description == name }) else { return nil }
        self = value
    }

    public var description: String {
        switch self {
        case .info: "info"
        case .warning: "warning"
        case .error: "error"
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
}
