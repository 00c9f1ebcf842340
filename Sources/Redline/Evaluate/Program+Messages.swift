import RedlineText

extension Program {
    /// Prepares a message for matching against this program.
    func view(_ text: String) -> MessageView {
        MessageView(text, literals: literals)
    }

    /// Every finding of every message rule on one message: at most one per rule, at the first span that no
    /// exception cancels, or at a bare yes or no that answers the buyer (`assent:`, `refusal:`).
    func findings(in view: MessageView, original: String, role: Role, situation: Situation, time: Instant? = nil,
                  conversation: String, seq: Int, explain: Bool = false) -> (findings: [Finding], offers: [Int: Int64]) {
        guard speakers.contains(role) else { return ([], [:]) }
        var candidates = unconditional
        triggered.collect(view.hits, into: &candidates)
        candidates.sort()
        var findings: [Finding] = []
        var scalars: [Unicode.Scalar]?
        func report(_ index: Int, at span: Range<Int>?, explanation: [String]?, cites: String?) {
            let characters = scalars ?? {
                var all: [Unicode.Scalar] = []
                all.reserveCapacity(original.utf8.count)
                for scalar in original.unicodeScalars { all.append(scalar) }
                return all
            }()
            scalars = characters
            let range = span.map { view.text.originalRange($0) } ?? 0..<characters.count
            let clamped = min(range.lowerBound, characters.count)..<min(range.upperBound, characters.count)
            var quote = String.UnicodeScalarView()
            quote.append(contentsOf: characters[clamped])
            var finding = Finding(rule: rules[index],
                                  subject: .message(conversation: conversation, seq: seq, start: clamped.lowerBound,
                                                    end: clamped.upperBound, quote: String(quote)),
                                  explanation: explanation, cites: cites)
            finding.time = time
            finding.text = original
            findings.append(finding)
        }
        var last = -1
        var evaluation = MatchEvaluation(view: view, situation: situation)
        var found = Set<Int>()
        for index in candidates where index != last {
            last = index
            guard let compiled = messageRules[index], compiled.speaker.includes(role) else { continue }
            evaluation.trace = explain ? [] : nil
            evaluation.citation = nil
            guard let span = evaluation.firstSpan(of: compiled) else { continue }
            report(index, at: span, explanation: evaluation.trace, cites: evaluation.citation)
            found.insert(index)
        }
        // A bare answer to the buyer's latest message: a yes adopts the request, a no refuses it.
        if role == .agent, let request = situation.awaitingReply, !(assentRules.isEmpty && refusalRules.isEmpty),
           let reply = ShortReply(view.text) {
            let asked = String(decoding: request.text.bytes, as: UTF8.self)
            if !assentRules.isEmpty, let yes = Assent.span(reply) {
                // The request is judged as if the agent had written it.
                var adopted = MatchEvaluation(view: self.view(Assent.spokenByAgent(asked)), situation: situation)
                for index in assentRules where !found.contains(index) {
                    guard let compiled = messageRules[index] else { continue }
                    adopted.trace = explain ? ["the reply says yes to the buyer's '\(asked)'"] : nil
                    adopted.citation = nil
                    guard adopted.firstSpan(of: compiled) != nil else { continue }
                    report(index, at: yes, explanation: adopted.trace, cites: adopted.citation)
                    found.insert(index)
                }
            }
            if !refusalRules.isEmpty, let no = Refusal.span(reply) {
                var refused = MatchEvaluation(view: request, situation: situation)
                for index in refusalRules where !found.contains(index) {
                    guard let topic = messageRules[index]?.refusal, refused.holds(topic) else { continue }
                    report(index, at: no, explanation: explain ? ["the reply says no to the buyer's '\(asked)'"] : nil, cites: nil)
                }
            }
        }
        return (findings, evaluation.offers)
    }
}

extension Speaker {
    func includes(_ role: Role) -> Bool {
        switch self {
        case .any: true
        case .agent: role == .agent
        case .buyer: role == .buyer
        case .system: role == .system
        }
    }
}

extension MatchEvaluation {
    /// The first span of a rule's match that no exception cancels; `.some(nil)` when the rule holds for the
    /// message as a whole; nil when it does not hold. Amounts offered where an exception cancels every span
    /// ("10元超出我的权限了") do not count toward the conversation's total.
    mutating func firstSpan(of rule: CompiledMessageRule) -> Range<Int>?? {
        let offeredBefore = offers
        guard let spans = evaluate(rule.match) else { return nil }
        let whole = 0..<view.text.bytes.count
        let candidates = spans.isEmpty ? [whole] : spans
        // Exceptions are evaluated only when a candidate needs them, each at most once.
        var found = [[Range<Int>]??](repeating: nil, count: rule.exceptions.count)
        for candidate in candidates {
            var cancelled: Scope?
            for (index, exception) in rule.exceptions.enumerated() {
                if found[index] == nil { found[index] = .some(quietly { $0.evaluate(exception.matcher) }) }
                guard let spans = found[index] ?? nil else { continue }
                if spans.isEmpty || exception.scope == .message || spans.contains(where: { view.near($0, candidate, exception.scope) }) {
                    cancelled = exception.scope
                    break
                }
            }
            if let cancelled {
                if trace != nil {
                    let line = "exception (\(cancelled)) cancelled the match at '\(quote(candidate))'"
                    trace?.append(line)
                }
                continue
            }
            if !rule.exceptions.isEmpty { trace?.append("no exception applied (\(rule.exceptions.count) tried)") }
            return spans.isEmpty ? .some(nil) : candidate
        }
        offers = offeredBefore
        return nil
    }
}
