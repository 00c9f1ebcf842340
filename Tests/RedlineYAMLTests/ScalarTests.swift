import RedlineYAML
import Testing

@Suite("Scalars")
struct ScalarTests {
    static let styled = """
        plain: text
        single: 'text'
        double: "text"
        literal: |
          text
        folded: >
          text

        """

    @Test("each scalar keeps the style it was written in", arguments: [
        ("plain", YAMLScalar.Style.plain), ("single", .singleQuoted), ("double", .doubleQuoted),
        ("literal", .literal), ("folded", .folded),
    ])
    func stylePreserved(key: String, style: YAMLScalar.Style) throws {
        let root = try #require(try YAMLReader.parse(Self.styled))
        let scalar = try #require(root[key]?.scalar)
        #expect(scalar.style == style)
        #expect(scalar.text.hasPrefix("text"))
    }

    @Test("block scalars keep their line breaks and folding", arguments: [
        ("a: |\n  one\n  two\n", "one\ntwo\n"), ("a: >\n  one\n  two\n", "one two\n"),
        ("a: |-\n  one\n", "one"), ("a: \"tab\\there\"", "tab\there"),
    ])
    func blockText(source: String, text: String) throws {
        #expect(try YAMLReader.parse(source)?["a"]?.scalar?.text == text)
    }

    @Test("only plain true and false are booleans", arguments: [
        ("true", true), ("false", false), ("yes", nil), ("no", nil), ("on", nil), ("off", nil),
        ("True", nil), ("FALSE", nil), ("\"true\"", nil), ("'false'", nil), ("!!str true", nil),
        ("!!bool true", true),
    ] as [(String, Bool?)])
    func booleans(source: String, value: Bool?) throws {
        let scalar = try #require(try YAMLReader.parse("flag: \(source)")?["flag"]?.scalar)
        #expect(scalar.boolValue == value)
    }

    @Test("plain ~, null and empty are null; quoted or other spellings are not", arguments: [
        ("~", true), ("null", true), ("", true), ("!!null null", true), ("\"null\"", false),
        ("'~'", false), ("\"\"", false), ("Null", false), ("none", false), ("!!str", false),
    ])
    func nulls(source: String, isNull: Bool) throws {
        let scalar = try #require(try YAMLReader.parse("value: \(source)")?["value"]?.scalar)
        #expect(scalar.isNull == isNull)
    }

    @Test("a quoted no is a string that the caller can tell from a plain no")
    func quotedNo() throws {
        let root = try #require(try YAMLReader.parse("a: no\nb: \"no\"\n"))
        #expect(root["a"]?.scalar == YAMLScalar(text: "no", style: .plain))
        #expect(root["b"]?.scalar == YAMLScalar(text: "no", style: .doubleQuoted))
    }

    @Test("explicit tags are kept fully resolved")
    func tags() throws {
        let root = try #require(try YAMLReader.parse("a: !!str 42\nb: !regex '^退款$'\nc: 42\n"))
        #expect(root["a"]?.scalar?.tag == "tag:yaml.org,2002:str")
        #expect(root["b"]?.scalar?.tag == "!regex")
        #expect(root["c"]?.scalar?.tag == nil)
    }

    @Test("mapping pairs keep their source order")
    func mappingOrder() throws {
        let root = try #require(try YAMLReader.parse("zeta: 1\nalpha: 2\nmu: 3\n"))
        #expect(root.mapping?.map { $0.key.scalar?.text } == ["zeta", "alpha", "mu"])
        #expect(root.sequence == nil)
        #expect(root.scalar == nil)
    }
}
