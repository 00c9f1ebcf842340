/// Hard bounds that keep hostile YAML from exhausting time or memory.
public struct YAMLLimits: Sendable, Hashable {
    /// The largest accepted input, in bytes; larger input is rejected before parsing.
    public var maxBytes: Int = 4 << 20
    /// The deepest accepted nesting of sequences and mappings; the root collection is depth 1
    /// and scalars add no depth.
    public var maxDepth: Int = 64
    /// The most nodes a document may produce, counting every node copied by an alias expansion.
    public var maxNodes: Int = 200_000

    /// Creates limits; omitted bounds take the standard values.
    public init(maxBytes: Int = 4 << 20, maxDepth: Int = 64, maxNodes: Int = 200_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    /// 4 MiB, 64 levels, 200,000 nodes: generous for policy files, small enough to be safe.
    public static let standard = YAMLLimits()
}
