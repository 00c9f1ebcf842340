import RedlineYAML
import Testing

@Suite("Limits against hostile input")
struct LimitTests {
    /// The "billion laughs": nine levels of nine aliases each, about 10^9 nodes once expanded.
    static let aliasBomb: String = {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
        let names = Array("abcdefghi")
        for (previous, name) in zip(names, names.dropFirst()) {
            let aliases = Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
            lines.append("\(name): &\(name) [\(aliases)]")
        }
        return lines.joined(separator: "\n")
    }()

    @Test("an alias bomb fails with too many nodes at the alias that crosses the limit")
    func aliasBomb() throws {
        let error = try #require(parseError(Self.aliasBomb))
        guard case .tooManyNodes(200_000, let mark) = error else {
            Issue.record("expected tooManyNodes, got \(error)")
            return
        }
        #expect(mark.line == 6)
    }

    @Test("10,000 nested flow sequences fail as too deep at the first level past the limit")
    func deepFlowNesting() throws {
        let source = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = try #require(parseError(source))
        #expect(error == .tooDeep(limit: 64, at: at(1, 65, 64)))
    }

    @Test("deep block nesting fails as too deep")
    func deepBlockNesting() throws {
        let source = (0..<100).map { String(repeating: " ", count: $0 * 2) + "k\($0):" }.joined(separator: "\n")
        let error = try #require(parseError(source))
        #expect(error == .tooDeep(limit: 64, at: at(65, 129, 4_470)))
    }

    @Test("nesting exactly at the limit is accepted")
    func nestingAtLimit() {
        let source = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(parseError(source) == nil)
    }

    @Test("a 50 MB input fails as too large before parsing")
    func fiftyMegabytes() {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 50 << 20)
        #expect(parseError(bytes) == .tooLarge(bytes: 50 << 20, limit: 4 << 20))
    }

    @Test("a node count exactly at the limit is accepted")
    func nodesAtLimit() {
        #expect(parseError("[a, b, c, d]", limits: YAMLLimits(maxNodes: 5)) == nil)
    }

    @Test("the standard limits are 4 MiB, 64 levels and 200,000 nodes")
    func standardLimits() {
        #expect(YAMLLimits.standard == YAMLLimits(maxBytes: 4_194_304, maxDepth: 64, maxNodes: 200_000))
    }
}
