import Foundation
import RedlineJSON

/// JSON Lines on standard output, written in blocks of about a megabyte as they are made: a 10× corpus is
/// gigabytes, so memory stays bounded.
struct JSONLinesOutput {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 20 + 4_096) }

    mutating func append(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// A JSON string literal (`JSONOutput.appendQuoted`): a pasted address keeps its line breaks, escaped.
    static func quoted(_ text: String) -> String {
        var result = ""
        JSONOutput.appendQuoted(text, to: &result)
        return result
    }
}
