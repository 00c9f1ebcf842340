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
                            onError: (SourceLocation, String) -> Void, onLine: (Int) -> Void = { _ in }) throws {
        try readBatches(path, name: name, { $0.forEach(body) }, onError: onError, onLine: onLine)
    }

    /// Reads `path` (`-` for standard input) in batches of records, in input order. Lines are parsed on every
    /// core; errors are reported in line order, before the batch that follows them. `name` is the path shown in
    /// errors (standard input spooled to a file keeps the name `<stdin>`). Throws only when the file cannot be
    /// opened.
    public static func readBatches(_ path: String, name: String? = nil, _ body: ([InputRecord]) -> Void,
                                   onError: (SourceLocation, String) -> Void, onLine: (Int) -> Void = { _ in }) throws {
        try readLines(path, name: name, decode: record, { body($0.map(\.value)) }, onError: onError, onLine: onLine)
    }

    /// Reads `path` in batches of `(line number, decoded line)`, decoding lines on every core with `decode`
    /// (nil for a line that holds nothing, such as a blank one). Returns the number of lines.
    @discardableResult
    static func readLines<Value: Sendable>(_ path: String, name: String?,
                                           decode: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Result<Value, RecordError>?,
                                           _ body: ([(line: Int, value: Value)]) -> Void,
                                           onError: (SourceLocation, String) -> Void, onLine: (Int) -> Void) throws -> Int {
        let shown = name ?? (path == "-" ? "<stdin>" : path)
        do {
            let reader = path == "-" ? LineReader(fileDescriptor: 0) : try LineReader(path: path)
            let limit = reader.maximumLineLength
            var batch = LineBatch<Value>(decode: decode)
            var lines = 0
            func flush() {
                var values: [(line: Int, value: Value)] = []
                for (number, result) in batch.decoded() {
                    switch result {
                    case .success(let value): values.append((number, value))
                    case .failure(let error): onError(SourceLocation(path: shown, line: number), error.message)
                    }
                }
                body(values)
                batch.removeAll()
            }
            try reader.forEachLine { number, line in
                lines = number
                switch line {
                case .tooLong(let length):
                    batch.fail(number, RecordError("line of \(length) bytes is longer than the limit of \(limit)"))
                case .text(let bytes):
                    onLine(bytes.count)
                    batch.append(number, bytes)
                }
                if batch.lineCount >= batchLines || batch.byteCount >= batchBytes { flush() }
            }
            flush()
            return lines
        } catch let error as LineReaderError {
            onError(SourceLocation(path: shown, line: 0), "cannot read input: \(error.reason)")
            throw InputError.unreadable(path: shown, reason: error.reason)
        }
    }

    /// Lines decoded together; bounds the raw bytes held at once.
    static let batchLines = 8_192
    static let batchBytes = 8 << 20

    /// Decodes one line: nil for a blank line.
    @Sendable static func record(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<InputRecord, RecordError>? {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
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
    /// More lines than one streaming audit numbers (4,294,967,294).
    case tooManyLines(Int)
}
