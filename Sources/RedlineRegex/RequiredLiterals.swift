/// Derives, from a pattern's source, literal strings at least one of which every match must contain: a literal
/// run at the top level, or a top-level group that is an alternation of plain literals. Used as a prefilter so
/// the pattern only runs on messages where it can match. Conservative: nil when unsure.
enum RequiredLiterals {
    static let special: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]

    static func derive(_ scalars: [Unicode.Scalar]) -> [[UInt8]]? {
        var candidates: [[String]] = []
        var run = ""
        var index = 0
        func endRun() {
            if !run.isEmpty { candidates.append([run]) }
            run = ""
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "|" { return nil }
            if scalar == "(" {
                endRun()
                guard let close = closingParen(scalars, from: index) else { return nil }
                let optional = close + 1 < scalars.count && isOptional(scalars, at: close + 1)
                if !optional, let alternatives = plainAlternatives(Array(scalars[(index + 1)..<close])) {
                    candidates.append(alternatives)
                }
                index = close + 1
                continue
            }
            if special.contains(scalar) {
                endRun()
                switch scalar {
                case "[": index = PatternSafety.endOfClass(scalars, from: index) + 1
                case "{": index = (scalars[index...].firstIndex(of: "}") ?? scalars.count - 1) + 1
                case "\\": index += 2
                default: index += 1
                }
                continue
            }
            if index + 1 < scalars.count, isOptional(scalars, at: index + 1) {
                endRun()
            } else {
                run.unicodeScalars.append(scalar)
                if index + 1 < scalars.count, special.contains(scalars[index + 1]), scalars[index + 1] != "(" { endRun() }
            }
            index += 1
        }
        endRun()
        let best = candidates.max { a, b in
            (a.map(\.utf8.count).min() ?? 0) < (b.map(\.utf8.count).min() ?? 0)
        }
        guard let best, best.allSatisfy({ !$0.isEmpty }) else { return nil }
        return best.map { Array($0.lowercased().utf8) }
    }

    /// `?`, `*` or `{0` make the preceding item optional.
    static func isOptional(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        switch scalars[index] {
        case "?", "*": return true
        case "{": return index + 1 < scalars.count && scalars[index + 1] == "0"
        default: return false
        }
    }

    static func closingParen(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 0, index = start
        while index < scalars.count {
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

    /// `?:a|bc|d` → ["a", "bc", "d"] when every alternative is plain text.
    static func plainAlternatives(_ body: [Unicode.Scalar]) -> [String]? {
        var inner = body[...]
        if inner.starts(with: ["?", ":"]) { inner = inner.dropFirst(2) }
        guard !inner.isEmpty else { return nil }
        // Plain text and `|`; an escaped special character (`\+`) stands for itself, other escapes (`\d`) do not.
        var alternatives = [""]
        var index = inner.startIndex
        while index < inner.endIndex {
            let scalar = inner[index]
            if scalar == "|" {
                alternatives.append("")
            } else if scalar == "\\" {
                index += 1
                guard index < inner.endIndex, special.contains(inner[index]) else { return nil }
                alternatives[alternatives.count - 1].unicodeScalars.append(inner[index])
            } else if special.contains(scalar) {
                return nil
            } else {
                alternatives[alternatives.count - 1].unicodeScalars.append(scalar)
            }
            index += 1
        }
        return alternatives.contains(where: \.isEmpty) ? nil : alternatives
    }
}
