import CZlib
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or a pipe line by line with bounded memory: a fixed read buffer, lines handed out as byte
/// buffers valid during the callback. Line numbers count every line, blank ones included. Gzip input (a
/// `.gz` file, or any stream starting with the gzip magic bytes) is inflated on the fly.
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
        var source = ByteSource(descriptor: descriptor)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            guard count > 0 else { break }
            try buffer.withUnsafeBufferPointer { chunk in
                guard let base = chunk.baseAddress else { return }
                var start = 0
                // memchr finds line ends many bytes at a time.
                while start < count, let found = memchr(base + start, 0x0A, count - start) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
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

/// The bytes of a descriptor, inflated when they are gzip. Owns its input buffer and the zlib stream.
private struct ByteSource: ~Copyable {
    let descriptor: Int32
    private let input: UnsafeMutableBufferPointer<UInt8>
    private var stream: UnsafeMutablePointer<z_stream>?
    /// Bytes read before the format was known, not yet handed out (plain input only).
    private var buffered = 0..<0
    private var started = false
    private var finished = false
    /// Inside a gzip member that has not reached its end.
    private var inMember = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
        input = .allocate(capacity: 1 << 18)
    }

    deinit {
        if let stream {
            inflateEnd(stream)
            stream.deallocate()
        }
        input.deallocate()
    }

    /// Fills `output` with up to its size in bytes; 0 at the end.
    mutating func read(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        if !started {
            started = true
            let count = readRaw(into: UnsafeMutableRawBufferPointer(input))
            buffered = 0..<count
            if count >= 2, input[0] == 0x1F, input[1] == 0x8B {
                let created = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
                created.initialize(to: z_stream())
                guard inflateInit2_(created, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                    created.deallocate()
                    throw LineReaderError(path: "<gzip>", reason: "cannot start gzip decompression")
                }
                created.pointee.next_in = input.baseAddress
                created.pointee.avail_in = UInt32(count)
                stream = created
                buffered = 0..<0
            }
        }
        if let stream { return try inflate(stream, into: output) }
        if !buffered.isEmpty {
            let count = min(buffered.count, output.count)
            output.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(input)[buffered.lowerBound..<(buffered.lowerBound + count)]))
            buffered = (buffered.lowerBound + count)..<buffered.upperBound
            return count
        }
        return readRaw(into: output)
    }

    private mutating func inflate(_ stream: UnsafeMutablePointer<z_stream>, into output: UnsafeMutableRawBufferPointer) throws -> Int {
        while !finished {
            if stream.pointee.avail_in == 0 {
                let count = readRaw(into: UnsafeMutableRawBufferPointer(input))
                if count == 0 {
                    finished = true
                    if inMember { throw LineReaderError(path: "<gzip>", reason: "truncated gzip data") }
                    break
                }
                stream.pointee.next_in = input.baseAddress
                stream.pointee.avail_in = UInt32(count)
            }
            stream.pointee.next_out = output.baseAddress?.assumingMemoryBound(to: UInt8.self)
            stream.pointee.avail_out = UInt32(output.count)
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            let produced = output.count - Int(stream.pointee.avail_out)
            inMember = true
            if status == Z_STREAM_END {
                // Concatenated gzip members continue after a reset.
                inMember = false
                inflateReset(stream)
            } else if status != Z_OK && status != Z_BUF_ERROR {
                throw LineReaderError(path: "<gzip>", reason: "corrupt gzip data")
            }
            if produced > 0 { return produced }
        }
        return 0
    }

    private func readRaw(into output: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            let count = Glibc.read(descriptor, output.baseAddress, output.count)
            if count < 0, errno == EINTR { continue }
            return max(0, count)
        }
    }
}

/// A file that could not be opened.
public struct LineReaderError: Error, Sendable {
    public var path: String
    public var reason: String
}
