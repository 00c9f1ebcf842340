import Foundation
/// An audit of files in two passes, holding only the records that can still change a result.
///
/// The first pass reads only the ids of every line and notes, for every conversation, order and buyer, each
/// line that refers to it; the references are sorted on disk (`LastReferences`), so memory does not grow with
/// the input. The second pass reads the input again, learning at each line which keys it refers to for the
/// last time: each conversation is evaluated as soon as it and its linked orders are complete, each order as
/// soon as its last event has been read (or, when a rule compares it with the buyer's other orders, theirs),
/// and their records are released then (`OpenRecords`). Evaluations that fall due close together run together,
/// on every core; findings come out in the order the conversations and orders fall due, the same on every run.
///
/// Memory is the records still open: few when an export keeps a conversation's messages and an order's events
/// near each other (`Outcome.peakHeldRecords` reports it), plus a fixed sorting buffer.
public struct StreamingAudit: Sendable {
    public let policies: PolicySet
    /// Evaluations batched together, in messages and orders.
    public var batchSize = 4_096
    /// References sorted in memory at once before they spill to a temporary file (16 bytes each).
    var sortChunk = 1 << 19

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
        /// The distinct conversations, orders and buyers of the input.
        public var keys = 0
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
        var references = try LastReferences(chunkCapacity: sortChunk)
        var latestEvent: Instant?
        // Writing and reading the sorted references can fail (a full disk); the error ends the audit.
        var spillFailure: (any Error)?
        // Records are numbered by line across the files: `firstLine[file] + line`.
        var firstLine: [Int] = []
        var lines = 0
        for path in paths {
            let base = lines
            firstLine.append(base)
            lines += try InputFiles.readLines(path, name: names[path], decode: LineReferences.read) { read in
                do {
                    for (line, found) in read {
                        if let time = found.eventTime { latestEvent = max(latestEvent ?? time, time) }
                        for key in found.keys { try references.note(key, line: base + line) }
                    }
                } catch {
                    spillFailure = spillFailure ?? error
                }
            } onError: { location, message in
                // Bad lines are reported by the second pass, which reads every line whole.
                if location.line == 0 { onError(location, message) }
            } onLines: { onLines($0, $1) }
        }
        if let spillFailure { throw spillFailure }
        if getenv("PASS1") != nil { exit(0) }
        var completions = try references.finish()
        outcome.keys = completions.keyCount
        let clock = asOf ?? latestEvent ?? Instant(epochSeconds: 0)

        var open = OpenRecords(policies: policies)
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
                    let completing: [UInt64]
                    do {
                        completing = try completions.keys(at: firstLine[file] + line)
                    } catch {
                        spillFailure = spillFailure ?? error
                        completing = []
                    }
                    for job in open.add(record, completing: completing) {
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
        if let spillFailure { throw spillFailure }
        jobs += open.remaining()
        evaluate()
        outcome.ordersWithoutRecord = open.ordersWithoutRecord
        return outcome
    }
}
