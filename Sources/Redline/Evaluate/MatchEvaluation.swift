import RedlineRegex
import RedlineText

/// Runs compiled matchers over a prepared message. A matcher yields nil when it does not hold, an empty list
/// when it holds without a place in the text (context tests), and otherwise the byte spans it found.
struct MatchEvaluation {
    let view: MessageView
    let situation: Situation
    /// Lines explaining what matched, collected only when asked for.
    var trace: [String]?
    /// The order event that contradicts a promise, when a promise condition held.
    var citation: String?
    /// Amounts found by `per: conversation` money tests in this message, by accumulator.
    var offers: [Int: Int64] = [:]
    /// Amounts and digit runs of the message, read once on first use and shared by every rule.
    private var money: [MoneyMention]?
    private var digitRuns: [DigitRun]?

    init(view: MessageView, situation: Situation, trace: [String]? = nil) {
        self.view = view
        self.situation = situation
        self.trace = trace
    }

    /// Runs `work` without recording an explanation (for negations and exceptions).
    mutating func quietly<Result>(_ work: (inout MatchEvaluation) -> Result) -> Result {
        let saved = trace
        trace = nil
        defer { trace = saved }
        return work(&self)
    }

    /// Whether a matcher holds, without collecting where: for tests whose place does not matter (negations,
    /// what the buyer said), literals are answered from the message's bit set.
    mutating func holds(_ matcher: Matcher) -> Bool {
        switch matcher {
        case .literals(let ids): ids.contains(where: view.contains)
        case .any(let items): items.contains { holds($0) }
        case .not(let inner): !holds(inner)
        default: evaluate(matcher) != nil
        }
    }

    /// The most spans of one matcher considered when combining; bounds the cost of `all`.
    static let spanLimit = 16

    mutating func evaluate(_ matcher: Matcher) -> [Range<Int>]? {
        switch matcher {
        case .literals(let ids):
            var spans: [Range<Int>] = []
            for id in ids { view.ranges(of: id, into: &spans) }
            guard !spans.isEmpty else { return nil }
            spans.sort(by: Self.earliestLongest)
            if trace != nil { note("term '\(quote(spans[0]))' found") }
            return Array(spans.prefix(Self.spanLimit))
        case .pattern(let regex, let required):
            if let required, !required.contains(where: view.contains) { return nil }
            let found = regex.matches(in: view.text.bytes)
            if found.hitCostLimit, trace != nil { note("pattern /\(regex.source)/ stopped at its cost limit") }
            let spans = found.ranges
            guard !spans.isEmpty else { return nil }
            if trace != nil { note("pattern /\(regex.source)/ matched '\(quote(spans[0]))'") }
            return Array(spans.prefix(Self.spanLimit))
        case .all(let items, let scope, let ordered):
            return all(items, scope, ordered)
        case .any(let items):
            var spans: [Range<Int>] = []
            var heldWithoutSpan = false
            for item in items {
                guard let found = evaluate(item) else { continue }
                if found.isEmpty { heldWithoutSpan = true } else { spans += found }
            }
            if spans.isEmpty { return heldWithoutSpan ? [] : nil }
            return Array(spans.sorted(by: Self.earliestLongest).prefix(Self.spanLimit))
        case .not(let inner):
            return quietly { $0.holds(inner) } ? nil : []
        case .money(let comparison, let limit, let bare, let accumulator?):
            let threshold = limit.amount(for: situation.tier)
            if money == nil { money = view.text.moneyMentions }
            // An amount stated as the total so far ("再给您申请3元，一共6元") is not added again.
            let mentions = (money ?? []).filter { bare || $0.hasUnit }
            let added = mentions.filter { !statesTotal($0.range) }.max { $0.highFen < $1.highFen }
            let stated = mentions.filter { statesTotal($0.range) }.max { $0.highFen < $1.highFen }
            guard let largest = added ?? stated else { return nil }
            let before = situation.offered[accumulator] ?? 0
            var fen = before + (added?.highFen ?? 0)
            if let stated { fen = max(fen, stated.highFen) }
            offers[accumulator] = max(offers[accumulator] ?? 0, fen - before)
            let total = Money(fen: fen)
            guard comparison.holds(total, threshold) else { return nil }
            if trace != nil {
                note("amount '\(quote(largest.range))' brings the conversation to \(total) CNY, \(comparison.words) \(threshold) CNY (tier \(situation.tier?.rawValue ?? "junior"))")
            }
            return [largest.range]
        case .money(let comparison, let limit, let bare, nil):
            let threshold = limit.amount(for: situation.tier)
            if money == nil { money = view.text.moneyMentions }
            let spans = (money ?? []).filter { mention in
                (bare || mention.hasUnit) && comparison.holds(Money(fen: comparison.readsHighEnd ? mention.highFen : mention.fen), threshold)
            }.map(\.range)
            guard !spans.isEmpty else { return nil }
            if trace != nil { note("amount '\(quote(spans[0]))' is \(comparison.words) \(threshold) CNY (tier \(situation.tier?.rawValue ?? "junior"))") }
            return spans
        case .digits(let lengths, let prefix):
            if digitRuns == nil { digitRuns = view.text.digitRuns(minimumLength: 3) }
            let spans = (digitRuns ?? []).filter { lengths.contains($0.digits.count) && $0.digits.starts(with: prefix) }
                .map(\.range)
            guard !spans.isEmpty else { return nil }
            if trace != nil { note("number '\(quote(spans[0]))' of \(lengths.lowerBound)-\(lengths.upperBound) digits") }
            return spans
        case .tier(let tiers):
            return tiers.contains(situation.tier ?? .junior) ? [] : nil
        case .said(let role, let test):
            let messages = role == .buyer ? situation.earlierBuyer : situation.earlierAgent
            guard let earlier = messages.last(where: { $0.satisfies(test) }) else { return nil }
            if trace != nil { note("the \(role) said earlier: '\(String(decoding: earlier.view.text.bytes, as: UTF8.self))'") }
            return []
        case .replyLaterThan(let limit):
            guard let delay = situation.firstReplyDelay, delay > limit else { return nil }
            if trace != nil { note("first reply came \(delay) after the buyer's first message (limit \(limit))") }
            return []
        case .sentAfter(let cutoff):
            guard let sent = situation.sent, sent.time >= cutoff else { return nil }
            if trace != nil { note("sent at \(sent.time), at or after \(cutoff)") }
            return []
        case .promisedShipDay(let calendar, let literals):
            return promisesBroken(calendar, literals)
        case .sentOn(let days):
            guard let sent = situation.sent, days.contains(sent.date.weekday) else { return nil }
            if trace != nil { note("sent on a \(sent.date.weekday)") }
            return []
        case .orderReceiver:
            return receiverMentions()
        case .orderCarrierNot(let entries):
            return carrierBroken(entries)
        case .orderShippedAfter(let days):
            guard let sent = situation.sent,
                  let shipped = situation.orderEvents.first(where: { $0.name == "shipped" || $0.name == "picked_up" }) else { return nil }
            let zone = situation.timeZone
            let end = zone.instant(CalendarDate(daysSinceEpoch: sent.date.daysSinceEpoch + Int64(days) + 1), TimeOfDay(secondsAfterMidnight: 0))
            guard shipped.time >= end else { return nil }
            cite("'\(shipped.name)' at \(zone.format(shipped.time)), after the promised day ended at \(zone.format(end))")
            return []
        case .orderEvent(let test):
            guard let event = situation.orderEvents.first(where: test.matches) else { return nil }
            cite("'\(event.name)' at \(situation.timeZone.format(event.time))" + Self.fields(event))
            return []
        case .otherBuyer:
            guard let account = situation.account, let buyer = situation.order?.buyer, account != buyer else { return nil }
            if trace != nil { note("account '\(account)' is not the order's buyer '\(buyer)'") }
            return []
        }
    }

    private mutating func all(_ items: [Matcher], _ scope: Scope, _ ordered: Bool) -> [Range<Int>]? {
        var located: [[Range<Int>]] = []
        for item in items {
            guard let found = evaluate(item) else { return nil }
            if !found.isEmpty { located.append(found) }
        }
        guard located.count > 1 else { return located.first ?? [] }
        var results: [Range<Int>] = []
        if located.count == 2 {
            // The common case, two parts: a plain double loop.
            for first in located[0] {
                for second in located[1] where results.count < Self.spanLimit {
                    if ordered, second.lowerBound < first.upperBound { continue }
                    guard view.near(first, second, scope) else { continue }
                    results.append(min(first.lowerBound, second.lowerBound)..<max(first.upperBound, second.upperBound))
                }
            }
            guard !results.isEmpty else { return nil }
            return results.sorted(by: Self.earliestLongest)
        }
        var chosen: [Range<Int>] = []
        func search(_ index: Int) {
            guard results.count < Self.spanLimit else { return }
            guard index < located.count else {
                let lower = chosen.map(\.lowerBound).min() ?? 0, upper = chosen.map(\.upperBound).max() ?? 0
                results.append(lower..<upper)
                return
            }
            for span in located[index] {
                if ordered, let last = chosen.last, span.lowerBound < last.upperBound { continue }
                guard chosen.allSatisfy({ view.near($0, span, scope) }) else { continue }
                chosen.append(span)
                search(index + 1)
                chosen.removeLast()
            }
        }
        search(0)
        guard !results.isEmpty else { return nil }
        return results.sorted(by: Self.earliestLongest)
    }

    /// Whether an amount is stated as a total: 一共, 总共, 合计, 共计, 总计 or 加起来 just before it.
    /// Whether an amount is a stated total: a total word up to eight characters before it, in its clause
    /// ("一共6元", "一共给您补偿8元").
    private func statesTotal(_ span: Range<Int>) -> Bool {
        let bytes = view.text.bytes, clause = view.text.clause(at: span.lowerBound)
        var start = span.lowerBound
        for _ in 0..<8 where start > 0 {
            var previous = start - 1
            while previous > 0, bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
            guard view.text.clause(at: previous) == clause else { break }
            start = previous
        }
        return Self.totalWords.contains { view.text.contains($0, in: start..<span.lowerBound) }
    }

    static let totalWords = ["一共", "总共", "合计", "共计", "总计", "加起来"].map { Array($0.utf8) }

    /// Ship days the message promises that the calendar cannot meet, for an order paid as the message was sent
    /// (or earlier, when the linked order was paid or the buyer said they had paid).
    private mutating func promisesBroken(_ calendar: CompiledOrderRule.Calendar, _ literals: [Int]) -> [Range<Int>]? {
        guard literals.contains(where: view.contains), let sent = situation.sent else { return nil }
        var paid = sent
        let payments = [situation.orderEvents.first(where: { $0.name == "paid" })?.time, situation.buyerPaidAt].compactMap { $0 }
        if let at = situation.sentAt, let payment = payments.filter({ $0 <= at }).min() {
            paid = situation.timeZone.local(payment)
        }
        var steps: [String]? = trace == nil ? nil : []
        let first = calendar.shipDay(paidAt: paid, reasons: &steps)
        let broken = ShipDayPromise.all(in: view.text, sentOn: sent.date).filter { promise in
            promise.day < first || (!promise.byDeadline && calendar.isClosed(promise.day))
        }
        guard let promise = broken.first else { return nil }
        if trace != nil {
            let closed = calendar.isClosed(promise.day) ? ", a day nothing ships" : ""
            note("'\(quote(promise.range))' promises \(promise.byDeadline ? "by" : "on") \(promise.day) (a \(promise.day.weekday)\(closed)); "
                 + (steps ?? []).joined(separator: "; ") + "; first ship day \(first)")
        }
        return broken.map(\.range)
    }

    /// The first shipment's carrier, when it is not one the message named.
    private mutating func carrierBroken(_ entries: [CarrierEntry]) -> [Range<Int>]? {
        let mentioned = Set(entries.filter { $0.literals.contains(where: view.contains) }.map(\.name))
        guard !mentioned.isEmpty,
              let shipment = situation.orderEvents.first(where: { event in
                  (event.name == "shipped" || event.name == "picked_up") && event.fields["carrier"] != nil
                      && situation.sentAt.map { event.time >= $0 } ?? true
              }),
              let carrier = shipment.fields["carrier"] else { return nil }
        let spelled = NormalizedText(carrier).bytes
        guard let used = entries.first(where: { $0.spellings.contains(spelled) }), !mentioned.contains(used.name) else { return nil }
        cite("'\(shipment.name)' at \(situation.timeZone.format(shipment.time)) with \(carrier), not \(mentioned.sorted().joined(separator: "/"))")
        return []
    }

    private mutating func cite(_ text: String) {
        citation = text
        if trace != nil { note("contradicted by the order: " + text) }
    }

    static func fields(_ event: OrderEvent) -> String {
        event.fields.isEmpty ? "" : " (" + event.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + ")"
    }

    private mutating func receiverMentions() -> [Range<Int>]? {
        guard let receiver = situation.order?.receiver else { return nil }
        var spans: [Range<Int>] = []
        let bytes = view.text.bytes
        for field in [receiver.name, receiver.address].compactMap({ $0 }) {
            let needle = NormalizedText(field).bytes
            let prefix = Array(needle.prefix(24))
            guard prefix.count >= 6 else { continue }
            if let found = bytes.firstRange(of: prefix) { spans.append(found) }
        }
        if let phone = receiver.phone {
            let digits = NormalizedText(phone).digitRuns(minimumLength: 7).flatMap(\.digits)
            for run in view.text.digitRuns(minimumLength: 7) where digits.count >= 7 {
                if digits.firstRange(of: run.digits) != nil || run.digits.firstRange(of: digits) != nil { spans.append(run.range) }
            }
        }
        guard !spans.isEmpty else { return nil }
        if trace != nil { note("the order's receiver details appear: '\(quote(spans[0]))'") }
        return spans
    }

    /// Spans in reading order; of two starting together, the longer (the more telling quote) first.
    static func earliestLongest(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.upperBound > b.upperBound
    }

    func quote(_ span: Range<Int>) -> String {
        String(decoding: view.text.bytes[span], as: UTF8.self)
    }

    private mutating func note(_ line: String) {
        trace?.append(line)
    }
}
