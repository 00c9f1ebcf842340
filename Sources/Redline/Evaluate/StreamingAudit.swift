/// An audit of files in two passes with bounded memory. The first pass keeps conversation headers, orders and
/// events (small next to the messages) and counts each conversation's messages; the second streams the
/// messages through per-conversation state, releasing a conversation's state after its last message, and
/// writes findings as it goes. Messages are evaluated in batches, conversations of a batch on every core, and
/// findings come out in the order of the messages.
///
/// Standard input cannot be read twice: it goes through `Audit`, which holds the input.
public struct StreamingAudit: Sendable {
    public let policies: PolicySet
    /// Messages evaluated together; bounds the messages held at once.
    public var batchSize = 4_096

    public init(policies: PolicySet) {
        self.policies = policies
    }

    /// What a run saw, for the summary.
    public struct Outcome: Sendable {
        /// Conversations, orders and events read in the first pass.
        public var index: Audit
        public var badLines: Int
        public var messages: Int
        /// The most conversations whose state was held at once.
        public var peakOpenConversations: Int
    }

    /// Audits `paths` (regular files or `.gz` files). `prepared` receives the first pass's index (conversations,
    /// orders, events); `emit` receives message findings batch by batch, then the order findings.
    public func run(_ paths: [String], asOf: Instant?, onError: (SourceLocation, String) -> Void,
                    onLine: (Int) -> Void = { _ in }, emit: ([Finding]) -> Void,
                    prepared: (Audit) -> Void = { _ in }) throws -> Outcome {
        var index = Audit(policies: policies)
        var remaining: [String: Int] = [:]
        var badLines = 0, messages = 0
        for path in paths {
            try InputFiles.read(path) { record in
                if case .message(let message) = record {
                    remaining[message.conversation, default: 0] += 1
                    messages += 1
                } else {
                    index.add(record)
                }
            } onError: { location, message in
                badLines += 1
                onError(location, message)
            } onLine: { onLine($0) }
        }
        index.prepareConversationPrograms()
        prepared(index)
        var open: [String: ConversationTracker] = [:]
        var peak = 0
        var batch: [Message] = []
        batch.reserveCapacity(batchSize)
        func flush() {
            guard !batch.isEmpty else { return }
            var groups: [String: [Int]] = [:]
            var order: [String] = []
            for (position, message) in batch.enumerated() {
                if groups[message.conversation] == nil { order.append(message.conversation) }
                groups[message.conversation, default: []].append(position)
            }
            let trackers = order.map { open.removeValue(forKey: $0) ?? index.tracker(for: $0) }
            let messagesInBatch = batch, positions = order.map { groups[$0] ?? [] }
            let results = inParallel(positions.count) { group -> (ConversationTracker?, [(Int, [Finding])]) in
                guard var tracker = trackers[group] else { return (nil, []) }
                let found = positions[group].map { ($0, tracker.record(messagesInBatch[$0])) }
                return (tracker, found)
            }
            var ordered: [(Int, [Finding])] = []
            for (group, (tracker, found)) in results.enumerated() {
                ordered += found
                let id = order[group]
                let left = (remaining[id] ?? 0) - found.count
                if left > 0, let tracker {
                    remaining[id] = left
                    open[id] = tracker
                } else {
                    remaining[id] = nil
                }
            }
            peak = max(peak, open.count + order.count)
            emit(ordered.sorted { $0.0 < $1.0 }.flatMap(\.1))
            batch.removeAll(keepingCapacity: true)
        }
        for path in paths {
            try InputFiles.read(path) { record in
                guard case .message(let message) = record else { return }
                batch.append(message)
                if batch.count >= batchSize { flush() }
            } onError: { _, _ in }
        }
        flush()
        index.orderFindings(asOf: asOf ?? index.latestEventTime ?? Instant(epochSeconds: 0), emit: emit)
        return Outcome(index: index, badLines: badLines, messages: messages, peakOpenConversations: peak)
    }
}
