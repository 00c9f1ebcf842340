import Testing
@testable import RedlineText

/// The literal automaton finds every occurrence of every term, overlapping ones included.
@Suite("Literal set")
struct LiteralSetTests {
    func found(_ literals: [String], _ text: String) -> [LiteralMatch] {
        LiteralSet(literals.map { Array($0.utf8) }).matches(in: Array(text.utf8))
    }

    @Test("overlapping terms are all reported with exact byte ranges")
    func overlapping() {
        let matches = found(["he", "she", "his", "hers"], "ushers")
        #expect(Set(matches) == [LiteralMatch(literal: 1, range: 1..<4), LiteralMatch(literal: 0, range: 2..<4),
                                 LiteralMatch(literal: 3, range: 2..<6)])
        let chinese = found(["中通", "中通快递", "通快"], "发中通快递")
        #expect(Set(chinese) == [LiteralMatch(literal: 0, range: 3..<9), LiteralMatch(literal: 2, range: 6..<12),
                                 LiteralMatch(literal: 1, range: 3..<15)])
    }

    @Test("duplicates each report their own id; empty literals and empty texts find nothing")
    func edges() {
        #expect(found(["发票", "发票"], "发票").map(\.literal).sorted() == [0, 1])
        #expect(found(["", "a"], "a") == [LiteralMatch(literal: 1, range: 0..<1)])
        #expect(found(["a"], "").isEmpty)
        #expect(found([], "abc").isEmpty)
    }

    @Test("random literal sets agree with a naive search")
    func crossCheck() {
        var state: UInt64 = 99
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let alphabet = ["a", "b", "发", "票", "中", "通"]
        for _ in 0..<300 {
            let literals = (0..<(1 + next() % 6)).map { _ in (0..<(1 + next() % 3)).map { _ in alphabet[next() % alphabet.count] }.joined() }
            let text = (0..<(next() % 20)).map { _ in alphabet[next() % alphabet.count] }.joined()
            var naive: Set<LiteralMatch> = []
            let bytes = Array(text.utf8)
            for (id, literal) in literals.enumerated() {
                let needle = Array(literal.utf8)
                guard needle.count <= bytes.count else { continue }
                for start in 0...(bytes.count - needle.count) where Array(bytes[start..<start + needle.count]) == needle {
                    naive.insert(LiteralMatch(literal: id, range: start..<start + needle.count))
                }
            }
            #expect(Set(found(literals, text)) == naive, "\(literals) in \(text)")
        }
    }
}
