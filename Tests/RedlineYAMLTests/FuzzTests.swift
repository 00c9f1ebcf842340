import RedlineTestSupport
import RedlineYAML
import Testing

@Suite("Fuzzed input")
struct FuzzTests {
    /// Bytes that tend to change how YAML scans: indicators, quotes, breaks, tabs, bad UTF-8.
    static let interestingBytes: [UInt8] = Array("\t\n\r :-[]{},\"'&*!|>#%@`?\\".utf8) + [0x00, 0x01, 0x85, 0xC2, 0xE4, 0xFF]

    @Test("the fixture parses into the expected shape")
    func fixtureParses() throws {
        let root = try #require(try YAMLReader.parse(PolicyFixture.bytes))
        let rules = try #require(root["rules"]?.sequence)
        #expect(rules.count == 3)
        #expect(rules[0]["title"]?.scalar?.text == "禁止承诺退款时效")
        #expect(rules[0]["title"]?.start == at(15, 12, 289))
        #expect(root["policy"]?["enabled"]?.scalar?.boolValue == true)
        #expect(root["null_value"]?.scalar?.isNull == true)
    }

    @Test("3,000 truncations and mutations either parse or fail inside the document", arguments: 0..<6)
    func mutations(batch: UInt64) {
        var random = SplitMix64(seed: 0x5EED_0000 + batch)
        for _ in 0..<500 {
            let bytes = Self.mutate(PolicyFixture.bytes, using: &random)
            guard let error = parseError(bytes) else { continue }
            let mark = error.mark
            #expect((1...Self.lineCount(of: bytes)).contains(mark.line), "\(error) in \(bytes.count) bytes")
            #expect(mark.column >= 1)
            #expect((0...bytes.count).contains(mark.offset))
        }
    }

    /// One to four edits: truncation, overwrite, insertion, deletion or a duplicated slice.
    static func mutate(_ original: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = original
        for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &random)
            let byte = interestingBytes.randomElement(using: &random) ?? 0
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes.removeSubrange(index...)
            case 1: bytes[index] = byte
            case 2: bytes.insert(byte, at: index)
            case 3: bytes.remove(at: index)
            default: bytes.insert(contentsOf: bytes[index..<min(bytes.count, index + 12)], at: index)
            }
        }
        return bytes
    }

    /// Lines as YAML counts them: LF, CR, CRLF, NEL, LS and PS each end one.
    static func lineCount(of bytes: [UInt8]) -> Int {
        var lines = 1
        var index = 0
        while index < bytes.count {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch (bytes[index], next) {
            case (0x0D, 0x0A): index += 1; lines += 1
            case (0x0A, _), (0x0D, _), (0xC2, 0x85): lines += 1
            case (0xE2, 0x80) where index + 2 < bytes.count && (bytes[index + 2] | 1) == 0xA9: lines += 1
            default: break
            }
            index += 1
        }
        return lines
    }
}
