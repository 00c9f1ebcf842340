import RedlineYAML
import Testing

@Suite("Documents")
struct DocumentTests {
    @Test("input without a document reads as nil", arguments: [
        "", "\n\n", "# only a comment\n", "   \n# one\n# two", "\u{FEFF}", "\u{FEFF}# commented\n",
    ])
    func emptyDocument(source: String) throws {
        #expect(try YAMLReader.parse(source) == nil)
    }

    @Test("an explicit document marker without content reads as a null scalar")
    func explicitEmptyDocument() throws {
        let root = try #require(try YAMLReader.parse("---\n"))
        #expect(root.scalar?.isNull == true)
    }

    @Test("a document may be a single scalar")
    func scalarDocument() throws {
        let root = try #require(try YAMLReader.parse("  你好\n"))
        #expect(root.scalar?.text == "你好")
        #expect(root.start == at(1, 3, 2))
        #expect(root.kindName == "scalar")
    }

    @Test("document start and end markers around one document are accepted")
    func markedDocument() throws {
        let root = try #require(try YAMLReader.parse("---\na: 1\n...\n"))
        #expect(root["a"]?.scalar?.text == "1")
    }

    @Test("text and byte input read the same")
    func textAndBytes() throws {
        let source = "a: [1, 2]\n名: 值\n"
        let fromText = try #require(try YAMLReader.parse(source))
        let fromBytes = try #require(try YAMLReader.parse(Array(source.utf8)))
        #expect(fromText["名"]?.start == fromBytes["名"]?.start)
        #expect(fromText["a"]?.end == fromBytes["a"]?.end)
    }

    @Test("mappings may nest sequences of mappings")
    func nesting() throws {
        let root = try #require(try YAMLReader.parse("rules:\n  - id: a\n    on: [x]\n  - {id: b}\n"))
        let ids = root["rules"]?.sequence?.map { $0["id"]?.scalar?.text }
        #expect(ids == ["a", "b"])
        #expect(root["rules"]?.sequence?.first?["on"]?.kindName == "sequence")
    }
}
