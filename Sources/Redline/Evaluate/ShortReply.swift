import RedlineText

/// A reply short enough to be a bare answer to the buyer, a yes (`Assent`) or a no (`Refusal`): its characters,
/// and where its first word starts after greetings, apologies and punctuation.
struct ShortReply {
    let scalars: [Unicode.Scalar]
    let start: Int

    /// The longest reply read as a bare answer, in characters: a longer one says something of its own.
    static let longest = 24

    /// What may come before a bare answer: greetings and apologies ("亲，可以的", "不好意思，不行的").
    static let openers: [[Unicode.Scalar]] = ["您好", "你好", "亲亲", "亲爱的", "亲", "嗯嗯", "哈哈", "很抱歉", "不好意思", "抱歉", "对不起",
                                              "实在抱歉"].map { Array($0.unicodeScalars) }

    /// Nil for a reply too long to be a bare answer.
    init?(_ text: NormalizedText) {
        // Most replies are longer than a bare answer in bytes already, and are answered without decoding.
        guard !text.bytes.isEmpty, text.bytes.count <= Self.longest * 4 else { return nil }
        let scalars = Array(String(decoding: text.bytes, as: UTF8.self).unicodeScalars)
        guard scalars.count <= Self.longest else { return nil }
        var start = 0
        while true {
            while start < scalars.count, !Self.isWord(scalars[start]) { start += 1 }
            guard let opener = Self.openers.first(where: { scalars.has($0, at: start) }) else { break }
            start += opener.count
        }
        self.scalars = scalars
        self.start = start
    }

    /// The normalised byte range of `count` characters from `from`.
    func byteRange(_ from: Int, _ count: Int) -> Range<Int> {
        let offset = scalars[..<from].reduce(0) { $0 + UTF8.width($1) }
        let length = scalars[from..<(from + count)].reduce(0) { $0 + UTF8.width($1) }
        return offset..<(offset + length)
    }

    /// Letters, digits and ideographs, as the normaliser counts them; punctuation, spaces and the `~` an emoji
    /// leaves are not words.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isWord(scalar.value)
    }
}
