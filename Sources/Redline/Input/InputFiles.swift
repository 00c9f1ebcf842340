import Foundation
import RedlineJSON

/// Reads FORMATS.md JSON Lines from files or standard input, record by record, with bounded memory. A bad
/// line is reported as `file:line: message` through `onError` and skipped; nothing is dropped silently.
public enum InputFiles {
    /// Input paths with folders replaced by the `.jsonl` files inside them (recursively, in name order).
    public static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".jsonl") }.sorted()
            files += found.map { "\(base)/\($0)" }
        }
        return files
    }

    /// Reads `path` (`-` for standard input) record by record. Throws only when the file cannot be opened.
    public static func read(_ path: String, name: String? = nil, _ body: (InputRecord) -> Void,
                            onError: (SourceLocation, String) -> Void, onLines: (_ count: Int, _ bytes: Int) -> Void = { _, _ in }) throws {
        try readBatches(path, name: name, { $0.forEach(body) }, onError: onError, onLines: onLines)
    }

    /// Reads `path` (`-` for standard input) in batches of records, in input order. Lines are parsed on every
    /// core; errors are reported in line order, before the batch that follows them; `onLines` counts the lines
    /// and bytes (line ends included) of each batch. `name` is the path shown in errors (standard input spooled
    /// to a file keeps the name `<stdin>`). Throws only when the file cannot be opened.
    public static func readBatches(_ path: String, name: String? = nil, _ body: ([InputRecord]) -> Void,
                                   onError: (SourceLocation, String) -> Void, onLines: (_ count: Int, _ bytes: Int) -> Void = { _, _ in }) throws {
        try readLines(path, name: name, decode: record, { body($0.map(\.value)) }, onError: onError, onLines: onLines)
    }

    /// Reads `path` in batches of `(line number, decoded line)`, decoding lines with `decode` (nil for a line
    /// that holds nothing, such as a blank one). A reading thread reads and decodes the next batches (on every
    /// core) while `body` handles this one. Returns the number of lines.
    @discardableResult
    static func readLines<Value: Sendable>(_ path: String, name: String?,
                                           decode: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Result<Value, RecordError>?,
                                           _ body: ([(line: Int, value: Value)]) -> Void,
                                           onError: (SourceLocation, String) -> Void, onLines: (Int, Int) -> Void) throws -> Int {
        let shown = name ?? (path == "-" ? "<stdin>" : path)
        let queue = HandOver<LineChunk<Value>>(capacity: 2)
        Thread { readChunks(path, decode: decode, into: queue) }.start()
        while let chunk = queue.take() {
            switch chunk {
            case .lines(let decoded, let count, let bytes):
                var values: [(line: Int, value: Value)] = []
                values.reserveCapacity(decoded.count)
                for (number, result) in decoded {
                    switch result {
                    case .success(let value): values.append((number, value))
                    case .failure(let error): onError(SourceLocation(path: shown, line: number), error.message)
                    }
                }
                onLines(count, bytes)
                body(values)
            case .unreadable(let reason):
                onError(SourceLocation(path: shown, line: 0), "cannot read input: \(reason)")
                throw InputError.unreadable(path: shown, reason: reason)
            case .end(let lines):
                return lines
            }
        }
        return 0
    }

    /// The reading thread: reads `path` and hands over its lines decoded, batch by batch, then how it ended.
    private static func readChunks<Value: Sendable>(_ path: String,
                                                    decode: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Result<Value, RecordError>?,
                                                    into queue: HandOver<LineChunk<Value>>) {
        defer { queue.close() }
        do {
            let reader = path == "-" ? LineReader(fileDescriptor: 0) : try LineReader(path: path)
            let limit = reader.maximumLineLength
            var batch = LineBatch<Value>(decode: decode)
            var lines = 0, bytes = 0
            func flush() {
                queue.put(.lines(batch.decoded(), count: batch.lineCount, bytes: bytes))
                batch.removeAll()
                bytes = 0
            }
            try reader.forEachLine { number, line in
                lines = number
                switch line {
                case .tooLong(let length):
                    batch.fail(number, RecordError("line of \(length) bytes is longer than the limit of \(limit)"))
                case .text(let text):
                    bytes += text.count + 1
                    batch.append(number, text)
                }
                if batch.lineCount >= batchLines || batch.byteCount >= batchBytes { flush() }
            }
            flush()
            queue.put(.end(lines: lines))
        } catch let error as LineReaderError {
            queue.put(.unreadable(reason: error.reason))
        } catch {
            queue.put(.unreadable(reason: "\(error)"))
        }
    }

    /// Lines decoded together; bounds the raw bytes held at once.
    static let batchLines = 8_192
    static let batchBytes = 8 << 20

    /// Decodes one line: nil for a blank line.
    @Sendable public static func record(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<InputRecord, RecordError>? {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        if let message = MessageLine.decode(bytes) { return .success(.message(message)) }
        do {
            return .success(try InputRecord(JSONLine.parse(bytes)))
        } catch let error as JSONSyntaxError {
            // FORMATS.md: input errors are `file:line: message`; the column goes in the message.
            return .failure(RecordError("invalid JSON at column \(error.column): \(error.message)"))
        } catch {
            return .failure(error as? RecordError ?? RecordError("\(error)"))
        }
    }
}

/// What the reading thread hands over: a batch of decoded lines (with how many lines and bytes it covered), or
/// how reading ended.
private enum LineChunk<Value: Sendable>: Sendable {
    case lines([(Int, Result<Value, RecordError>)], count: Int, bytes: Int)
    case unreadable(reason: String)
    case end(lines: Int)
}

/// Raw lines copied into one buffer, then decoded on every core.
private struct LineBatch<Value: Sendable> {
    let decode: @Sendable (UnsafeBufferPointer<UInt8>) -> Result<Value, RecordError>?
    private var bytes: [UInt8] = []
    private var lines: [(number: Int, range: Range<Int>?, failure: RecordError?)] = []

    init(decode: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Result<Value, RecordError>?) {
        self.decode = decode
    }

    var lineCount: Int { lines.count }
    var byteCount: Int { bytes.count }

    mutating func append(_ number: Int, _ line: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: line)
        lines.append((number, start..<bytes.count, nil))
    }

    mutating func fail(_ number: Int, _ error: RecordError) {
        lines.append((number, nil, error))
    }

    /// Every line's outcome, in order; blank lines left out.
    func decoded() -> [(Int, Result<Value, RecordError>)] {
        let parts = min(lines.count, 64)
        guard parts > 0 else { return [] }
        let lines = self.lines, bytes = self.bytes, decode = self.decode
        return inParallel(parts) { part -> [(Int, Result<Value, RecordError>)] in
            let range = (lines.count * part / parts)..<(lines.count * (part + 1) / parts)
            return bytes.withUnsafeBufferPointer { buffer in
                lines[range].compactMap { line in
                    if let failure = line.failure { return (line.number, .failure(failure)) }
                    guard let span = line.range, let result = decode(UnsafeBufferPointer(rebasing: buffer[span])) else { return nil }
                    return (line.number, result)
                }
            }
        }.flatMap { $0 }
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
    }
}

/// An input that could not be read at all.
public enum InputError: Error, Sendable {
    case unreadable(path: String, reason: String)
}
