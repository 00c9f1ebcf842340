import Foundation

/// The JSON Schema of the policy language, for editors (the YAML language server reads the modeline at the top
/// of every bundled policy). Built from the same key lists the loader accepts, so the two cannot drift apart.
public enum PolicySchema {
    /// The schema as pretty-printed JSON text, ending in a newline.
    public static var json: String { render(document, indent: 0) + "\n" }

    /// A JSON value, enough to write a schema.
    indirect enum Node {
        case object([(String, Node)])
        case array([Node])
        case string(String)
        case number(Int)
        case bool(Bool)
    }

    static var document: Node {
        .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://redline.example/schema/redline-policy.schema.json")),
            ("title", .string("Redline policy file")),
            ("type", .string("object")),
            ("required", .array([.string("policy")])),
            ("additionalProperties", .bool(false)),
            ("properties", .object([
                ("policy", .object([("oneOf", .array([.object([("type", .string("string")), ("description", .string("The id of a policy declared in another file, which this file adds to."))]), header]))])),
                ("categories", .object([("type", .string("object")), ("additionalProperties", .object([("type", .string("string"))]))])),
                ("parameters", .object([("type", .string("object")), ("additionalProperties", .object([("$ref", .string("#/$defs/parameter"))]))])),
                ("lexicons", .object([("type", .string("object")), ("additionalProperties", .object([("oneOf", .array([terms, .object([("type", .string("object")), ("additionalProperties", terms)])]))]))])),
                ("rules", .object([("type", .string("array")), ("items", .object([("$ref", .string("#/$defs/rule"))]))])),
                ("overrides", .object([("type", .string("object")), ("additionalProperties", closed([
                    ("severity", severity), ("points", .object([("type", .string("integer")), ("minimum", .number(0))])),
                    ("enabled", .object([("const", .bool(true))])),
                ]))])),
            ])),
            ("$defs", .object([
                ("parameter", parameter),
                ("rule", rule),
                ("condition", condition),
                ("value", .object([("type", .array([.string("string"), .string("number"), .string("array"), .string("object")]))])),
            ])),
        ])
    }

    static let header = closed(PolicyFileReader.policyKeys.map { ($0, Node.object([("type", .string("string"))])) }, required: ["id"])
    static let terms = Node.object([("type", .string("array")), ("items", .object([("type", .string("string")), ("minLength", .number(1))]))])
    static let severity = Node.object([("enum", .array(Severity.allCases.map { .string($0.description) }))])
    static let anyValue = Node.object([("$ref", .string("#/$defs/value"))])

    static var parameter: Node {
        .object([
            ("type", .string("object")),
            ("minProperties", .number(1)),
            ("properties", .object(ParameterValue.typeNames.map { ($0, anyValue) } + [("description", .object([("type", .string("string"))]))])),
            ("additionalProperties", .bool(false)),
        ])
    }

    static var rule: Node {
        let text = Node.object([("type", .string("string"))])
        var properties: [(String, Node)] = RuleReader.keys.map { ($0, anyValue) }
        for (index, entry) in properties.enumerated() {
            switch entry.0 {
            case "id", "title", "message", "fix", "reference": properties[index].1 = text
            case "category": properties[index].1 = .object([("type", .string("string")), ("examples", .array(Category.builtIn.sorted().map { .string($0) }))])
            case "severity": properties[index].1 = severity
            case "points": properties[index].1 = .object([("type", .string("integer")), ("minimum", .number(0)), ("maximum", .number(48))])
            case "speaker": properties[index].1 = .object([("enum", .array(Speaker.allCases.map { .string($0.rawValue) }))])
            case "assent": properties[index].1 = .object([("type", .string("boolean"))])
            case "match", "refusal": properties[index].1 = .object([("$ref", .string("#/$defs/condition"))])
            case "unless": properties[index].1 = .object([("type", .string("array")), ("items", .object([("$ref", .string("#/$defs/condition"))]))])
            case "examples": properties[index].1 = closed([("flag", .object([("type", .string("array"))])), ("pass", .object([("type", .string("array"))]))])
            default: break
            }
        }
        return closed(properties, required: ["id", "category", "severity", "title", "message"])
    }

    static var condition: Node {
        let reference = Node.object([("$ref", .string("#/$defs/condition"))])
        let list = Node.object([("type", .string("array")), ("items", reference)])
        let properties: [(String, Node)] = (ConditionReader.forms + ConditionReader.modifiers + ["scope"]).map { key in
            switch key {
            case "all", "any": (key, list)
            case "not", "buyer_said", "agent_said": (key, reference)
            case "terms": (key, terms)
            case "lexicon", "pattern": (key, .object([("type", .string("string"))]))
            case "ordered", "order_receiver", "other_buyer": (key, .object([("type", .string("boolean"))]))
            default: (key, anyValue)
            }
        }
        return .object([("oneOf", .array([.object([("type", .string("string")), ("minLength", .number(1))]), closed(properties)]))])
    }

    static func closed(_ properties: [(String, Node)], required: [String] = []) -> Node {
        var fields: [(String, Node)] = [("type", .string("object")), ("properties", .object(properties)),
                                        ("additionalProperties", .bool(false))]
        if !required.isEmpty { fields.append(("required", .array(required.map { .string($0) }))) }
        return .object(fields)
    }

    static func render(_ node: Node, indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1), close = String(repeating: "  ", count: indent)
        switch node {
        case .string(let text):
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .number(let number): return "\(number)"
        case .bool(let flag): return flag ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { pad + render($0, indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
        case .object(let fields):
            guard !fields.isEmpty else { return "{}" }
            return "{\n" + fields.map { "\(pad)\"\($0.0)\": \(render($0.1, indent: indent + 1))" }.joined(separator: ",\n") + "\n\(close)}"
        }
    }
}
