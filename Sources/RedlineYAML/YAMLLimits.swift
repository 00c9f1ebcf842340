/// Hard bounds that keep hostile YAML (alias bombs, deep nesting, huge files) from exhausting memory or time.
public struct YAMLLimits: Sendable {
    public var maxBytes: Int
    public var maxDepth: Int
    /// Total nodes built, alias expansions included.
    public var maxNodes: Int

    public init(maxBytes: Int = 4 << 20, maxDepth: Int = 64, maxNodes: Int = 200_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let standard = YAMLLimits()
}
