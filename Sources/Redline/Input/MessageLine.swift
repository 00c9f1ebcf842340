import RedlineJSON

/// The commonest input line, a chat message, read straight into a `Message`: its fields are matched by their
/// bytes as they are parsed, with no object or key strings built. Anything unusual (another record type, a
/// field of the wrong type, a missing field, an escaped key) is left to the general decoder, which also words
/// the error.
enum MessageLine {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Message? {
        var isMessage = false, valid = true
        var conversation: String?, seq: Int?, time: Instant?, role: Role?, from: String?, text: String?
        let parsed = JSONLine.forEachField(bytes) { key, value in
            switch (key.count, value) {
            case (4, .string(let type)) where JSONLine.key(key, is: "type"): isMessage = type == "message"
            case (12, .string(let id)) where JSONLine.key(key, is: "conversation"): conversation = id
            case (3, .number(let number)) where JSONLine.key(key, is: "seq"): seq = Int(number)
            case (4, .string(let stamp)) where JSONLine.key(key, is: "time"):
                time = Instant(rfc3339: stamp)
                if time == nil { valid = false }
            case (4, .null) where JSONLine.key(key, is: "time"): time = nil
            case (4, .string(let name)) where JSONLine.key(key, is: "role"): role = Role(rawValue: name)
            case (4, .string(let words)) where JSONLine.key(key, is: "text"): text = words
            case (4, .string(let sender)) where JSONLine.key(key, is: "from"): from = sender
            case (4, .null) where JSONLine.key(key, is: "from"): from = nil
            default:
                // A known field with a value of another type: the general decoder reports it.
                if known.contains(where: { JSONLine.key(key, is: $0) }) { valid = false }
            }
        }
        guard parsed, valid, isMessage, let conversation, let seq, let role, let text else { return nil }
        return Message(conversation: conversation, seq: seq, time: time, role: role, from: from, text: text)
    }

    private static let known: [StaticString] = ["type", "conversation", "seq", "time", "role", "text", "from"]
}
