import RedlineYAML
import Testing

@Suite("Node positions")
struct PositionTests {
    /// Line 2 starts at byte 15: "policy: 退货\n" is 8 + 6 + 1 bytes.
    static let source = """
        policy: 退货
        名称: "七天无理由"
        rules:
          - id: r1
            words: [退款, 差评]

        """

    let root: YAMLNode

    init() throws {
        root = try #require(try YAMLReader.parse(Self.source))
    }

    @Test("the root mapping starts at line 1, column 1")
    func rootStart() {
        #expect(root.start == at(1, 1, 0))
        #expect(root.kindName == "mapping")
    }

    @Test("a value after a CJK key counts its columns in Unicode scalars")
    func cjkColumns() throws {
        let value = try #require(root["名称"])
        #expect(value.start == at(2, 5, 23))
        #expect(value.end == at(2, 12, 40))
        #expect(value.scalar?.text == "七天无理由")
    }

    @Test("a mapping key is positioned at its first character")
    func keyPosition() throws {
        let key = try #require(root.mapping?[1].key)
        #expect(key.start == at(2, 1, 15))
        #expect(key.end == at(2, 3, 21))
    }

    @Test("a block sequence starts at its first dash and its items at their content")
    func blockSequence() throws {
        let rules = try #require(root["rules"])
        #expect(rules.start == at(4, 3, 50))
        let rule = try #require(rules.sequence?.first)
        #expect(rule.start == at(4, 5, 52))
        #expect(rule["id"]?.start == at(4, 9, 56))
    }

    @Test("a flow sequence spans from its bracket to just after the closing bracket")
    func flowSequence() throws {
        let words = try #require(root["rules"]?.sequence?.first?["words"])
        #expect(words.start == at(5, 12, 70))
        #expect(words.end == at(5, 20, 86))
        #expect(words.sequence?.map { $0.scalar?.text } == ["退款", "差评"])
        #expect(words.sequence?.last?.start == at(5, 17, 79))
    }

    @Test("a UTF-8 byte order mark is skipped: columns ignore it, offsets count it")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Self.source.utf8)
        let withBOM = try #require(try YAMLReader.parse(bytes))
        #expect(withBOM.mapping?.first?.key.scalar?.text == "policy")
        #expect(withBOM.start == at(1, 1, 3))
        #expect(withBOM["名称"]?.start == at(2, 5, 26))
    }

    @Test("CR, CRLF and Unicode line separators all start new lines")
    func lineBreaks() throws {
        let node = try #require(try YAMLReader.parse("a: 1\r\nb: 2\rc: 3\u{2028}d: 4\u{85}e: 5"))
        let lines = node.mapping?.map { $0.value.start.line }
        #expect(lines == [1, 2, 3, 4, 5])
        #expect(node["e"]?.start == at(5, 4, 27))
    }

    @Test("marks order as they appear in the file")
    func markOrder() throws {
        let pairs = try #require(root.mapping)
        #expect(pairs.map(\.key.start) == pairs.map(\.key.start).sorted())
        #expect(at(1, 9, 8) < at(2, 1, 15))
        #expect(at(2, 1, 15).description == "2:1")
    }
}
