/// The text of a YAML scalar together with how it was written.
///
/// No type resolution happens here: `8080`, `true` and `"true"` all stay text, and the style and
/// tag let the caller tell a plain `no` from a quoted string `"no"`.
public struct YAMLScalar: Sendable, Hashable {
    /// How a scalar was written in the source.
    public enum Style: Sendable, Hashable {
        /// Unquoted: `value`.
        case plain
        /// Single-quoted: `'value'`.
        case singleQuoted
        /// Double-quoted, with escapes: `"value"`.
        case doubleQuoted
        /// A literal block scalar: `|`.
        case literal
        /// A folded block scalar: `>`.
        case folded
    }

    /// The scalar's content after unquoting, unescaping and folding.
    public var text: String
    /// The style the scalar was written in.
    public var style: Style
    /// The explicit tag, fully resolved (`!!str` becomes `tag:yaml.org,2002:str`), or nil when untagged.
    public var tag: String?

    /// Creates a scalar from its text, style and optional explicit tag.
    public init(text: String, style: Style = .plain, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }

    /// Whether the scalar was written without quotes or block indicators.
    public var isPlain: Bool { style == .plain }

    /// The boolean for an untagged (or `!!bool`) plain `true` or `false`; nil for anything else.
    ///
    /// YAML 1.1 spellings such as `yes`, `no`, `on` and `True`, and quoted `"true"`, are not booleans.
    public var boolValue: Bool? {
        guard isPlain, tag == nil || tag == Self.boolTag else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// Whether this is an untagged (or `!!null`) plain `~`, `null`, or empty scalar.
    public var isNull: Bool {
        guard isPlain, tag == nil || tag == Self.nullTag else { return false }
        return text.isEmpty || text == "~" || text == "null"
    }

    private static let boolTag = "tag:yaml.org,2002:bool"
    private static let nullTag = "tag:yaml.org,2002:null"
}
