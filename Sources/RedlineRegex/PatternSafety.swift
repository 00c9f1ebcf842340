/// A static look at a pattern before it is compiled: rejects word boundaries, backreferences and nested
/// unbounded quantifiers (`(a+)+`), the shapes behind catastrophic backtracking.
enum PatternSafety {
    static func check(_ scalars: [Unicode.Scalar]) throws(RegexError) {
        /// For each open group: where it opened and whether it holds an unbounded quantifier.
        var groups: [(start: Int, unbounded: Bool)] = []
        var index = 0
        var lastGroupUnbounded: (start: Int, unbounded: Bool)?
        while index < scalars.count {
            let scalar = scalars[index]
            var closedGroup: (start: Int, unbounded: Bool)?
            switch scalar {
            case "\\":
                guard index + 1 < scalars.count else { break }
                let next = scalars[index + 1]
                switch next {
                case "b", "B": throw .wordBoundary(offset: index)
                case "1"..."9", "g", "k": throw .catastrophic(reason: "a backreference", offset: index)
                default: break
                }
                index += 1
            case "[":
                index = endOfClass(scalars[...], from: index)
            case "(":
                groups.append((index, false))
            case ")":
                closedGroup = groups.popLast()
            default:
                break
            }
            index += 1
            if let closed = closedGroup { lastGroupUnbounded = closed } else if scalar != ")" { lastGroupUnbounded = nil }
            guard index < scalars.count, let (unbounded, length) = quantifier(scalars, at: index) else { continue }
            if unbounded, let group = lastGroupUnbounded, group.unbounded {
                throw .catastrophic(reason: "a repeated group that itself contains an unbounded repeat", offset: group.start)
            }
            if unbounded || (lastGroupUnbounded?.unbounded ?? false) {
                for level in groups.indices { groups[level].unbounded = true }
            }
            index += length
            lastGroupUnbounded = nil
        }
    }

    /// A quantifier at `index`: whether it is unbounded (`*`, `+`, `{n,}`, or more than 100 repeats) and its
    /// length including a lazy or possessive suffix.
    static func quantifier(_ scalars: [Unicode.Scalar], at index: Int) -> (unbounded: Bool, length: Int)? {
        var length = 0
        var unbounded = false
        switch scalars[index] {
        case "*", "+":
            unbounded = true
            length = 1
        case "?":
            length = 1
        case "{":
            var end = index + 1
            var text = ""
            while end < scalars.count, scalars[end] != "}" {
                text.unicodeScalars.append(scalars[end])
                end += 1
            }
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            guard end < scalars.count, (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
                  !parts[0].isEmpty else { return nil }
            let upper = parts.count == 2 ? Int(parts[1]) : Int(parts[0])
            unbounded = parts.count == 2 && (upper == nil || (upper ?? 0) > 100)
            length = end - index + 1
        default:
            return nil
        }
        if index + length < scalars.count, scalars[index + length] == "?" || scalars[index + length] == "+" { length += 1 }
        return (unbounded, length)
    }

    /// The index of the `]` that closes the class opened at `start`.
    static func endOfClass(_ scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
        var index = start + 1
        if index < scalars.endIndex, scalars[index] == "^" { index += 1 }
        if index < scalars.endIndex, scalars[index] == "]" { index += 1 }
        while index < scalars.endIndex, scalars[index] != "]" {
            if scalars[index] == "\\" { index += 1 }
            index += 1
        }
        return index
    }
}
