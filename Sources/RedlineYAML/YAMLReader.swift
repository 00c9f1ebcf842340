/// Reads one YAML document into a `YAMLNode` tree with positions, within hard limits.
///
/// Built on libyaml's event API; no libyaml type appears in the result. Input is always read as
/// UTF-8, and a leading UTF-8 byte order mark is skipped (positions still count its bytes in
/// `Mark.offset`, not in columns).
public enum YAMLReader {
    /// Parses the only document in `bytes`.
    ///
    /// - Returns: The root node, or nil when the input holds no document (only comments or whitespace).
    ///   An explicit `---` with no content yields an empty plain (null) scalar.
    /// - Throws: `YAMLError`, always with a position.
    /// - Complexity: O(*n*) in the input size plus the nodes produced, both bounded by `limits`.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLNode? {
        guard bytes.count <= limits.maxBytes else {
            throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes)
        }
        return try bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(YAMLError) in try parse(buffer: buffer, limits: limits) }
        }.get()
    }

    /// Parses the only document in `text`.
    ///
    /// - Returns: The root node, or nil when the text holds no document (only comments or whitespace).
    /// - Throws: `YAMLError`, always with a position.
    public static func parse(_ text: String, limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLNode? {
        let size = text.utf8.count
        guard size <= limits.maxBytes else {
            throw .tooLarge(bytes: size, limit: limits.maxBytes)
        }
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(YAMLError) in try parse(buffer: buffer, limits: limits) }
        }.get()
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) -> YAMLNode? {
        let bomLength = hasByteOrderMark(buffer) ? 3 : 0
        let body = UnsafeBufferPointer(rebasing: buffer[bomLength...])
        guard !body.isEmpty else { return nil }
        let events = try EventParser(input: body, source: SourceMap(bytes: body, baseOffset: bomLength))
        var builder = DocumentBuilder(events: events, limits: limits)
        return try builder.build()
    }

    private static func hasByteOrderMark(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
    }
}
