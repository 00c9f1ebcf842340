#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or a pipe line by line with bounded memory: a fixed read buffer, lines handed out as byte
/// buffers valid during the callback. Line numbers count every line, blank ones included.
public struct LineReader: ~Copyable {
    private let descriptor: Int32
    private let closes: Bool
    /// Lines longer than this are reported (as `tooLong`) instead of being buffered.
    public let maximumLineLength: Int

    /// Opens a file for reading.
    public init(path: String, maximumLineLength: Int = 16 << 20) throws(LineReaderError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw LineReaderError(path: path, reason: String(cString: strerror(errno))) }
        self.descriptor = descriptor
        closes = true
        self.maximumLineLength = maximumLineLength
    }

    /// Reads an already open descriptor (standard input: 0), which is not closed afterwards.
    public init(fileDescriptor: Int32, maximumLineLength: Int = 16 << 20) {
        descriptor = fileDescriptor
        closes = false
        self.maximumLineLength = maximumLineLength
    }

    deinit {
        if closes { close(descriptor) }
    }

    /// What one line is.
    public enum Line {
        case text(UnsafeBufferPointer<UInt8>)
        /// The line was longer than the limit; its bytes were skipped.
        case tooLong(length: Int)
    }

    /// Calls `body(number, line)` for every line: without its `\n` or `\r\n`, without a UTF-8 BOM on line 1.
    public func forEachLine(_ body: (Int, Line) throws -> Void) throws {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var pending: [UInt8] = []
        var skipping = 0
        var number = 0
        func deliver(_ line: UnsafeBufferPointer<UInt8>) throws {
            number += 1
            var slice = line
            if slice.last == 0x0D { slice = UnsafeBufferPointer(rebasing: slice.dropLast()) }
            if number == 1, slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = UnsafeBufferPointer(rebasing: slice.dropFirst(3)) }
            try body(number, .text(slice))
        }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            try buffer.withUnsafeBufferPointer { chunk in
                var start = 0
                for index in 0..<count where chunk[index] == 0x0A {
                    let piece = UnsafeBufferPointer(rebasing: chunk[start..<index])
                    if skipping > 0 {
                        number += 1
                        try body(number, .tooLong(length: skipping + piece.count))
                        skipping = 0
                    } else if pending.isEmpty {
                        try deliver(piece)
                    } else {
                        pending += piece
                        try pending.withUnsafeBufferPointer { try deliver($0) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    start = index + 1
                }
                let rest = UnsafeBufferPointer(rebasing: chunk[start..<count])
                if skipping > 0 || pending.count + rest.count > maximumLineLength {
                    skipping += pending.count + rest.count
                    pending.removeAll()
                } else {
                    pending += rest
                }
            }
        }
        if skipping > 0 {
            number += 1
            try body(number, .tooLong(length: skipping))
        } else if !pending.isEmpty {
            try pending.withUnsafeBufferPointer { try deliver($0) }
        }
    }
}

/// A file that could not be opened.
public struct LineReaderError: Error, Sendable {
    public var path: String
    public var reason: String
}
