/// The line of the last reference to every conversation, order and buyer of an input, found with bounded
/// memory: the streaming audit's first pass notes `(key, line)` for every reference, and the second pass reads
/// back, line by line, which keys are referenced for the last time there.
///
/// Keys are 64-bit hashes. References are sorted on disk, not held: chunks of `chunkCapacity` are sorted by
/// key (keeping each key's latest line) and written as runs to a temporary folder; `finish` merges the runs,
/// and sorts the last references by line into a second set of runs, which `CompletionStream` merges as the
/// second pass advances. Memory is two chunks plus a small buffer per run, whatever the size of the input; the
/// disk holds at most one pair of 16 bytes per reference. Two keys whose hashes collide share their last
/// line, which only delays a release (the audit then evaluates that key at the end) and never changes a
/// result.
struct LastReferences {
    private let spill: SpillFolder
    private let chunkCapacity: Int
    private var chunk: [SpillEntry] = []
    private var runs: [String] = []
    /// Where the runs are written; removed with its files once the stream is done with.
    var folder: String { spill.path }

    init(chunkCapacity: Int = 1 << 19) throws {
        spill = try SpillFolder()
        self.chunkCapacity = chunkCapacity
        chunk.reserveCapacity(chunkCapacity)
    }

    /// Notes a reference to `key` at `line` (lines must not decrease).
    mutating func note(_ key: UInt64, line: Int) throws {
        chunk.append(SpillEntry(first: key, second: UInt64(line)))
        if chunk.count >= chunkCapacity { try spillChunk() }
    }

    /// Sorts what was noted into the stream of last references, in line order.
    mutating func finish() throws -> CompletionStream {
        try spillChunk()
        // Merge the runs by key; each key's last line goes, as (line, key), into runs sorted by line.
        var byLine: [SpillEntry] = []
        byLine.reserveCapacity(chunkCapacity)
        var lineRuns: [String] = []
        let merge = try SpillMerge(runs)
        var pending: SpillEntry?
        var keys = 0
        func flush() throws {
            byLine.sort { ($0.first, $0.second) < ($1.first, $1.second) }
            lineRuns.append(try spill.write(byLine))
            byLine.removeAll(keepingCapacity: true)
        }
        while let entry = try merge.next() {
            if let last = pending, last.first != entry.first {
                keys += 1
                byLine.append(SpillEntry(first: last.second, second: last.first))
                if byLine.count >= chunkCapacity { try flush() }
            }
            pending = entry
        }
        if let last = pending {
            keys += 1
            byLine.append(SpillEntry(first: last.second, second: last.first))
        }
        if !byLine.isEmpty { try flush() }
        for run in runs { spill.remove(run) }
        return try CompletionStream(spill: spill, runs: lineRuns, keys: keys)
    }

    /// Sorts the chunk by key, keeps each key's latest line, and writes it as a run.
    private mutating func spillChunk() throws {
        guard !chunk.isEmpty else { return }
        chunk.sort { ($0.first, $0.second) > ($1.first, $1.second) }
        var kept: [SpillEntry] = []
        kept.reserveCapacity(chunk.count)
        for entry in chunk where kept.last?.first != entry.first { kept.append(entry) }
        kept.reverse()
        runs.append(try spill.write(kept))
        chunk.removeAll(keepingCapacity: true)
    }
}

/// The keys referenced for the last time at each line, read in line order.
struct CompletionStream {
    /// Held so that the folder and its runs last as long as the stream reads them.
    private let spill: SpillFolder
    private let merge: SpillMerge
    private var next: SpillEntry?
    /// The number of distinct keys: conversations, orders and buyers.
    let keyCount: Int

    fileprivate init(spill: SpillFolder, runs: [String], keys: Int) throws {
        self.spill = spill
        merge = try SpillMerge(runs)
        next = try merge.next()
        keyCount = keys
    }

    /// The keys whose last reference is at `line`, skipping any at earlier lines (lines that did not read in
    /// the second pass). `line` must not decrease between calls.
    mutating func keys(at line: Int) throws -> [UInt64] {
        var keys: [UInt64] = []
        while let entry = next, entry.first <= UInt64(line) {
            if entry.first == UInt64(line) { keys.append(entry.second) }
            next = try merge.next()
        }
        return keys
    }
}
