import RedlineYAML

/// The error `YAMLReader` throws for `text`, or nil when it parses.
func parseError(_ text: String, limits: YAMLLimits = .standard) -> YAMLError? {
    parseError(Array(text.utf8), limits: limits)
}

/// The error `YAMLReader` throws for `bytes`, or nil when they parse.
func parseError(_ bytes: [UInt8], limits: YAMLLimits = .standard) -> YAMLError? {
    do {
        _ = try YAMLReader.parse(bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// A mark from a 1-based line and column and a byte offset, for terse expectations.
func at(_ line: Int, _ column: Int, _ offset: Int) -> Mark {
    Mark(line: line, column: column, offset: offset)
}
