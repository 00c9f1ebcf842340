import RedlineText

/// A reply that only says yes to the buyer: "可以的", "支持的", "行，就按您说的来", "好的，我现在给您打过去".
/// Such a reply adopts what the buyer just asked for ("能货到付款吗" - "支持的"), so a rule marked
/// `assent: true` judges the buyer's request as if the agent had written it.
enum Assent {
    /// The longest reply read as a bare yes, in characters: a longer one says something of its own.
    static let longestReply = 24

    /// How a yes opens, longest first so that 可以的 is preferred to 可以.
    static let openings: [[Unicode.Scalar]] = [
        "就按您说的", "按您说的", "没问题", "可以的", "可以哒", "可以呀", "支持的", "好滴", "好的", "对的", "是的", "没错", "包的",
        "能的", "有的", "当然", "行的", "都可以", "都行", "可以", "支持", "对", "是", "行", "能", "有", "好", "ok", "嗯",
    ].map { Array($0.unicodeScalars) }

    /// Openings that may only acknowledge ("好的，已经帮您催了"): a yes only when nothing but particles follows.
    static let acknowledgements: [[Unicode.Scalar]] = ["好滴", "好的", "嗯", "好", "ok"].map { Array($0.unicodeScalars) }

    /// What may come before a bare answer: greetings and apologies ("亲，可以的", "不好意思，不行的").
    static let openers: [[Unicode.Scalar]] = ["您好", "你好", "亲亲", "亲爱的", "亲", "嗯嗯", "哈哈", "很抱歉", "不好意思", "抱歉", "对不起",
                                              "实在抱歉"].map { Array($0.unicodeScalars) }

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
              let opening = openings.first(where: { has($0, in: scalars, at: start) }) else { return nil }
        let rest = Array(scalars[(start + opening.count)...])
        if let first = rest.first, isWord(first), !isParticle(first) { return nil }
        var cleaned: [Unicode.Scalar] = []
        var index = 0
        while index < rest.count {
            if let phrase = yesPhrases.first(where: { has($0, in: rest, at: index) }) {
                index += phrase.count
            } else {
                cleaned.append(rest[index])
                index += 1
            }
        }
        guard !turns.contains(where: { turn in cleaned.indices.contains { has(turn, in: cleaned, at: $0) } }) else { return nil }
        if acknowledgements.contains(opening), cleaned.contains(where: { isWord($0) && !isParticle($0) }) { return nil }
        return byteRange(of: scalars, start, opening.count)
    }

    /// A reply short enough to be a bare answer: its characters, and where its first word starts after openers
    /// and punctuation.
    struct ShortReply {
        let scalars: [Unicode.Scalar]
        let start: Int
    }

    /// The reply as a `ShortReply`; nil for a reply too long to be a bare answer.
    static func shortReply(_ text: NormalizedText) -> ShortReply? {
        // Most replies are longer than a bare answer in bytes already, and are answered without decoding.
        guard !text.bytes.isEmpty, text.bytes.count <= longestReply * 4 else { return nil }
        let scalars = Array(String(decoding: text.bytes, as: UTF8.self).unicodeScalars)
        guard scalars.count <= longestReply else { return nil }
        var start = 0
        while true {
            while start < scalars.count, isFiller(scalars[start]) { start += 1 }
            guard let opener = openers.first(where: { has($0, in: scalars, at: start) }) else { break }
            start += opener.count
        }
        return ShortReply(scalars: scalars, start: start)
    }

    /// Whether `word` stands in `text` at `index` (a plain loop: this runs for every short reply of an audit).
    static func has(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + word.count <= text.count else { return false }
        for offset in 0..<word.count where text[index + offset] != word[offset] { return false }
        return true
    }

    /// The normalised byte range of `count` characters from `start`.
    static func byteRange(of scalars: [Unicode.Scalar], _ start: Int, _ count: Int) -> Range<Int> {
        let offset = scalars[..<start].reduce(0) { $0 + UTF8.width($1) }
        let length = scalars[start..<(start + count)].reduce(0) { $0 + UTF8.width($1) }
        return offset..<(offset + length)
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

    /// Punctuation, spaces and the `~` an emoji leaves.
    private static func isFiller(_ scalar: Unicode.Scalar) -> Bool {
        !isWord(scalar)
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Sentence particles that may follow the yes directly: 可以哈, 好嘞, 行吧.
    private static func isParticle(_ scalar: Unicode.Scalar) -> Bool {
        "的哒呀哈啦嘞吧哦噢呢滴嗯啊".unicodeScalars.contains(scalar)
    }
}
