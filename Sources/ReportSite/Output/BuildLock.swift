import Foundation
import ReportCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock beside the output (`.<output>.lock`): builds of one output — several
/// `report build` at once, or `report serve` rebuilding while `report build` runs — take
/// turns instead of swapping folders under each other. The lock is the kernel's (flock), so
/// a build killed with `kill -9` releases it; the file stays, empty.
public final class BuildLock: Sendable {
    private let descriptor: Int32

    /// Waits for the lock; `waiting` is told once when another build holds it.
    public init(output: URL, waiting: () -> Void = {}) throws(Diagnostic) {
        let parent = output.deletingLastPathComponent()
        let path = parent.appendingPathComponent(".\(output.lastPathComponent).lock").path
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .error(parent.path, 0, "cannot create the folder of the output: \(error.localizedDescription)")
        }
        // Never through a link: the lock file is the tool's own.
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .error(path, 0, "cannot open the build lock: \(String(cString: strerror(errno)))")
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    close(fd)
                    throw .error(path, 0, "cannot take the build lock: \(String(cString: strerror(errno)))")
                }
            }
        }
        descriptor = fd
    }

    deinit {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
