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
        let shown = name ?? (path == "-" ? "<stdin>" : path)
        do {
            let reader = path == "-" ? LineReader(fileDescriptor: 0) : try LineReader(path: path)
            try read(reader, name: shown, body, onError: onError, onLine: onLine)
        } catch let error as LineReaderError {
            onError(SourceLocation(path: shown, line: 0), "cannot read input: \(error.reason)")
            throw InputError.unreadable(path: shown, reason: error.reason)
        }
    }

    /// Lines parsed together; bounds the raw bytes held at once.
    static let batchLines = 8_192
    static let batchBytes = 8 << 20

    private static func read(_ reader: borrowing LineReader, name: String, _ body: ([InputRecord]) -> Void,
                             onError: (SourceLocation, String) -> Void, onLine: (Int) -> Void) throws {
        let limit = reader.maximumLineLength
        var batch = LineBatch()
        func flush() {
            for (number, result) in batch.parsed() {
                if case .failure(let error) = result { onError(SourceLocation(path: name, line: number), error.message) }
            }
            body(batch.records)
            batch.removeAll()
        }
        try reader.forEachLine { number, line in
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
    }

    /// Decodes one line: nil for a blank line.
    static func record(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<InputRecord, RecordError>? {
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

/// Raw lines copied into one buffer, then parsed on every core.
private struct LineBatch {
    private var bytes: [UInt8] = []
    private var lines: [(number: Int, range: Range<Int>?, failure: RecordError?)] = []
    private(set) var records: [InputRecord] = []

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

    /// Parses every line (on every core); keeps the records and returns each line's outcome in order.
    mutating func parsed() -> [(Int, Result<InputRecord, RecordError>)] {
        let parts = min(lines.count, 64)
        guard parts > 0 else { return [] }
        let lines = self.lines, bytes = self.bytes
        let results = inParallel(parts) { part -> [(Int, Result<InputRecord, RecordError>)] in
            let range = (lines.count * part / parts)..<(lines.count * (part + 1) / parts)
            return bytes.withUnsafeBufferPointer { buffer in
                lines[range].compactMap { line in
                    if let failure = line.failure { return (line.number, .failure(failure)) }
                    guard let span = line.range,
                          let result = InputFiles.record(UnsafeBufferPointer(rebasing: buffer[span])) else { return nil }
                    return (line.number, result)
                }
            }
        }.flatMap { $0 }
        records = results.compactMap { try? $0.1.get() }
        return results
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        records.removeAll(keepingCapacity: true)
    }
}

/// An input that could not be read at all.
public enum InputError: Error, Sendable {
    case unreadable(path: String, reason: String)
}
