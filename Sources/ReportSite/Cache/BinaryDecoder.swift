import Foundation

/// Reads what `BinaryEncoder` wrote, into any `Decodable`. Every read is checked against the
/// bytes left in its value, so a truncated, damaged or hostile file throws (the cache entry is a
/// miss) and never reads out of bounds nor recurses without end.
struct BinaryDecoder {
    func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let input = try BinaryInput(data)
        let value = try input.value(T.self, input.root)
        // A check that could not throw (allKeys, contains, count) met bad bytes.
        guard !input.damaged else { throw DecodingError.damaged("malformed container") }
        return value
    }
}

/// A value's content: `count` bytes from `start`; a count of -1 is nil.
struct BinarySlot {
    let start: Int
    let count: Int

    var isNil: Bool { count < 0 }
    var end: Int { start + max(count, 0) }
}

/// The bytes of one decoding (a copy the decoders hold on to), the key table, and the hint
/// that lets a keyed container find the key after the one it just read without searching.
final class BinaryInput {
    private let base: UnsafeMutableRawPointer
    private let size: Int
    private(set) var keys: [String] = []
    private(set) var root = BinarySlot(start: 0, count: -1)
    /// The keyed container (by its start) that last read an entry, and where the next entry begins:
    /// `Codable` reads fields in the order it wrote them.
    private(set) var hintOwner = -1
    private(set) var hintNext = 0
    /// Set when a non-throwing call met bad bytes; the decoding then fails.
    var damaged = false
    private var depth = 0

    init(_ data: Data) throws {
        size = data.count
        base = UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 8)
        data.withUnsafeBytes { bytes in
            if let source = bytes.baseAddress { base.copyMemory(from: source, byteCount: size) }
        }
        var at = 0
        guard size >= BinaryFormat.magic.count,
              BinaryFormat.magic.indices.allSatisfy({ base.load(fromByteOffset: $0, as: UInt8.self) == BinaryFormat.magic[$0] }) else {
            throw DecodingError.damaged("not the build cache's binary format")
        }
        at = BinaryFormat.magic.count
        let count = try varint(&at, size)
        // Each key takes at least its length byte.
        guard count <= UInt64(size - at) else { throw DecodingError.damaged("key table longer than the file") }
        var keys: [String] = []
        keys.reserveCapacity(Int(count))
        for _ in 0..<count {
            let length = try varint(&at, size)
            guard length <= UInt64(size - at) else { throw DecodingError.damaged("key longer than the file") }
            keys.append(try string(BinarySlot(start: at, count: Int(length))))
            at += Int(length)
        }
        self.keys = keys
        root = try slot(&at, size)
        guard at == size else { throw DecodingError.damaged("bytes after the value") }
    }

    deinit { base.deallocate() }

    func hint(_ owner: Int, _ next: Int) {
        hintOwner = owner
        hintNext = next
    }

    // MARK: structure

    func varint(_ at: inout Int, _ limit: Int) throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard at < limit, shift < 64 else { throw DecodingError.damaged("truncated number") }
            let byte = base.load(fromByteOffset: at, as: UInt8.self)
            at += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    /// The slot at `at`, which must end by `limit`; `at` moves past it.
    func slot(_ at: inout Int, _ limit: Int) throws -> BinarySlot {
        let header = try varint(&at, limit)
        if header == 0 { return BinarySlot(start: at, count: -1) }
        guard header - 1 <= UInt64(limit - at) else { throw DecodingError.damaged("value longer than its container") }
        let slot = BinarySlot(start: at, count: Int(header - 1))
        at += slot.count
        return slot
    }

    func keyNumber(_ at: inout Int, _ limit: Int) throws -> Int {
        let number = try varint(&at, limit)
        guard number < UInt64(keys.count) else { throw DecodingError.damaged("unknown key") }
        return Int(number)
    }

    /// Decodes a `Decodable` from `slot`, one level deeper.
    func value<T: Decodable>(_ type: T.Type, _ slot: BinarySlot) throws -> T {
        guard depth < BinaryFormat.maximumDepth else { throw DecodingError.damaged("values nested too deep") }
        depth += 1
        defer { depth -= 1 }
        if let dictionary = dictionaryType(T.self) {
            guard let value = try dictionary.decode(from: self, slot) as? T else { throw DecodingError.damaged("not a \(T.self)") }
            return value
        }
        return try T(from: BinarySlotDecoder(input: self, start: slot.start, count: slot.count))
    }

    /// Which types are string-keyed dictionaries, remembered by type: asking the runtime
    /// (a conformance lookup) for every value cost more than the shortcut saves.
    private var known: [(type: ObjectIdentifier?, dictionary: (any BinaryStringKeyedDictionary.Type)?)] = Array(repeating: (nil, nil), count: 64)

    private func dictionaryType<T>(_ type: T.Type) -> (any BinaryStringKeyedDictionary.Type)? {
        let id = ObjectIdentifier(type)
        let bits = UInt(bitPattern: id)
        let index = Int((bits >> 4 ^ bits >> 10) & 63)
        if known[index].type == id { return known[index].dictionary }
        let dictionary = type as? any BinaryStringKeyedDictionary.Type
        known[index] = (id, dictionary)
        return dictionary
    }

    // MARK: primitives

    func fixed<I: FixedWidthInteger>(_ slot: BinarySlot, _ type: I.Type) throws -> I {
        guard slot.count == MemoryLayout<I>.size else {
            throw DecodingError.typeMismatch(I.self, .init(codingPath: [], debugDescription: slot.isNil ? "nil" : "\(slot.count) bytes"))
        }
        return I(littleEndian: base.loadUnaligned(fromByteOffset: slot.start, as: I.self))
    }

    func bool(_ slot: BinarySlot) throws -> Bool {
        switch try fixed(slot, UInt8.self) {
        case 0: return false
        case 1: return true
        default: throw DecodingError.damaged("not a Bool")
        }
    }

    func int(_ slot: BinarySlot) throws -> Int {
        guard let value = Int(exactly: try fixed(slot, Int64.self)) else { throw DecodingError.damaged("Int out of range") }
        return value
    }

    func uint(_ slot: BinarySlot) throws -> UInt {
        guard let value = UInt(exactly: try fixed(slot, UInt64.self)) else { throw DecodingError.damaged("UInt out of range") }
        return value
    }

    func double(_ slot: BinarySlot) throws -> Double { Double(bitPattern: try fixed(slot, UInt64.self)) }
    func float(_ slot: BinarySlot) throws -> Float { Float(bitPattern: try fixed(slot, UInt32.self)) }

    /// Valid UTF-8 only: a damaged string is a damaged entry, not a page with U+FFFD in it.
    func string(_ slot: BinarySlot) throws -> String {
        guard !slot.isNil else { throw DecodingError.typeMismatch(String.self, .init(codingPath: [], debugDescription: "nil")) }
        let bytes = UnsafeRawBufferPointer(start: base + slot.start, count: slot.count)
        // String(validating:) is not specialized for UTF-8 and costs a metadata lookup per
        // string; decoding repairs invalid UTF-8, which then differs from the bytes it came from.
        var text = String(decoding: bytes, as: UTF8.self)
        let intact = text.withUTF8 { utf8 in
            guard utf8.count == bytes.count, let a = utf8.baseAddress, let b = bytes.baseAddress else { return utf8.count == bytes.count }
            return memcmp(a, b, bytes.count) == 0
        }
        guard intact else { throw DecodingError.damaged("invalid UTF-8") }
        return text
    }
}

/// String-keyed dictionaries are read straight from their entries, the key table's strings
/// used as they are: the standard `Dictionary.init(from:)` goes through `allKeys`, which boxes
/// and casts every key and then searches for it — 40 % of a cached outcome's decoding, whose
/// histories hold a dictionary per creator and month. Same result: entries in order, a later
/// duplicate replacing an earlier one.
protocol BinaryStringKeyedDictionary {
    static func decode(from input: BinaryInput, _ slot: BinarySlot) throws -> Self
}

extension Dictionary: BinaryStringKeyedDictionary where Key == String, Value: Decodable {
    static func decode(from input: BinaryInput, _ slot: BinarySlot) throws -> Self {
        guard !slot.isNil else { throw DecodingError.valueNotFound(Self.self, .init(codingPath: [], debugDescription: "nil")) }
        var result: [String: Value] = [:]
        var at = slot.start
        while at < slot.end {
            let number = try input.keyNumber(&at, slot.end)
            let value = try input.slot(&at, slot.end)
            result[input.keys[number]] = try input.value(Value.self, value)
        }
        return result
    }
}
