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

    /// Reads `path` (`-` for standard input). Throws only when the file cannot be opened.
    public static func read(_ path: String, _ body: (InputRecord) -> Void,
                            onError: (SourceLocation, String) -> Void, onLine: (Int) -> Void = { _ in }) throws {
        if path == "-" {
            do {
                try read(LineReader(fileDescriptor: 0), name: "<stdin>", body, onError: onError, onLine: onLine)
            } catch let error as LineReaderError {
                onError(SourceLocation(path: "<stdin>", line: 0), "cannot read input: \(error.reason)")
                throw InputError.unreadable(path: "<stdin>", reason: error.reason)
            }
            return
        }
        do {
            try read(LineReader(path: path), name: path, body, onError: onError, onLine: onLine)
        } catch let error as LineReaderError {
            onError(SourceLocation(path: path, line: 0), "cannot read input: \(error.reason)")
            throw InputError.unreadable(path: path, reason: error.reason)
        }
    }

    private static func read(_ reader: borrowing LineReader, name: String, _ body: (InputRecord) -> Void,
                             onError: (SourceLocation, String) -> Void, onLine: (Int) -> Void) throws {
        let limit = reader.maximumLineLength
        try reader.forEachLine { number, line in
            let location = SourceLocation(path: name, line: number)
            switch line {
            case .tooLong(let length):
                onError(location, "line of \(length) bytes is longer than the limit of \(limit)")
            case .text(let bytes):
                onLine(bytes.count)
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
                do {
                    let value = try JSONLine.parse(bytes)
                    body(try InputRecord(value))
                } catch let error as JSONSyntaxError {
                    // FORMATS.md: input errors are `file:line: message`; the column goes in the message.
                    onError(location, "invalid JSON at column \(error.column): \(error.message)")
                } catch let error as RecordError {
                    onError(location, error.message)
                }
            }
        }
    }
}

/// An input that could not be read at all.
public enum InputError: Error, Sendable {
    case unreadable(path: String, reason: String)
}
