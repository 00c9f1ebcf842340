import RedlineYAML
import Testing

@Suite("Anchors and aliases")
struct AliasTests {
    static let source = """
        defaults: &defaults
          timeout: 30
          words: [退款]
        shop: *defaults

        """

    @Test("an alias expands to a copy of its anchored node")
    func expansion() throws {
        let root = try #require(try YAMLReader.parse(Self.source))
        let shop = try #require(root["shop"])
        #expect(shop["timeout"]?.scalar?.text == "30")
        #expect(shop["words"]?.sequence?.first?.scalar?.text == "退款")
    }

    @Test("the copy spans the alias, while its contents keep the anchored positions")
    func expansionPositions() throws {
        let root = try #require(try YAMLReader.parse(Self.source))
        let shop = try #require(root["shop"])
        #expect(shop.start == at(4, 7, 58))
        #expect(shop.end == at(4, 16, 67))
        #expect(shop["timeout"]?.start == at(2, 12, 31))
    }

    @Test("an alias to a scalar copies the scalar")
    func scalarAlias() throws {
        let root = try #require(try YAMLReader.parse("a: &name 客服\nb: [*name, *name]\n"))
        #expect(root["b"]?.sequence?.map { $0.scalar?.text } == ["客服", "客服"])
    }

    @Test("a later anchor with the same name replaces the earlier one")
    func anchorRedefinition() throws {
        let root = try #require(try YAMLReader.parse("a: &x 1\nb: &x 2\nc: *x\n"))
        #expect(root["c"]?.scalar?.text == "2")
    }

    @Test("an alias inside its own anchored node is unknown, so no cycle can form")
    func selfReference() throws {
        let error = try #require(parseError("a: &loop [1, *loop]\n"))
        #expect(error == .unknownAlias("loop", at: at(1, 14, 13)))
    }

    @Test("expanded nodes count toward the node limit")
    func expansionCounts() throws {
        let source = "a: &a [x, x, x]\nb: *a\n"
        #expect(parseError(source, limits: YAMLLimits(maxNodes: 11)) == nil)
        let error = try #require(parseError(source, limits: YAMLLimits(maxNodes: 10)))
        #expect(error == .tooManyNodes(limit: 10, at: at(2, 4, 19)))
    }

    @Test("an expansion that would nest too deep is rejected at the alias")
    func expansionDepth() throws {
        let source = "a: &a [[x]]\nb: [*a]\n"
        #expect(parseError(source, limits: YAMLLimits(maxDepth: 4)) == nil)
        let error = try #require(parseError(source, limits: YAMLLimits(maxDepth: 3)))
        #expect(error == .tooDeep(limit: 3, at: at(2, 5, 16)))
    }
}
