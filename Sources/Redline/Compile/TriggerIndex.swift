import RedlineText

/// For each literal of a program, the rules (or `buyer_said`/`agent_said` tests) that one of its occurrences
/// triggers, stored flat: looking a literal up reads two integers and touches no array object, which matters
/// when every message has dozens of literal hits.
struct TriggerIndex: Sendable {
    /// The entries of literal `l` are `entries[starts[l] ..< starts[l + 1]]`.
    private let starts: [Int32]
    private let entries: [Int32]

    /// `lists[l]` holds what literal `l` triggers.
    init(_ lists: [[Int]]) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(lists.count + 1)
        var entries: [Int32] = []
        for list in lists {
            entries += list.map(Int32.init)
            starts.append(Int32(entries.count))
        }
        self.starts = starts
        self.entries = entries
    }

    /// Appends what the distinct literals of `hits` (sorted by literal) trigger to `found`.
    func collect(_ hits: [LiteralMatch], into found: inout [Int]) {
        var previous = -1
        for hit in hits where hit.literal != previous {
            previous = hit.literal
            guard hit.literal + 1 < starts.count else { continue }
            for slot in Int(starts[hit.literal])..<Int(starts[hit.literal + 1]) { found.append(Int(entries[slot])) }
        }
    }
}
