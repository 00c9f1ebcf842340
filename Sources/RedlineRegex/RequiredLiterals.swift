/// Derives, from a pattern's source, literal strings at least one of which every match must contain. Used as a
/// prefilter so the pattern only runs on messages where it can match. Conservative: nil when unsure.
///
/// A sequence offers candidates: each literal run, and each group that is not optional (whose own literals are
/// derived the same way). An alternation needs a candidate from every branch and offers their union. Of several
/// candidates the rarest in text is kept: the one whose weakest literal is longest, counting a character that
/// occurs in most chat messages (的, 了, 还, 都 ...) as shorter than any other.
enum RequiredLiterals {
    static let special: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]

    static func derive(_ scalars: [Unicode.Scalar]) -> [[UInt8]]? {
        guard let literals = alternation(scalars[...]), literals.allSatisfy({ !$0.isEmpty }) else { return nil }
        var seen = Set<[UInt8]>()
        return literals.map { Array($0.lowercased().utf8) }.filter { seen.insert($0).inserted }
    }

    /// `a|b|c` at this level: the union of every branch's literals, or nil when a branch has none.
    static func alternation(_ scalars: ArraySlice<Unicode.Scalar>) -> [String]? {
        var union: [String] = []
        for branch in branches(scalars) {
            guard let literals = sequence(branch) else { return nil }
            union += literals
        }
        return union.isEmpty ? nil : union
    }

    /// The branches of an alternation, split at `|` outside groups and classes.
    static func branches(_ scalars: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        var result: [ArraySlice<Unicode.Scalar>] = []
        var start = scalars.startIndex, index = scalars.startIndex, depth = 0
        while index < scalars.endIndex {
            switch scalars[index] {
            case "\\": index += 1
            case "[": index = PatternSafety.endOfClass(scalars, from: index)
            case "(": depth += 1
            case ")": depth -= 1
            case "|" where depth == 0:
                result.append(scalars[start..<index])
                start = index + 1
            default: break
            }
            index += 1
        }
        result.append(scalars[start..<scalars.endIndex])
        return result
    }

    /// The rarest candidate of a sequence without a top-level `|`.
    static func sequence(_ scalars: ArraySlice<Unicode.Scalar>) -> [String]? {
        var candidates: [[String]] = []
        var run = ""
        var index = scalars.startIndex
        func endRun() {
            if !run.isEmpty { candidates.append([run]) }
            run = ""
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "(" {
                endRun()
                guard let close = closingParen(scalars, from: index) else { return nil }
                let optional = close + 1 < scalars.endIndex && isOptional(scalars, at: close + 1)
                if !optional, let body = capturingBody(scalars[(index + 1)..<close]), let literals = alternation(body) {
                    candidates.append(literals)
                }
                index = close + 1
                continue
            }
            if special.contains(scalar) {
                endRun()
                switch scalar {
                case "[":
                    index = PatternSafety.endOfClass(scalars, from: index) + 1
                case "{": index = (scalars[index...].firstIndex(of: "}") ?? scalars.endIndex - 1) + 1
                case "\\":
                    // An escaped special character (`\+`) stands for itself; other escapes (`\d`) do not.
                    if index + 1 < scalars.endIndex, special.contains(scalars[index + 1]),
                       !(index + 2 < scalars.endIndex && isOptional(scalars, at: index + 2)) {
                        run.unicodeScalars.append(scalars[index + 1])
                        index += 2
                        if index < scalars.endIndex, special.contains(scalars[index]), scalars[index] != "(" { endRun() }
                        continue
                    }
                    index += 2
                default: index += 1
                }
                continue
            }
            if index + 1 < scalars.endIndex, isOptional(scalars, at: index + 1) {
                endRun()
            } else {
                run.unicodeScalars.append(scalar)
                if index + 1 < scalars.endIndex, special.contains(scalars[index + 1]), scalars[index + 1] != "(" { endRun() }
            }
            index += 1
        }
        endRun()
        return candidates.filter { $0.allSatisfy { !$0.isEmpty } }.max { a, b in
            let (rarityA, rarityB) = (rarity(of: a), rarity(of: b))
            return rarityA != rarityB ? rarityA < rarityB : a.count > b.count
        }
    }

    /// The body of a group that must match where it stands: plain or `?:`; nil for lookarounds, named groups and
    /// inline options, which this derivation does not read.
    static func capturingBody(_ body: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
        guard body.first == "?" else { return body }
        guard body.count >= 2, body[body.startIndex + 1] == ":" else { return nil }
        return body.dropFirst(2)
    }

    /// How rare a set of alternatives is in text: the weight of its weakest literal.
    static func rarity(of literals: [String]) -> Int {
        literals.map { literal in
            let scalars = literal.unicodeScalars
            if scalars.count == 1, let only = scalars.first, common.contains(only) { return 1 }
            return literal.utf8.count
        }.min() ?? 0
    }

    /// Characters found in most chat messages; a literal that is one of them prefilters almost nothing.
    static let common: Set<Unicode.Scalar> = Set("的一是不了在人有我他这个们中来上大为和到以说时要就出会可也你对能那下过后里么都还好没给您亲哦呢吗吧啊哈再多很".unicodeScalars)

    /// `?`, `*` or `{0` make the preceding item optional.
    static func isOptional(_ scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        switch scalars[index] {
        case "?", "*": return true
        case "{": return index + 1 < scalars.endIndex && scalars[index + 1] == "0"
        default: return false
        }
    }

    static func closingParen(_ scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> Int? {
        var depth = 0, index = start
        while index < scalars.endIndex {
            switch scalars[index] {
            case "\\": index += 1
            case "[": index = PatternSafety.endOfClass(scalars, from: index)
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }
}
