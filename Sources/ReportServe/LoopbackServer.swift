import FlyingFox
import FlyingSocks
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The HTTP/1.1 side of `report serve`: listens on 127.0.0.1 only and hands each request to a
/// FlyingFox `HTTPHandler`, on FlyingSocks' sockets and event pool.
///
/// FlyingFox's own `HTTPServer` (0.27) is not used because what the preview needs lies inside
/// it, with no setting: its accept loop ends the server on the first accept error (EMFILE when
/// descriptors run out, so the preview stopped listening for good); its request decoder is
/// quadratic in a line's length and unbounded (see `HeadBuffer`); and a connection cannot be
/// checked (Host) before the decoder has read it. So this server:
/// - backs off and retries when accept fails, and never stops listening until `stop()`;
/// - reads each head through `HeadBuffer` (8 KiB, linear), answering 414 or 431 beyond it;
/// - answers only requests whose Host is `127.0.0.1:<port>` or `localhost:<port>` (421 otherwise);
/// - bounds the time a head may take (an idle keep-alive connection included) and the time
///   each chunk of a response may wait for the client, so silent clients free their descriptors;
/// - sends bodies chunk by chunk (`OpenFile` streams files), with Content-Length.
/// Requests with a body (the preview has no use for one) are answered and the connection
/// closed, so an unread body is never taken for the next request.
final class LoopbackServer: Sendable {
    struct Limits: Sendable {
        /// For a whole request head, counted from when the server starts waiting for it.
        var headSeconds: Double = 15
        /// For each chunk of a response to be taken by the client.
        var writeSeconds: Double = 30
    }

    let handler: any HTTPHandler
    let limits: Limits
    private let pool: any AsyncSocketPool = HTTPServer.defaultPool()
    private struct Running {
        let listener: Socket
        let accepting: Task<Void, Never>
        let polling: Task<Void, Never>
    }
    private let running = Mutex<Running?>(nil)

    init(handler: some HTTPHandler, limits: Limits = Limits()) {
        self.handler = handler
        self.limits = limits
    }

    /// Binds 127.0.0.1:`port` (0: any free port) and starts answering; returns the port.
    func start(port: UInt16) async throws(ServeError) -> UInt16 {
        let listener: Socket
        let bound: UInt16
        do {
            listener = try Socket(domain: AF_INET)
        } catch {
            throw .cannotListen(port: port, reason: Self.reason(error))
        }
        do {
            try listener.setValue(true, for: .localAddressReuse)
            #if canImport(Darwin)
            try listener.setValue(true, for: .noSIGPIPE)
            #endif
            try listener.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            try listener.listen()
            try listener.setFlags(.nonBlocking)
            guard case let .ip4(_, actual) = try listener.sockname() else { throw ServeError.cannotListen(port: port, reason: "no address") }
            bound = actual
            try await pool.prepare()
        } catch {
            try? listener.close()
            throw .cannotListen(port: port, reason: Self.reason(error))
        }
        let pool = self.pool
        let polling = Task { _ = try? await pool.run() }
        let accepting = Task { await self.acceptLoop(listener, port: bound) }
        running.withLock { $0 = Running(listener: listener, accepting: accepting, polling: polling) }
        return bound
    }

    /// Stops listening and ends every connection.
    func stop() async {
        guard let run = running.withLock({ state -> Running? in defer { state = nil }; return state }) else { return }
        run.accepting.cancel()
        await run.accepting.value
        try? run.listener.close()
        run.polling.cancel()
        await run.polling.value
    }

    private static func reason(_ error: any Error) -> String {
        if case let SocketError.failed(_, _, message) = error { return message }
        if let error = error as? ServeError, case let .cannotListen(_, reason) = error { return reason }
        return error.localizedDescription
    }

    // MARK: - Accepting

    /// Accepts until cancelled. An accept that fails — EMFILE or ENFILE when descriptors ran
    /// out, ECONNABORTED, ENOBUFS… — is retried after a pause that doubles up to half a second
    /// (the listening socket stays readable while the queue holds connections, so an immediate
    /// retry would spin); the pause ends at the first success. Connections wait in the
    /// kernel's queue meanwhile and are answered once descriptors are free again.
    private func acceptLoop(_ listener: Socket, port: UInt16) async {
        await withDiscardingTaskGroup { group in
            var pause = Duration.milliseconds(5)
            while !Task.isCancelled {
                let file: Socket.FileDescriptor
                do {
                    file = try listener.accept().file
                } catch SocketError.blocked {
                    do {
                        try await pool.suspendSocket(listener, untilReadyFor: .connection)
                    } catch {
                        if !Task.isCancelled { try? await Task.sleep(for: pause) }
                    }
                    continue
                } catch {
                    try? await Task.sleep(for: pause)
                    pause = min(pause * 2, .milliseconds(500))
                    continue
                }
                pause = .milliseconds(5)
                let socket = Socket(file: file)
                #if canImport(Darwin)
                try? socket.setValue(true, for: .noSIGPIPE)
                #endif
                guard let client = try? AsyncSocket(socket: socket, pool: pool) else {
                    try? socket.close()
                    continue
                }
                group.addTask { await self.serve(client, port: port) }
            }
        }
    }

    // MARK: - A connection

    private enum Read {
        case head([UInt8])
        /// The client closed, or the server is stopping.
        case closed
        case timedOut(partial: Bool)
        case tooLarge(requestLine: Bool)
    }

    private func serve(_ client: AsyncSocket, port: UInt16) async {
        defer { try? client.close() }
        var buffer = HeadBuffer()
        while !Task.isCancelled {
            let head: [UInt8]
            switch await readHead(client, &buffer) {
            case let .head(bytes):
                head = bytes
            case .closed, .timedOut(partial: false):
                return
            case .timedOut(partial: true):
                return await refuse(client, .requestTimeout, "The request took too long to arrive.")
            case .tooLarge(requestLine: true):
                return await refuse(client, .uriTooLong, "The request line is longer than \(HeadBuffer.limit) bytes.")
            case .tooLarge(requestLine: false):
                return await refuse(client, .requestHeaderFieldsTooLarge, "The request head is longer than \(HeadBuffer.limit) bytes.")
            }
            let request: RequestHead
            switch RequestHead.parse(head) {
            case let .success(parsed):
                request = parsed
            case let .failure(.badRequest(why)):
                return await refuse(client, .badRequest, "Bad request: \(why).")
            case .failure(.versionNotSupported):
                return await refuse(client, .httpVersionNotSupported, "Only HTTP/1.1 and HTTP/1.0 are served.")
            }
            let hosts = request.values("host")
            guard hosts.count <= 1 else { return await refuse(client, .badRequest, "Bad request: more than one Host header.") }
            if let host = hosts.first {
                guard HostCheck.allows(host, port: port) else {
                    return await refuse(client, .misdirectedRequest, "This server answers only http://127.0.0.1:\(port)/ and http://localhost:\(port)/.")
                }
            } else if request.isHTTP11 {
                return await refuse(client, .misdirectedRequest, "This server answers only http://127.0.0.1:\(port)/ and http://localhost:\(port)/ (no Host header).")
            }
            let lengths = request.values("content-length")
            let chunked = !request.values("transfer-encoding").isEmpty
            guard lengths.allSatisfy({ Int($0).map { $0 >= 0 } ?? false }), Set(lengths).count <= 1, !(chunked && !lengths.isEmpty) else {
                return await refuse(client, .badRequest, "Bad request: bad Content-Length.")
            }
            let hasBody = chunked || lengths.contains { $0 != "0" }
            let closes = request.values("connection").joined(separator: ",").lowercased()
                .split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "close" }
            let keepAlive = request.isHTTP11 && !closes && !hasBody
            let response = await answer(request)
            do {
                try await send(response, to: client, head: request.method == "HEAD", keepAlive: keepAlive)
            } catch {
                return
            }
            guard keepAlive else {
                if hasBody { await drainAndClose(client) }
                return
            }
        }
    }

    private func answer(_ head: RequestHead) async -> HTTPResponse {
        let parts = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers = HTTPHeaders()
        for field in head.fields { headers.addValue(field.value, for: HTTPHeader(field.name)) }
        let request = HTTPRequest(method: HTTPMethod(head.method), version: HTTPVersion(head.version),
                                  target: .init(path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : ""),
                                  headers: headers, body: HTTPBodySequence())
        do {
            return try await handler.handleRequest(request)
        } catch {
            return Self.plain(.internalServerError, "The server failed: \(error.localizedDescription)")
        }
    }

    /// Reads until `buffer` holds a whole head, for at most `limits.headSeconds`.
    private func readHead(_ client: AsyncSocket, _ buffer: inout HeadBuffer) async -> Read {
        let deadline = ContinuousClock.now + .seconds(limits.headSeconds)
        while true {
            switch buffer.next() {
            case let .head(head): return .head(head)
            case let .tooLarge(requestLine): return .tooLarge(requestLine: requestLine)
            case .needMore: break
            }
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return .timedOut(partial: !buffer.isEmpty) }
            do {
                buffer.append(try await Self.within(left) { try await client.read(atMost: 4096) })
            } catch is TimedOut {
                return .timedOut(partial: !buffer.isEmpty)
            } catch {
                return .closed
            }
        }
    }

    /// An error answer, then the connection closed.
    private func refuse(_ client: AsyncSocket, _ status: HTTPStatusCode, _ text: String) async {
        guard (try? await send(Self.plain(status, text), to: client, head: false, keepAlive: false)) != nil else { return }
        await drainAndClose(client)
    }

    /// Closing a socket whose unread input is not empty resets the connection, and the client
    /// may then lose the answer it was sent; so the server ends its side, reads what the client
    /// still sends (at most 1 MiB, for at most a second), and only then closes.
    private func drainAndClose(_ client: AsyncSocket) async {
        _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + .seconds(1)
        var drained = 0
        while drained < 1 << 20 {
            let left = deadline - ContinuousClock.now
            guard left > .zero, let chunk = try? await Self.within(left, { try await client.read(atMost: 4096) }) else { return }
            drained += chunk.count
        }
    }

    static func plain(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"], body: Data((text + "\n").utf8))
    }

    // MARK: - Sending

    private func send(_ response: HTTPResponse, to client: AsyncSocket, head: Bool, keepAlive: Bool) async throws {
        guard case let .httpBody(body) = response.payload else {
            return try await send(Self.plain(.internalServerError, "No body."), to: client, head: head, keepAlive: false)
        }
        let code = response.statusCode.code
        let hasBody = !(100..<200).contains(code) && code != 204 && code != 304
        var headers = response.headers
        // Without a known length the end of the body is the end of the connection.
        let keepAlive = keepAlive && (!hasBody || headers[.contentLength] != nil || body.count != nil)
        if hasBody, headers[.contentLength] == nil, let count = body.count { headers[.contentLength] = String(count) }
        if !hasBody { headers[.contentLength] = nil }
        headers[.connection] = keepAlive ? nil : "close"
        var text = "HTTP/1.1 \(code) \(Self.clean(response.statusCode.phrase))\r\n"
        for (name, value) in headers.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            text += "\(Self.clean(name.rawValue)): \(Self.clean(value))\r\n"
        }
        text += "\r\n"
        try await write(Data(text.utf8), to: client)
        guard hasBody, !head else { return }
        for try await chunk in body {
            try await write(chunk, to: client)
        }
        if !keepAlive { _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR)) }
    }

    private func write(_ data: Data, to client: AsyncSocket) async throws {
        try await Self.within(.seconds(limits.writeSeconds)) { try await client.write(data) }
    }

    /// A header line never ends early: line breaks in a value (none is expected) become spaces.
    private static func clean(_ s: String) -> String {
        s.contains(where: { $0 == "\r" || $0 == "\n" }) ? s.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") : s
    }

    struct TimedOut: Error {}

    /// `body`'s result, or `TimedOut` when it takes longer than `limit` (it is then cancelled:
    /// a socket waiting in the pool is resumed with an error).
    static func within<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try? await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw TimedOut() }
            return value
        }
    }
}

/// The soft limit on open descriptors is often low (256 by default on macOS, 1024 on many
/// Linux systems) while the hard limit is far higher; each connection of the preview takes one,
/// and a downloaded file one more. The command raises the soft limit to the hard one at start
/// (macOS refuses more than OPEN_MAX, so that is tried next). Nothing in the preview uses
/// select(), whose sets stop at 1024: FlyingSocks waits with epoll or kqueue.
public enum DescriptorLimit {
    /// The soft limit afterwards (unchanged when it could not be raised), and the hard one.
    @discardableResult
    public static func raise() -> (soft: UInt64, hard: UInt64)? {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return nil }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(resource, &raised) == 0 {
                limit = raised
            } else {
                #if canImport(Darwin)
                raised.rlim_cur = min(limit.rlim_max, rlim_t(OPEN_MAX))
                if raised.rlim_cur > limit.rlim_cur, setrlimit(resource, &raised) == 0 { limit = raised }
                #endif
            }
        }
        return (UInt64(limit.rlim_cur), UInt64(limit.rlim_max))
    }

    #if canImport(Glibc)
    private static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let resource = RLIMIT_NOFILE
    #endif
}
