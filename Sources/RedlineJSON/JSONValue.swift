/// A parsed JSON value. Numbers keep their literal text: money must never pass through a `Double`.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

/// A JSON object with its keys in order. A duplicate key keeps the last value, as most parsers do.
public struct JSONObject: Sendable, Equatable {
    public private(set) var keys: [String] = []
    private var values: [String: JSONValue] = [:]

    public init() {}

    public subscript(key: String) -> JSONValue? {
        values[key]
    }

    mutating func set(_ key: String, _ value: JSONValue) {
        if values.updateValue(value, forKey: key) == nil { keys.append(key) }
    }
}

/// Why a line is not valid JSON: what was expected, at which column (1-based, in Unicode scalars).
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public var column: Int
    public var message: String

    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }
}
