/// A message's text in normalised form, as UTF-8 bytes, with a map back to the original's Unicode-scalar
/// offsets. Rules match the normalised bytes; findings report original offsets.
///
/// Normalisation, per scalar: zero-width and format characters dropped; white space dropped (line breaks
/// become `。`); full-width ASCII folded to ASCII and letters lowercased; traditional characters simplified;
/// each run of emoji, and each `[表情]`/`【微笑】` placeholder, becomes one `~` (a clause break), except one
/// emoji right inside a word (`拉🖤黑`), which is dropped; decorative separators (`*`, `_`, `·`, `★`, `|` ...) between two word characters dropped. A space between two
/// utterance-sized runs of words ends a clause without leaving a character behind.
public struct NormalizedText: Sendable {
    /// The normalised UTF-8 bytes.
    public let bytes: [UInt8]
    public let originalScalarCount: Int
    /// For each normalised byte, the range of original scalars its scalar came from.
    private let starts: [Int32]
    private let ends: [Int32]
    /// Byte offsets just after each clause and sentence break.
    private let clauseBreaks: [Int32]
    private let sentenceBreaks: [Int32]

    public init(_ original: String) {
        var builder = Builder(capacity: original.utf8.count)
        let scalars = Self.scalars(of: original)
        var index = 0
        while index < scalars.count {
            index = builder.take(scalars, at: index)
        }
        (bytes, starts, ends) = builder.finish()
        clauseBreaks = builder.clauseBreaks
        sentenceBreaks = builder.sentenceBreaks
        originalScalarCount = scalars.count
    }

    /// The Unicode scalars of a string, decoded straight from its UTF-8 (a Swift string is valid UTF-8).
    static func scalars(of string: String) -> [Unicode.Scalar] {
        var string = string
        return string.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var index = 0
                while index < utf8.count {
                    let lead = UInt32(utf8[index])
                    var value: UInt32, length: Int
                    if lead < 0x80 {
                        (value, length) = (lead, 1)
                    } else if lead < 0xE0 {
                        (value, length) = (lead & 0x1F, 2)
                    } else if lead < 0xF0 {
                        (value, length) = (lead & 0x0F, 3)
                    } else {
                        (value, length) = (lead & 0x07, 4)
                    }
                    for offset in 1..<max(length, 1) where index + offset < utf8.count {
                        value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
                    }
                    buffer[count] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    count += 1
                    index += length
                }
            }
        }
    }

    /// The range of original scalars that a range of normalised bytes came from (end exclusive).
    public func originalRange(_ normalized: Range<Int>) -> Range<Int> {
        guard !bytes.isEmpty else { return 0..<0 }
        let lower = min(max(normalized.lowerBound, 0), bytes.count - 1)
        guard normalized.upperBound > normalized.lowerBound else {
            let at = Int(starts[lower])
            return at..<at
        }
        let upper = min(normalized.upperBound, bytes.count) - 1
        return Int(starts[lower])..<max(Int(starts[lower]), Int(ends[upper]))
    }

    /// The index of the clause holding the byte at `offset` (clauses end at ，；！？~。 and emoji).
    public func clause(at offset: Int) -> Int { Self.count(clauseBreaks, atOrBelow: offset) }

    /// The index of the sentence holding the byte at `offset` (sentences end at 。！？ and line breaks).
    public func sentence(at offset: Int) -> Int { Self.count(sentenceBreaks, atOrBelow: offset) }

    private static func count(_ breaks: [Int32], atOrBelow offset: Int) -> Int {
        var low = 0, high = breaks.count
        while low < high {
            let middle = (low + high) / 2
            if Int(breaks[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension NormalizedText {
    /// Whether the normalised bytes hold `word` (given as normalised UTF-8) within `range`, the whole text by
    /// default. A plain byte search: `String.contains` goes through the string-processing engine and costs
    /// far more on every message.
    public func contains(_ word: [UInt8], in range: Range<Int>? = nil) -> Bool {
        let range = range ?? 0..<bytes.count
        guard !word.isEmpty, word.count <= range.count else { return word.isEmpty }
        let first = word[0]
        var index = range.lowerBound
        let last = range.upperBound - word.count
        while index <= last {
            if bytes[index] == first {
                var offset = 1
                while offset < word.count, bytes[index + offset] == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
            index += 1
        }
        return false
    }
}
