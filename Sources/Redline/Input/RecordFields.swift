import RedlineJSON

/// Typed access to the fields of one input record, with errors that name the field.
struct RecordFields {
    let object: JSONObject

    func text(_ key: String) throws(RecordError) -> String {
        guard let value = try optionalText(key) else { throw RecordError("field '\(key)': required") }
        return value
    }

    func optionalText(_ key: String) throws(RecordError) -> String? {
        switch object[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw RecordError("field '\(key)': expected a string")
        }
    }

    func integer(_ key: String) throws(RecordError) -> Int {
        guard case .number(let text)? = object[key], let value = Int(text) else {
            throw RecordError("field '\(key)': expected an integer")
        }
        return value
    }

    func optionalBool(_ key: String) throws(RecordError) -> Bool? {
        switch object[key] {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        default: throw RecordError("field '\(key)': expected true or false")
        }
    }

    func texts(_ key: String) throws(RecordError) -> [String] {
        switch object[key] {
        case nil, .null?: return []
        case .array(let items)?:
            return try items.map { item throws(RecordError) in
                guard case .string(let text) = item else { throw RecordError("field '\(key)': expected a list of strings") }
                return text
            }
        default: throw RecordError("field '\(key)': expected a list of strings")
        }
    }

    /// Money is a decimal string in yuan (`"89.90"`); a JSON number is accepted when it is exact text.
    func money(_ key: String) throws(RecordError) -> Money {
        let text: String
        switch object[key] {
        case .string(let value)?: text = value
        case .number(let value)?: text = value
        default: throw RecordError("field '\(key)': expected an amount in yuan such as \"89.90\"")
        }
        guard let money = Money(decimal: text), money.fen >= 0 else {
            throw RecordError("field '\(key)': '\(text)' is not an amount in yuan with at most two decimals")
        }
        return money
    }

    func optionalTime(_ key: String) throws(RecordError) -> Instant? {
        guard let text = try optionalText(key) else { return nil }
        guard let instant = Instant(rfc3339: text) else {
            throw RecordError("field '\(key)': '\(text)' is not an RFC 3339 time with an offset")
        }
        return instant
    }
}
