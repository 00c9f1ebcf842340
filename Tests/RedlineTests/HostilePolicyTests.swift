import Foundation
import RedlineTestSupport
import Testing
@testable import Redline

/// Policies are untrusted text: hostile input gives a located error, never a crash or a hang.
@Suite("Hostile policies")
struct HostilePolicyTests {
    func load(_ bytes: [UInt8]) -> (PolicyFile?, [PolicyError]) {
        PolicyLoader.read(bytes, path: "h.yaml")
    }

    @Test("an alias bomb is a located error")
    func aliasBomb() {
        var text = "a: &a [x,x,x,x,x,x,x,x,x]\n"
        for level in 1..<9 { text += "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 9).joined(separator: ",") + "]\n" }
        let (_, errors) = load(Array(text.utf8))
        #expect(errors.count == 1)
        #expect(errors.first?.location.line ?? 0 >= 2)
    }

    @Test("nesting 10,000 deep is a located error")
    func deepNesting() {
        let (_, errors) = load(Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8))
        #expect(errors.first?.location.line == 1)
        #expect(errors.first?.message.contains("nesting") == true)
    }

    @Test("a 50 MB file is refused before it is parsed")
    func hugeFile() {
        let (_, errors) = load([UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20))
        #expect(errors.first?.message.contains("more than the limit") == true)
    }

    @Test("invalid UTF-8 is reported at its line")
    func invalidUTF8() {
        let (_, errors) = load(Array("policy:\n  id: p\n  title: ".utf8) + [0xFF, 0xFE] + Array("\n".utf8))
        #expect(errors.first?.location.line == 3)
    }

    @Test("a tab used for indentation is reported at its line")
    func tab() {
        let (_, errors) = load(Array("policy:\n\tid: p\n".utf8))
        #expect(errors.first?.location.line == 2)
        #expect(errors.first?.message.contains("tab") == true)
    }

    @Test("a byte order mark loads cleanly")
    func byteOrderMark() {
        let (file, errors) = load([0xEF, 0xBB, 0xBF] + Array("policy:\n  id: p\n".utf8))
        #expect(errors.isEmpty)
        #expect(file?.policyID == "p")
    }

    @Test("random truncations and byte mutations of the bundled policies never crash the loader")
    func mutations() throws {
        var generator = SplitMix64(seed: 0x5EED)
        let paths = Fixtures.bundled.sources.keys.sorted()
        for path in paths {
            let original = Array(try String(contentsOfFile: path, encoding: .utf8).utf8)
            for round in 0..<60 {
                var bytes = original
                if round % 3 == 0 {
                    bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count))))
                } else {
                    for _ in 0..<(1 + Int(generator.next() % 4)) {
                        let at = Int(generator.next() % UInt64(bytes.count))
                        bytes[at] = UInt8(truncatingIfNeeded: generator.next())
                    }
                }
                let result = PolicyLoader.load(texts: [(path: path, text: String(decoding: bytes, as: UTF8.self))])
                if case .failure(let failure) = result {
                    #expect(!failure.errors.isEmpty)
                    #expect(failure.errors.allSatisfy { $0.location.path == path })
                }
            }
        }
    }
}
