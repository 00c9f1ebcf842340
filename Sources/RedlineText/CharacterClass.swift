/// How the normaliser treats each Unicode scalar.
public enum CharacterClass {
    /// Zero-width and format characters, variation selectors, decorative combining marks: dropped.
    static func isInvisible(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0x00AD, 0x180E, 0x034F, 0xFE00...0xFE0F, 0xE0100...0xE01EF,
             0x0300...0x036F, 0x20D0...0x20FF, 0x202A...0x202E, 0x2066...0x2069:
            true
        default:
            false
        }
    }

    /// Line breaks become a sentence break.
    static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85
    }

    /// Other white space is dropped (Chinese writes no spaces; evasions insert them).
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Characters inserted between letters to break up a word: dropped when they stand between two word
    /// characters, kept elsewhere.
    static func isDecorative(_ v: UInt32) -> Bool {
        switch v {
        case 0x2A, 0x5F, 0xB7, 0x2022, 0x30FB, 0x2027, 0x2605, 0x2606, 0x2665, 0x2764, 0x2661, 0x273F, 0x7C, 0x2219,
             0x22C5, 0x25CF, 0x25CB, 0x2740, 0x2618, 0xFF0A, 0xFF3F, 0xFF5C, 0xFF65:
            true
        default:
            false
        }
    }

    /// Emoji and symbols that read as a plus sign ("➕微" for 加微): folded to `+`, not a clause break.
    static func isPlusSign(_ v: UInt32) -> Bool {
        v == 0x2795 || v == 0x271A || v == 0x2719 || v == 0x271B || v == 0x271C
    }

    /// Pictographs and symbols used as emoji: each run becomes one clause break.
    static func isEmoji(_ v: UInt32) -> Bool {
        switch v {
        case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x2300...0x23FF, 0x3030, 0x303D, 0x3297, 0x3299:
            true
        default:
            false
        }
    }

    /// Letters, digits and CJK ideographs: what a word is made of.
    public static func isWord(_ v: UInt32) -> Bool {
        switch v {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0x20000...0x2FFFF, 0x2460...0x249B, 0x2776...0x2793:
            true
        default:
            false
        }
    }

    /// a-z after folding.
    static func isLatinLetter(_ v: UInt32) -> Bool {
        (0x61...0x7A).contains(v)
    }

    static func isIdeograph(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }

    /// The scalar after width folding and case folding: full-width ASCII to ASCII, ￥ to ¥, letters lowercased,
    /// traditional characters to simplified.
    static func fold(_ v: UInt32) -> UInt32 {
        var value = v
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if value == 0xFFE5 { value = 0xA5 }
        if (0x41...0x5A).contains(value) { return value + 0x20 }
        if (0xC0...0xDE).contains(value), value != 0xD7 { return value + 0x20 }
        if value >= 0x3400, let simplified = TraditionalChinese.simplified(value) { return simplified }
        return value
    }
}
