/// A reply that only says yes to the buyer: "可以的", "支持的", "行，就按您说的来", "亲，好的".
/// Such a reply adopts what the buyer just asked for ("能货到付款吗" - "支持的"), so a rule marked
/// `assent: true` judges the buyer's request as if the agent had written it.
enum Assent {
    /// How a yes opens, longest first so that 可以的 is preferred to 可以.
    static let openings: [[Unicode.Scalar]] = [
        "就按您说的", "按您说的", "没问题", "可以的", "可以哒", "可以呀", "支持的", "好滴", "好的", "对的", "是的", "没错", "包的",
        "能的", "有的", "当然", "行的", "都可以", "都行", "可以", "支持", "对", "是", "行", "能", "有", "好", "ok", "嗯",
    ].map { Array($0.unicodeScalars) }

    /// Openings that may only acknowledge ("好的，已经帮您催了"): a yes only when nothing but particles follows.
    static let acknowledgements: [[Unicode.Scalar]] = ["好滴", "好的", "嗯", "好", "ok"].map { Array($0.unicodeScalars) }

    /// The first characters of the openings: most replies start otherwise and are answered at once.
    static let openingFirsts = Set(openings.compactMap(\.first))

    /// After the yes, any of these makes it a no, a condition or a question.
    static let turns: [[Unicode.Scalar]] = [
        "不", "没", "别", "无法", "抱歉", "不好意思", "但", "不过", "只是", "只能", "要加", "需要", "吗", "?", "呢?",
    ].map { Array($0.unicodeScalars) }

    /// Phrases that contain a turn word and still say yes.
    static let yesPhrases: [[Unicode.Scalar]] = ["没问题", "没错", "不客气", "不用谢", "别担心", "不用担心", "没办法"].map { Array($0.unicodeScalars) }

    /// The byte range of the yes in a short reply, or nil when the reply says more than yes, or no.
    static func span(_ reply: ShortReply) -> Range<Int>? {
        let (scalars, start) = (reply.scalars, reply.start)
        guard start < scalars.count, openingFirsts.contains(scalars[start]),
              let opening = openings.first(where: { scalars.has($0, at: start) }) else { return nil }
        let rest = Array(scalars[(start + opening.count)...])
        if let first = rest.first, ShortReply.isWord(first), !isParticle(first) { return nil }
        var cleaned: [Unicode.Scalar] = []
        var index = 0
        while index < rest.count {
            if let phrase = yesPhrases.first(where: { rest.has($0, at: index) }) {
                index += phrase.count
            } else {
                cleaned.append(rest[index])
                index += 1
            }
        }
        guard !turns.contains(where: { turn in cleaned.indices.contains { cleaned.has(turn, at: $0) } }) else { return nil }
        if acknowledgements.contains(opening), cleaned.contains(where: { ShortReply.isWord($0) && !isParticle($0) }) { return nil }
        return reply.byteRange(start, opening.count)
    }

    /// The buyer's request as the agent would say it: "转账给你" is the agent's "转账给我", "你们能关单吗" is
    /// "我们能关单吗".
    static func spokenByAgent(_ request: String) -> String {
        var swapped = String.UnicodeScalarView()
        for scalar in request.unicodeScalars {
            switch scalar {
            case "我": swapped.append("您")
            case "你", "您": swapped.append("我")
            default: swapped.append(scalar)
            }
        }
        return String(swapped)
    }

    /// Sentence particles that may follow the yes directly: 可以哈, 好嘞, 行吧.
    private static func isParticle(_ scalar: Unicode.Scalar) -> Bool {
        "的哒呀哈啦嘞吧哦噢呢滴嗯啊".unicodeScalars.contains(scalar)
    }
}
