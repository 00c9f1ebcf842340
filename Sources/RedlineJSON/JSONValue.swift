/// A parsed JSON value. Numbers keep their literal text: money must never pass through a `Double`.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

/// A JSON object with its keys in order. A duplicate key keeps the last value, as most parsers do. Records have
/// a handful of keys, so they are kept in an array and looked up by a linear scan, cheaper than hashing.
public struct JSONObject: Sendable, Equatable {
    /// The keys and values, in the order they were read.
    public private(set) var pairs: [(key: String, value: JSONValue)] = []

    public var keys: [String] { pairs.map(\.key) }

    public init() {}

    /// An empty object with room for `capacity` keys.
    init(capacity: Int) {
        pairs.reserveCapacity(capacity)
    }

    public subscript(key: String) -> JSONValue? {
        pairs.first { $0.key == key }?.value
    }

    mutating func set(_ key: String, _ value: JSONValue) {
        if let index = pairs.firstIndex(where: { $0.key == key }) { pairs[index].value = value } else { pairs.append((key, value)) }
    }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
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
