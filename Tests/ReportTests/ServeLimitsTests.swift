import FlyingFox
import Foundation
import ReportCore
@testable import ReportServe
import ReportSite
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `report serve` refuses and survives (issue 21, point 6): a foreign Host (DNS
/// rebinding), oversized request heads, files larger than memory should hold, and running out
/// of file descriptors. Through real sockets on 127.0.0.1, like ServeTests.
@Suite(.serialized) struct ServeLimitsTests {
    // MARK: - Host

    @Test func onlyTheLoopbackNamesOfThePortAreAnswered() async throws {
        let preview = try await ServeTests.Preview()
        let port = preview.port
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LocalHost:\(port)"] {
            let reply = try await RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
            #expect(reply.status == 200, "\(host)")
        }
        // A page of evil.example whose name now resolves to 127.0.0.1, another port, another
        // name of the machine, or no name at all: 421, before any file or the long poll.
        let other = port == 65_535 ? port - 1 : port + 1
        let refused = ["evil.example:\(port)", "evil.example", "127.0.0.1", "localhost", "127.0.0.1:\(other)",
                       "127.0.0.1.nip.io:\(port)", "[::1]:\(port)", "0.0.0.0:\(port)", "127.0.0.2:\(port)", ""]
        for host in refused {
            for target in ["/", "/__report/wait?since=x", "/robots.txt"] {
                let reply = try await RawHTTP.exchange(port: port, "GET \(target) HTTP/1.1\r\nHost: \(host)\r\n\r\n")
                #expect(reply.status == 421, "Host: \(host) \(target)")
                #expect(reply.headers["content-type"] == "text/plain; charset=utf-8")
                #expect(reply.body.contains("http://127.0.0.1:\(port)/") && !reply.body.contains("<"), "a short plain text")
                #expect(reply.closed, "the connection is closed after a refusal")
            }
        }
        let missing = try await RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
        #expect(missing.status == 421, "HTTP/1.1 without Host")
        let twice = try await RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nHost: evil.example\r\n\r\n")
        #expect(twice.status == 400)
        // HTTP/1.0 has no Host to require, but a wrong one is still refused.
        #expect(try await RawHTTP.exchange(port: port, "GET / HTTP/1.0\r\n\r\n").status == 200)
        #expect(try await RawHTTP.exchange(port: port, "GET / HTTP/1.0\r\nHost: evil.example\r\n\r\n").status == 421)
        await preview.stop()
    }

    @Test func theHostCheckItself() {
        #expect(HostCheck.allows("127.0.0.1:8000", port: 8000))
        #expect(HostCheck.allows("LOCALHOST:8000", port: 8000))
        #expect(!HostCheck.allows("localhost:8000", port: 8001))
        #expect(!HostCheck.allows("localhost", port: 8000))
        #expect(HostCheck.allows("localhost", port: 80), "port 80 is left out of Host")
        #expect(!HostCheck.allows("localhost.:8000", port: 8000))
        #expect(!HostCheck.allows("127.0.0.1:8000 ", port: 8000))
        #expect(!HostCheck.allows("user@127.0.0.1:8000", port: 8000))
    }

    // MARK: - Bounded heads

    @Test func oversizedHeadsAreRefusedAndTheConnectionClosed() async throws {
        let preview = try await ServeTests.Preview()
        let port = preview.port
        let host = "Host: 127.0.0.1:\(port)\r\n"
        // A 64 KiB request line: 414 once 8 KiB were read, not after reading it all.
        let line = try await RawHTTP.exchange(port: port, "GET /" + String(repeating: "a", count: 64 * 1024) + " HTTP/1.1\r\n" + host + "\r\n")
        #expect(line.status == 414)
        #expect(line.headers["content-type"] == "text/plain; charset=utf-8" && line.headers["connection"] == "close")
        #expect(line.closed)
        // Many headers: 431.
        let fields = (0..<200).map { "X-Filler-\($0): " + String(repeating: "b", count: 60) + "\r\n" }.joined()
        let headers = try await RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\n" + host + fields + "\r\n")
        #expect(headers.status == 431)
        #expect(headers.closed)
        // One header line without end.
        let endless = try await RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\n" + host + "X-Long: " + String(repeating: "c", count: 100_000))
        #expect(endless.status == 431)
        // Under the bound: answered.
        let under = (0..<90).map { "X-Filler-\($0): " + String(repeating: "b", count: 60) + "\r\n" }.joined()
        #expect(try await RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\n" + host + under + "Connection: close\r\n\r\n").status == 200)
        // Malformed heads: 400, or 505 for another HTTP version.
        #expect(try await RawHTTP.exchange(port: port, "GET  / HTTP/1.1\r\n" + host + "\r\n").status == 400)
        #expect(try await RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\n" + host + "X-Bad : 1\r\n\r\n").status == 400)
        #expect(try await RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\n" + host + " folded\r\n\r\n").status == 400)
        #expect(try await RawHTTP.exchange(port: port, "GET /\u{7F} HTTP/1.1\r\n" + host + "\r\n").status == 400)
        #expect(try await RawHTTP.exchange(port: port, "GET / HTTP/2.0\r\n" + host + "\r\n").status == 505)
        #expect(try await preview.get("/").status == 200, "still serving")
        await preview.stop()
    }

    @Test func theHeadBufferLooksAtEachByteOnceAndStopsAtTheLimit() {
        // Byte by byte, then a second (pipelined) head already in the buffer.
        var buffer = HeadBuffer()
        let two = Array("\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\nHost: x\n\n".utf8)
        var heads: [String] = []
        for byte in two {
            buffer.append([byte])
            while case let .head(head) = buffer.next() { heads.append(String(decoding: head, as: UTF8.self)) }
        }
        #expect(heads == ["GET /a HTTP/1.1\r\nHost: x\r\n\r\n", "GET /b HTTP/1.1\nHost: x\n\n"])
        #expect(buffer.isEmpty)
        // Exactly at the limit: a head; one byte more: too large.
        let start = "GET / HTTP/1.1\r\nX: "
        let exact = start + String(repeating: "a", count: HeadBuffer.limit - start.utf8.count - 4) + "\r\n\r\n"
        var fits = HeadBuffer()
        fits.append(Array(exact.utf8))
        #expect(fits.next() == .head(Array(exact.utf8)))
        var over = HeadBuffer()
        over.append(Array((start + String(repeating: "a", count: HeadBuffer.limit - start.utf8.count - 3) + "\r\n\r\n").utf8))
        #expect(over.next() == .tooLarge(requestLine: false))
        var line = HeadBuffer()
        line.append(Array(("GET /" + String(repeating: "a", count: HeadBuffer.limit)).utf8))
        #expect(line.next() == .tooLarge(requestLine: true))
    }

    @Test func requestHeadsAreParsedStrictly() throws {
        let head = try RequestHead.parse(Array("GET /a?b=c HTTP/1.1\r\nHost:  127.0.0.1:1 \r\nX-Two: 1\r\nx-two: 2\r\n\r\n".utf8)).get()
        #expect(head.method == "GET" && head.target == "/a?b=c" && head.isHTTP11)
        #expect(head.value("host") == "127.0.0.1:1")
        #expect(head.values("x-two") == ["1", "2"])
        for bad in ["GET /\r\n\r\n", "GET / HTTP/1.1 x\r\n\r\n", "G@T / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nNo colon\r\n\r\n",
                    "GET / HTTP/1.1\r\n: empty\r\n\r\n", "GET / HTTP/1.1\r\nA: b\u{1}\r\n\r\n", "GET /é HTTP/1.1\r\n\r\n"] {
            guard case .failure(.badRequest) = RequestHead.parse(Array(bad.utf8)) else {
                Issue.record("accepted \(bad.debugDescription)")
                continue
            }
        }
        #expect(RequestHead.parse(Array("GET / HTTP/3\r\n\r\n".utf8)) == .failure(.versionNotSupported))
    }

    @Test func keepAliveAndPipelinedRequestsAreAnsweredInOrder() async throws {
        let preview = try await ServeTests.Preview()
        let port = preview.port
        let host = "Host: localhost:\(port)\r\n"
        let reply = try await RawHTTP.exchange(port: port, "GET /robots.txt HTTP/1.1\r\n" + host + "\r\nGET /nothing HTTP/1.1\r\n" + host + "\r\nHEAD / HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n")
        let text = String(decoding: reply.raw, as: UTF8.self)
        let statuses = text.components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix(3) }
        #expect(statuses == ["200", "404", "200"])
        #expect(reply.closed)
        // A request with a body (none is expected) is answered, then the connection closed.
        let post = try await RawHTTP.exchange(port: port, "POST / HTTP/1.1\r\n" + host + "Content-Length: 5\r\n\r\nhelloGET / HTTP/1.1\r\n" + host + "\r\n")
        #expect(post.status == 405 && post.closed)
        #expect(String(decoding: post.raw, as: UTF8.self).components(separatedBy: "HTTP/1.1 ").count == 2, "the body is not read as a request")
        await preview.stop()
    }

    // MARK: - Streamed files

    @Test func largeFilesAreSentByteForByte() async throws {
        let preview = try await ServeTests.Preview()
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<(3 << 20) + 12_345).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let url = preview.output.appendingPathComponent("downloads/big.bin")
        try bytes.write(to: url)
        let reply = try await preview.get("/downloads/big.bin")
        #expect(reply.status == 200)
        #expect(reply.headers["content-length"] == String(bytes.count))
        #expect(reply.headers["content-type"] == "application/octet-stream")
        #expect(reply.data == bytes)
        let head = try await preview.get("/downloads/big.bin", method: "HEAD")
        #expect(head.status == 200 && head.data.isEmpty && head.headers["content-length"] == String(bytes.count))
        await preview.stop()
    }

    /// The body is read from the file while it is sent, not loaded when the request is
    /// answered: bytes written into the file in place after the answer are the ones sent.
    @Test func aFileIsReadWhileItIsSentNotBefore() async throws {
        let temp = TemporaryFolder()
        let size = 2 << 20
        let file = temp.url.appendingPathComponent("data.csv")
        try Data(repeating: UInt8(ascii: "a"), count: size).write(to: file)
        let handler = LiveHandler(site: LiveSite(root: temp.url))
        let request = HTTPRequest(method: .GET, version: .http11, target: .init(path: "/data.csv", query: ""), headers: [:], body: HTTPBodySequence())
        let response = try await handler.handleRequest(request)
        #expect(response.statusCode == .ok)
        #expect(response.headers[.contentLength] == nil, "the length comes from the body")
        guard case let .httpBody(body) = response.payload else {
            Issue.record("no body")
            return
        }
        #expect(body.count == size)
        let handle = try FileHandle(forUpdating: file)
        try handle.write(contentsOf: Data(repeating: UInt8(ascii: "b"), count: size))
        try handle.close()
        var received = Data()
        var chunks = 0
        for try await chunk in body {
            received.append(chunk)
            chunks += 1
            #expect(chunk.count <= OpenFile.chunk)
        }
        #expect(received == Data(repeating: UInt8(ascii: "b"), count: size))
        #expect(chunks == size / OpenFile.chunk)
        // Replaced by a rebuild (a new file renamed over it) meanwhile: the opened one is sent whole.
        let again = try await handler.handleRequest(request)
        let replacement = temp.url.appendingPathComponent("new.csv")
        try Data("short".utf8).write(to: replacement)
        #expect(rename(replacement.path, file.path) == 0)
        #expect(try await again.bodyData == Data(repeating: UInt8(ascii: "b"), count: size))
    }

    // MARK: - Descriptors

    /// `report serve` under a hard limit of 128 descriptors and a soft one of 64: it raises the
    /// soft limit to 128, then 200 connections take every descriptor; once they are closed, a
    /// request is answered as usual.
    @Test func theCommandSurvivesRunningOutOfDescriptors() async throws {
        let exe = try #require(CommandLineTests.executable, "the report executable is built by swift test")
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -S -n 64 && ulimit -H -n 128 && exec \"$0\" serve \"$1\" --port 0 --output \"$2\"",
                             exe.path, project.path, temp.url.appendingPathComponent("site").path]
        process.environment = ProcessInfo.processInfo.environment.merging(["REPORT_RESOURCES": Repo.root.path]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        let stderr = ServeTests.EventLog.Text()
        err.fileHandleForReading.readabilityHandler = { stderr.append($0.availableData) }
        try process.run()
        defer {
            process.terminate()
            let stopBy = Date().addingTimeInterval(5)
            while process.isRunning, Date() < stopBy { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        let deadline = ContinuousClock.now + ServeTests.patience
        var found: UInt16?
        while found == nil, process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            if let range = stderr.text.range(of: "report: serving http://127.0.0.1:") {
                found = UInt16(stderr.text[range.upperBound...].prefix { $0.isNumber })
            }
        }
        let port = try #require(found, "no address on stderr: \(stderr.text)")
        let pid = process.processIdentifier
        let procfs = FileManager.default.fileExists(atPath: "/proc/\(pid)/limits")
        if procfs {
            let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
            let line = limits.split(separator: "\n").first { $0.hasPrefix("Max open files") }.map(String.init) ?? ""
            #expect(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst(3).prefix(2) == ["128", "128"], "soft limit raised: \(line)")
        }
        // More connections than descriptors; the server accepts until it has none left.
        var clients: [Int32] = []
        defer { for fd in clients { close(fd) } }
        for _ in 0..<200 {
            guard let fd = RawHTTP.connect(port: port) else { break }
            clients.append(fd)
        }
        #expect(clients.count > 128, "connected \(clients.count)")
        if procfs {
            var open = 0
            let by = ContinuousClock.now + .seconds(10)
            while open < 128, ContinuousClock.now < by {
                open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").count) ?? 0
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(open == 128, "the server used every descriptor it has")
        }
        for fd in clients { close(fd) }
        clients = []
        let reply = try await RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        #expect(reply.status == 200)
        #expect(reply.body.contains("<script id=\"__report-live\">"))
        #expect(!reply.body.contains("__report-errors"), "no failed rebuild while descriptors were out")
        #expect(process.isRunning)
    }
}

/// Bytes sent as given, the reply read to the end (or for at most 10 s).
struct RawHTTP {
    let status: Int
    let headers: [String: String]
    let body: String
    let raw: [UInt8]
    /// The server closed the connection (rather than the read timing out).
    let closed: Bool

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A connected blocking socket, or nil; connect and reads time out.
    static func connect(port: UInt16, seconds: Int = 10) -> Int32? {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return nil }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { cConnect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    static func exchange(port: UInt16, _ request: String) async throws -> RawHTTP {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try blockingExchange(port: port, Array(request.utf8)) })
            }
        }
    }

    private static func blockingExchange(port: UInt16, _ request: [UInt8]) throws -> RawHTTP {
        guard let fd = connect(port: port) else { throw Failure(description: "connect: errno \(errno)") }
        defer { close(fd) }
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        // The server may answer and stop reading before everything is sent: not an error here.
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, flags) }
            if n <= 0 { break }
            sent += n
        }
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var closed = false
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n == 0 { closed = true; break }
            if n < 0 {
                // A reset after the answer also ends the connection.
                closed = errno == ECONNRESET
                break
            }
            received += buffer[0..<n]
        }
        let separator = Array("\r\n\r\n".utf8)
        guard received.count >= 4, let end = (0...(received.count - 4)).first(where: { Array(received[$0..<$0 + 4]) == separator }) else {
            throw Failure(description: "no header end in \(received.count) bytes")
        }
        let lines = String(decoding: received[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure(description: "bad status line \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return RawHTTP(status: status, headers: headers, body: String(decoding: received[(end + 4)...], as: UTF8.self), raw: received, closed: closed)
    }
}

/// `connect` of the C library (RawHTTP has a `connect` of its own).
private func cConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    #if canImport(Glibc)
    Glibc.connect(fd, address, length)
    #else
    Darwin.connect(fd, address, length)
    #endif
}
