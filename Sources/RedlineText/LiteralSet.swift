/// Every literal term of a policy set in one Aho–Corasick automaton over UTF-8 bytes, compiled to a dense DFA
/// over byte classes. Built once, shared across threads, it finds all occurrences of all terms in one pass.
///
/// Literals are whole UTF-8 strings, so in valid UTF-8 text they can only match at scalar boundaries.
public struct LiteralSet: Sendable {
    /// Byte → class; bytes that occur in no literal share class 0.
    private let classes: [UInt8]
    private let classCount: Int
    /// `transitions[row + class]` is the next state's row (`state * classCount`), negated when literals end in
    /// that state: the scan loop then needs one load per byte and looks up outputs only on a match.
    private let transitions: [Int32]
    /// Literals recognised in each state: `outputs[outputStarts[s] ..< outputStarts[s + 1]]`.
    private let outputStarts: [Int32]
    private let outputs: [Int32]
    private let lengths: [Int32]

    /// The number of literals (ids are their positions in the initialiser's array).
    public var count: Int { lengths.count }

    /// Builds the automaton. Literal `i` gets id `i`; duplicates each report their own id; empty literals never
    /// match.
    ///
    /// - Complexity: O(total literal bytes × byte classes).
    public init(_ literals: [[UInt8]]) {
        var classes = [UInt8](repeating: 0, count: 256)
        var next = 1
        for literal in literals {
            for byte in literal where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(truncatingIfNeeded: next)
                next += 1
            }
        }
        // More than 255 distinct bytes cannot happen in practice (UTF-8 uses far fewer); fold the rest onto 255.
        let classCount = min(next, 256)
        let trie = Trie(literals, classes: classes, classCount: classCount)
        self.classes = classes
        self.classCount = classCount
        let (transitions, outputStarts, outputs) = trie.automaton()
        self.transitions = transitions
        self.outputStarts = outputStarts
        self.outputs = outputs
        lengths = literals.map { Int32($0.count) }
    }

    /// Calls `body(id, range)` for every occurrence of every literal, overlapping ones included, in order of
    /// their end offset.
    ///
    /// - Complexity: O(n + matches).
    public func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>) -> Void) {
        guard !lengths.isEmpty else { return }
        transitions.withUnsafeBufferPointer { table in
            classes.withUnsafeBufferPointer { classOf in
                var row = 0
                for index in 0..<text.count {
                    let next = Int(table[row &+ Int(classOf[Int(text[index])])])
                    guard next < 0 else {
                        row = next
                        continue
                    }
                    row = -next - 1
                    let state = row / classCount
                    for slot in Int(outputStarts[state])..<Int(outputStarts[state + 1]) {
                        let id = Int(outputs[slot])
                        body(id, (index + 1 - Int(lengths[id]))..<(index + 1))
                    }
                }
            }
        }
    }

    /// Every occurrence, as a list.
    public func matches(in text: [UInt8]) -> [LiteralMatch] {
        var found: [LiteralMatch] = []
        text.withUnsafeBufferPointer { buffer in
            forEachMatch(in: buffer) { found.append(LiteralMatch(literal: $0, range: $1)) }
        }
        return found
    }
}

/// One occurrence of a literal.
public struct LiteralMatch: Sendable, Hashable {
    public var literal: Int
    public var range: Range<Int>

    public init(literal: Int, range: Range<Int>) {
        self.literal = literal
        self.range = range
    }
}
