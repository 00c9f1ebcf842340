import RedlineText

/// What the buyer is waiting to hear back about: the buyer's messages since the agent last wrote. A bare yes or
/// no answers the latest of them, and when the latest is only a nudge ("在吗", "亲？", "可以吗"), the request
/// before it too: "能开发票吗" - "在吗" - "可以的" agrees to the invoice.
struct PendingRequest: Sendable {
    private var texts: [String] = []
    /// The request as one message, to judge a bare answer by; nil when nothing is waiting.
    private(set) var view: MessageView?

    /// At most this many unanswered messages are read together.
    static let depth = 3
    /// A message of at most this many word characters is a nudge, unless it withdraws the request.
    static let nudgeLength = 4
    static let withdrawals = ["算了", "不用", "不要", "没事"].map { Array($0.utf8) }

    /// Adds the buyer's latest message, already prepared as `latest`.
    mutating func add(_ text: String, view latest: MessageView, program: Program) {
        texts.append(text)
        if texts.count > Self.depth { texts.removeFirst() }
        view = texts.count > 1 && Self.isNudge(latest.text) ? program.view(texts.joined(separator: "\n")) : latest
    }

    /// The agent wrote: nothing is waiting any more.
    mutating func answered() {
        texts.removeAll()
        view = nil
    }

    static func isNudge(_ text: NormalizedText) -> Bool {
        guard !withdrawals.contains(where: { text.contains($0) }) else { return false }
        return String(decoding: text.bytes, as: UTF8.self).unicodeScalars.count(where: { CharacterClass.isWord($0.value) }) <= nudgeLength
    }
}
