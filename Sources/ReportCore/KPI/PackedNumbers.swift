/// Numbers written as one comma-separated string for the build cache: a campaign holds
/// thousands of totals, and one string per value decodes many times faster than one JSON node
/// per field. Doubles are written as their bit pattern in hex, so a cached build computes
/// exactly what a clean one does and reading one costs no decimal parsing.
public struct PackedNumbers: Sendable {
    private var bytes: [UInt8] = []

    public init() {}

    private mutating func separate() { if !bytes.isEmpty { bytes.append(UInt8(ascii: ",")) } }

    public mutating func add(_ value: Double) {
        separate()
        bytes += String(value.bitPattern, radix: 16).utf8
    }

    public mutating func add(_ value: Int) {
        separate()
        bytes += String(value).utf8
    }

    public mutating func add(_ value: Bool) { add(value ? 1 : 0) }

    /// `-` for nil.
    public mutating func add(_ value: Double?) {
        guard let value else { separate(); bytes.append(UInt8(ascii: "-")); return }
        add(value)
    }

    public mutating func add(_ value: Int?) {
        guard let value else { separate(); bytes.append(UInt8(ascii: "-")); return }
        add(value)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Reads the numbers back in the order they were added; a malformed or short string throws,
    /// and the cache entry counts as missing.
    public struct Reader {
        private let bytes: [UInt8]
        private var next = 0

        public init(_ text: String) { bytes = Array(text.utf8) }

        public var isAtEnd: Bool { next >= bytes.count }

        /// The next field's bytes, nil for `-`.
        private mutating func field() throws(PackedNumbers.Malformed) -> ArraySlice<UInt8>? {
            guard next <= bytes.count, !bytes.isEmpty else { throw Malformed() }
            var end = next
            while end < bytes.count, bytes[end] != UInt8(ascii: ",") { end += 1 }
            defer { next = end + 1 }
            let slice = bytes[next..<end]
            if slice.count == 1, slice.first == UInt8(ascii: "-") { return nil }
            guard !slice.isEmpty else { throw Malformed() }
            return slice
        }

        private static func hex(_ slice: ArraySlice<UInt8>) throws(PackedNumbers.Malformed) -> UInt64 {
            guard slice.count <= 16 else { throw Malformed() }
            var v: UInt64 = 0
            for b in slice {
                let digit: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
                default: throw Malformed()
                }
                v = v << 4 | UInt64(digit)
            }
            return v
        }

        private static func decimal(_ slice: ArraySlice<UInt8>) throws(PackedNumbers.Malformed) -> Int {
            var digits = slice[...]
            let negative = digits.first == UInt8(ascii: "-")
            if negative { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.count <= 18 else { throw Malformed() }
            var v = 0
            for b in digits {
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { throw Malformed() }
                v = v * 10 + Int(b - UInt8(ascii: "0"))
            }
            return negative ? -v : v
        }

        public mutating func double() throws(PackedNumbers.Malformed) -> Double {
            guard let f = try field() else { throw Malformed() }
            return Double(bitPattern: try Reader.hex(f))
        }

        public mutating func int() throws(PackedNumbers.Malformed) -> Int {
            guard let f = try field() else { throw Malformed() }
            return try Reader.decimal(f)
        }

        public mutating func bool() throws(PackedNumbers.Malformed) -> Bool { try int() != 0 }

        public mutating func optionalDouble() throws(PackedNumbers.Malformed) -> Double? {
            guard let f = try field() else { return nil }
            return Double(bitPattern: try Reader.hex(f))
        }

        public mutating func optionalInt() throws(PackedNumbers.Malformed) -> Int? {
            guard let f = try field() else { return nil }
            return try Reader.decimal(f)
        }
    }

    public struct Malformed: Error {}
}
