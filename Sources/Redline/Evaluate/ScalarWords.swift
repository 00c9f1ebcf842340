extension Array where Element == Unicode.Scalar {
    /// Whether `word` stands in these characters at `index`: a plain loop, as it runs on every short reply and
    /// at every day word of an audit.
    func has(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        for offset in 0..<word.count where self[index + offset] != word[offset] { return false }
        return true
    }
}
