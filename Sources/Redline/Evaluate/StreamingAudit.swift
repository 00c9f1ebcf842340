/// An audit of files in two passes, holding only the records that can still change a result.
///
/// The first pass reads every record and learns where each conversation and order ends and what depends on
/// what (`RecordGroups`). The second pass reads the input again; each conversation is evaluated as soon as it
/// and its linked orders have been read, each order as soon as its last event has been read (or, when a rule
/// compares it with the buyer's other orders, theirs), and their records are released then (`OpenRecords`).
/// Evaluations that fall due close together run together, on every core; findings come out in the order the
/// conversations and orders fall due, the same on every run.
///
/// Memory is the first pass's index (about 45 bytes per conversation, order and buyer) plus the records still
/// open: few when an export keeps a conversation's messages and an order's events near each other
/// (`Outcome.peakHeldRecords` reports it).
public struct StreamingAudit: Sendable {
    public let policies: PolicySet
    /// Evaluations batched together, in messages and orders.
    public var batchSize = 4_096

    public init(policies: PolicySet) {
        self.policies = policies
    }

    /// What a run saw, for the summary.
    public struct Outcome: Sendable {
        public var badLines = 0
        public var records = 0
        public var messages = 0
        /// The most records held at once, read but not yet evaluated and released.
        public var peakHeldRecords = 0
        /// Conversations, orders and buyers in the first pass's index.
        public var indexedKeys = 0
        /// Orders that had events but no order record, so no order rule could judge them.
        public var ordersWithoutRecord: [String] = []
    }

    /// Audits `paths` (regular files or `.gz` files; `names` maps a path to the name shown in errors). `emit`
    /// receives findings as they are found.
    public func run(_ paths: [String], names: [String: String] = [:], asOf: Instant?,
                    onError: (SourceLocation, String) -> Void, onLines: (_ count: Int, _ bytes: Int) -> Void = { _, _ in },
                    emit: ([Finding]) -> Void) throws -> Outcome {
        try run(paths, names: names, asOf: asOf, onError: onError, onLines: onLines, render: { _ in () }) { found, _ in emit(found) }
    }

    /// `run`, with the findings of each conversation or order also rendered (as output text, say) by `render`
    /// on the core that found them; `emit` receives both, in the same deterministic order.
    public func run<Rendered: Sendable>(_ paths: [String], names: [String: String] = [:], asOf: Instant?,
                                        onError: (SourceLocation, String) -> Void, onLines: (_ count: Int, _ bytes: Int) -> Void = { _, _ in },
                                        render: @escaping @Sendable ([Finding]) -> Rendered,
                                        emit: ([Finding], Rendered) -> Void) throws -> Outcome {
        var outcome = Outcome()
        var index = RecordGroups()
        // The first pass reads only the keys of each line; errors are reported by the second, which reads all.
        // Records are numbered by line across the files: `firstLine[file] + line`.
        var firstLine: [Int] = []
        var lines = 0
        for path in paths {
            let base = lines
            firstLine.append(base)
            lines += try InputFiles.readLines(path, name: names[path], decode: RecordKey.read) { keys in
                for (line, key) in keys { index.note(key, number: base + line) }
            } onError: { location, message in
                if location.line == 0 { onError(location, message) }
            } onLines: { onLines($0, $1) }
        }
        guard lines < Int(UInt32.max) else {
            onError(SourceLocation(path: names[paths[0]] ?? paths[0], line: 0),
                    "more than \(UInt32.max - 1) lines in one audit: split the input by buyer (README, \"Beyond one machine\")")
            throw InputError.tooManyLines(lines)
        }
        index.finish()
        outcome.indexedKeys = index.keyCount
        let clock = asOf ?? index.latestEvent ?? Instant(epochSeconds: 0)

        var open = OpenRecords(policies: policies, index: consume index)
        var jobs: [AuditJob] = []
        var work = 0
        func evaluate() {
            let batch = jobs
            let results = inParallel(batch.count) { index -> ([Finding], Rendered?) in
                let found = batch[index].findings(asOf: clock)
                return (found, found.isEmpty ? nil : render(found))
            }
            for (found, rendered) in results { if let rendered { emit(found, rendered) } }
            jobs.removeAll(keepingCapacity: true)
            work = 0
        }
        for (file, path) in paths.enumerated() {
            try InputFiles.readLines(path, name: names[path], decode: InputFiles.record) { records in
                for (line, record) in records {
                    outcome.records += 1
                    if case .message = record { outcome.messages += 1 }
                    for job in open.add(record, number: firstLine[file] + line) {
                        jobs.append(job)
                        work += job.size
                    }
                    outcome.peakHeldRecords = max(outcome.peakHeldRecords, open.held)
                    if work >= batchSize { evaluate() }
                }
            } onError: { location, message in
                outcome.badLines += 1
                onError(location, message)
            } onLines: { onLines($0, $1) }
        }
        jobs += open.remaining()
        evaluate()
        outcome.ordersWithoutRecord = open.ordersWithoutRecord
        return outcome
    }
}
