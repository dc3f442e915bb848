import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of the site, opened when its request is answered and read while it is sent, a chunk
/// at a time: memory does not grow with the file's size or with parallel downloads. Holding
/// the descriptor keeps the bytes and the length sent together even when a rebuild replaces
/// the file meanwhile (the build renames new files over old ones; the open one stays whole).
final class OpenFile: Sendable {
    enum Failure: Error, Equatable {
        /// Not there, or not a regular file.
        case missing
        /// The process has no descriptor left (EMFILE, ENFILE): try again later.
        case exhausted
    }

    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32
    /// The size when opened: the Content-Length sent.
    let size: Int

    init(path: String) throws(Failure) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw errno == EMFILE || errno == ENFILE ? .exhausted : .missing }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .missing
        }
        descriptor = fd
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Up to `count` bytes at `offset`; throws when the file ends before `size` (it was
    /// truncated in place), so a response never sends fewer bytes than it announced.
    func read(at offset: Int, count: Int) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var n: Int
            repeat { n = pread(descriptor, buffer.baseAddress, count, off_t(offset)) } while n < 0 && errno == EINTR
            initialized = max(n, 0)
            if n < 0 { throw ReadError(description: String(cString: strerror(errno))) }
            if n == 0 && count > 0 { throw ReadError(description: "the file is shorter than when it was opened") }
        }
    }

    /// The whole file (a page, before the reload script is added to it).
    func readAll() throws -> Data {
        var data = Data(capacity: size)
        while data.count < size {
            data.append(contentsOf: try read(at: data.count, count: min(size - data.count, Self.chunk)))
        }
        return data
    }

    /// The body of a response: the file's bytes, read as they are sent.
    var body: HTTPBodySequence {
        HTTPBodySequence(from: Bytes(file: self), count: size, suggestedBufferSize: Self.chunk)
    }

    /// Bytes read per chunk sent.
    static let chunk = 64 * 1024

    struct Bytes: AsyncBufferedSequence {
        typealias Element = UInt8
        let file: OpenFile

        func makeAsyncIterator() -> Iterator { Iterator(file: file) }

        struct Iterator: AsyncBufferedIteratorProtocol {
            let file: OpenFile
            /// Bytes read so far; never beyond `file.size`.
            private(set) var offset = 0

            init(file: OpenFile) { self.file = file }

            mutating func next() async throws -> UInt8? {
                try await nextBuffer(suggested: 1)?.first
            }

            mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
                guard offset < file.size else { return nil }
                let chunk = try file.read(at: offset, count: Swift.min(Swift.max(count, 1), file.size - offset, 1 << 20))
                offset += chunk.count
                return chunk
            }
        }
    }
}
