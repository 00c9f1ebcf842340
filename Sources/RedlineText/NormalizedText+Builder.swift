extension NormalizedText {
    /// Builds the normalised bytes and their map, one original scalar (or placeholder) at a time. The bytes and
    /// the map are written through raw buffers (this runs for every message, and an array append per byte cost
    /// more than the rest of normalisation); `finish()` copies them out and frees the buffers.
    struct Builder {
        private var buffer: UnsafeMutablePointer<UInt8>
        private var starts: UnsafeMutablePointer<Int32>
        private var ends: UnsafeMutablePointer<Int32>
        private var capacity: Int
        /// Bytes written so far.
        private(set) var count = 0
        var clauseBreaks: [Int32] = []
        var sentenceBreaks: [Int32] = []
        /// The last scalar written, for decorative separators and emoji runs.
        var last: UInt32 = 0
        var lastFromEmoji = false
        /// Word characters written since the last space or punctuation.
        var chunkLength = 0

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            buffer = .allocate(capacity: self.capacity)
            starts = .allocate(capacity: self.capacity)
            ends = .allocate(capacity: self.capacity)
        }

        /// The bytes and, for each byte, the original scalar range it came from. Frees the buffers: the builder
        /// must not be used afterwards.
        mutating func finish() -> (bytes: [UInt8], starts: [Int32], ends: [Int32]) {
            defer {
                buffer.deallocate()
                starts.deallocate()
                ends.deallocate()
            }
            return (Array(UnsafeBufferPointer(start: buffer, count: count)), Array(UnsafeBufferPointer(start: starts, count: count)),
                    Array(UnsafeBufferPointer(start: ends, count: count)))
        }

        /// Makes room for `extra` more bytes.
        private mutating func reserve(_ extra: Int) {
            guard count + extra > capacity else { return }
            let grown = max(capacity * 2, count + extra)
            func moved<T>(_ old: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
                let new = UnsafeMutablePointer<T>.allocate(capacity: grown)
                new.moveInitialize(from: old, count: count)
                old.deallocate()
                return new
            }
            buffer = moved(buffer)
            starts = moved(starts)
            ends = moved(ends)
            capacity = grown
        }

        /// Normalises the scalar at `index` (or the placeholder starting there); returns the next index.
        mutating func take(_ scalars: [Unicode.Scalar], at index: Int) -> Int {
            let value = scalars[index].value
            // Most of a Chinese message: a CJK ideograph, kept (simplified when traditional).
            if value >= 0x4E00, value < 0xA000 {
                emit(TraditionalChinese.simplified(value) ?? value, from: index, to: index + 1)
                return index + 1
            }
            if CharacterClass.isInvisible(value) { return index + 1 }
            // A list item ends the sentence before it, as a line break does: "报销10元 2. 补发" is not "10元2" (10.20).
            if Self.startsListItem(scalars, at: index), count > 0, last != 0x3002 { emit(0x3002, from: index, to: index) }
            if CharacterClass.isSpace(value) {
                if chunkLength >= Self.utteranceLength, wordsAhead(scalars, after: index) >= Self.utteranceLength,
                   clauseBreaks.last != Int32(count) {
                    clauseBreaks.append(Int32(count))
                }
                chunkLength = 0
                return index + 1
            }
            if CharacterClass.isLineBreak(value) {
                if last != 0x3002 { emit(0x3002, from: index, to: index + 1) }
                return index + 1
            }
            if let end = placeholderEnd(scalars, at: index) {
                emitBreak(from: index, to: end)
                return end
            }
            // A lone decorative character between two word characters is an evasion (微*信, 138*1234*5678) and is
            // dropped; a run of them is masking (138****5678) and stays, so the digits either side stay apart.
            if CharacterClass.isDecorative(value), CharacterClass.isWord(last), nextIsWord(scalars, after: index),
               !isMaskRun(scalars, at: index) {
                return index + 1
            }
            // A full stop or hyphen between two Latin letters breaks up a handle (v.x, w-x); between digits it is
            // a decimal point or a range and stays.
            if value == 0x2E || value == 0xFF0E || value == 0x2D, CharacterClass.isLatinLetter(last),
               CharacterClass.isLatinLetter(CharacterClass.fold(nextValue(scalars, after: index))) {
                return index + 1
            }
            if CharacterClass.isPlusSign(value) {
                emit(0x2B, from: index, to: index + 1)
                return index + 1
            }
            if CharacterClass.isEmoji(value) {
                // One emoji right inside a word (拉🖤黑, 好👍评, 不❌支持) is an evasion and is dropped; elsewhere
                // an emoji ends the clause.
                if !lastFromEmoji, CharacterClass.isWord(last), CharacterClass.isWord(nextValue(scalars, after: index)) {
                    return index + 1
                }
                emitBreak(from: index, to: index + 1)
                return index + 1
            }
            emit(CharacterClass.fold(value), from: index, to: index + 1)
            return index + 1
        }

        /// An emoji or placeholder: one `~`, merged with an emoji just before it.
        mutating func emitBreak(from start: Int, to end: Int) {
            if lastFromEmoji, count > 0 {
                ends[count - 1] = max(ends[count - 1], Int32(end))
                return
            }
            emit(0x7E, from: start, to: end)
            lastFromEmoji = true
        }

        mutating func emit(_ value: UInt32, from start: Int, to end: Int) {
            guard let scalar = Unicode.Scalar(value) else { return }
            reserve(4)
            let width = UTF8.width(scalar)
            switch width {
            case 1:
                buffer[count] = UInt8(value)
            case 2:
                buffer[count] = UInt8(0xC0 | value >> 6)
                buffer[count + 1] = UInt8(0x80 | value & 0x3F)
            case 3:
                buffer[count] = UInt8(0xE0 | value >> 12)
                buffer[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                buffer[count + 2] = UInt8(0x80 | value & 0x3F)
            default:
                buffer[count] = UInt8(0xF0 | value >> 18)
                buffer[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                buffer[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                buffer[count + 3] = UInt8(0x80 | value & 0x3F)
            }
            (starts + count).initialize(repeating: Int32(start), count: width)
            (ends + count).initialize(repeating: Int32(end), count: width)
            count += width
            last = value
            lastFromEmoji = false
            chunkLength = CharacterClass.isWord(value) ? chunkLength + 1 : 0
            switch value {
            case 0x2C, 0x3B, 0x21, 0x3F, 0x7E:
                clauseBreaks.append(Int32(count))
                if value == 0x21 || value == 0x3F { sentenceBreaks.append(Int32(count)) }
            case 0x3002:
                clauseBreaks.append(Int32(count))
                sentenceBreaks.append(Int32(count))
            default:
                break
            }
        }

        /// Whether a list item's number starts at `index` ("1. 退货退款 2. 补发一个", "；2、"): a digit from 1 to 9 after
        /// the start, a space or punctuation, followed by a dot, 、 or a closing bracket and no further digit (not
        /// "2.5元"). Each item is a sentence of its own.
        static func startsListItem(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
            guard ("1"..."9").contains(scalars[index]), index + 1 < scalars.count,
                  [".", "、", "．", ")", "）"].contains(scalars[index + 1]) else { return false }
            if index + 2 < scalars.count, ("0"..."9").contains(scalars[index + 2]) { return false }
            guard index > 0 else { return true }
            let before = scalars[index - 1].value
            return CharacterClass.isSpace(before) || CharacterClass.isLineBreak(before) || (!CharacterClass.isWord(before) && before != 0x2E)
        }

        /// A space between two runs of at least this many word characters separates two utterances ("不可以哦 发票是
        /// 根据实际金额开的"): it ends a clause. Spaces inside a word ("加 微 信") do not.
        static let utteranceLength = 3

        /// How many word characters follow the spaces after `index`.
        func wordsAhead(_ scalars: [Unicode.Scalar], after index: Int) -> Int {
            var next = index + 1
            while next < scalars.count, CharacterClass.isSpace(scalars[next].value) { next += 1 }
            var count = 0
            while next < scalars.count, count < Self.utteranceLength, CharacterClass.isWord(scalars[next].value) {
                count += 1
                next += 1
            }
            return count
        }

        /// Whether the decorative character at `index` has the same character right before or after it.
        func isMaskRun(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
            (index > 0 && scalars[index - 1] == scalars[index])
                || (index + 1 < scalars.count && scalars[index + 1] == scalars[index])
        }

        /// The next scalar that is not invisible, or 0 at the end.
        func nextValue(_ scalars: [Unicode.Scalar], after index: Int) -> UInt32 {
            var next = index + 1
            while next < scalars.count, CharacterClass.isInvisible(scalars[next].value) { next += 1 }
            return next < scalars.count ? scalars[next].value : 0
        }

        /// Whether the next scalar that is not invisible, a space or decorative is a word character.
        func nextIsWord(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
            var next = index + 1
            while next < scalars.count {
                let value = scalars[next].value
                if CharacterClass.isInvisible(value) || CharacterClass.isSpace(value) || CharacterClass.isDecorative(value) {
                    next += 1
                    continue
                }
                return CharacterClass.isWord(value)
            }
            return false
        }

        /// `[表情]`, `【微笑】`, `［害羞］`: an opening bracket, one to four ideographs, a closing bracket.
        func placeholderEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
            let open = scalars[index].value
            let close: UInt32
            switch open {
            case 0x5B, 0xFF3B: close = open + 2
            case 0x3010: close = 0x3011
            default: return nil
            }
            var next = index + 1
            while next < scalars.count, next - index <= 5, CharacterClass.isIdeograph(scalars[next].value) { next += 1 }
            let count = next - index - 1
            guard (1...4).contains(count), next < scalars.count, scalars[next].value == close else { return nil }
            return next + 1
        }
    }
}
