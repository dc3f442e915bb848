/// The `Decoder` of one slot: three words, so passing it to `init(from:)` allocates nothing.
struct BinarySlotDecoder: Decoder {
    let input: BinaryInput
    let start: Int
    let count: Int

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private func content(_ what: String) throws -> Int {
        guard count >= 0 else { throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "nil where \(what) was written")) }
        return start + count
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(BinaryKeyedDecoder<Key>(input: input, start: start, end: try content("a keyed container")))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        BinaryUnkeyedDecoder(input: input, start: start, end: try content("an unkeyed container"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        BinarySingleDecoder(input: input, slot: BinarySlot(start: start, count: count))
    }
}

/// A keyed container: entries found by their key's name, first where the previous read
/// ended (the order `Codable` writes and reads in), else by a walk from the start — so keys
/// read out of order, skipped, or listed (`allKeys`, as enums with payloads do) all work.
struct BinaryKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let input: BinaryInput
    let start: Int
    let end: Int

    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        var keys: [Key] = []
        var at = start
        do {
            while at < end {
                let number = try input.keyNumber(&at, end)
                _ = try input.slot(&at, end)
                if let key = Key(stringValue: input.keys[number]) { keys.append(key) }
            }
        } catch {
            input.damaged = true
        }
        return keys
    }

    func contains(_ key: Key) -> Bool {
        do { return try find(key.stringValue) != nil } catch {
            input.damaged = true
            return false
        }
    }

    /// The entry named `name` and where the entry after it starts.
    private func find(_ name: String) throws -> (slot: BinarySlot, next: Int)? {
        if input.hintOwner == start, input.hintNext < end {
            var at = input.hintNext
            let number = try input.keyNumber(&at, end)
            let slot = try input.slot(&at, end)
            if input.keys[number] == name { return (slot, at) }
        }
        var at = start
        while at < end {
            let number = try input.keyNumber(&at, end)
            let slot = try input.slot(&at, end)
            if input.keys[number] == name { return (slot, at) }
        }
        return nil
    }

    /// The entry of `key`, which must be there; the next read starts after it.
    private func entry(_ key: Key) throws -> BinarySlot {
        guard let (slot, next) = try find(key.stringValue) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no value for \(key.stringValue)"))
        }
        input.hint(start, next)
        return slot
    }

    /// The entry of `key` unless it is absent or nil.
    private func present(_ key: Key) throws -> BinarySlot? {
        guard let (slot, next) = try find(key.stringValue) else { return nil }
        input.hint(start, next)
        return slot.isNil ? nil : slot
    }

    func decodeNil(forKey key: Key) throws -> Bool { try entry(key).isNil }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try input.bool(entry(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try input.string(entry(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try input.double(entry(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try input.float(entry(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try input.int(entry(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try input.fixed(entry(key), Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try input.fixed(entry(key), Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try input.fixed(entry(key), Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try input.fixed(entry(key), Int64.self) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try input.uint(entry(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try input.fixed(entry(key), UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try input.fixed(entry(key), UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try input.fixed(entry(key), UInt32.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try input.fixed(entry(key), UInt64.self) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let (slot, next) = try find(key.stringValue) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no value for \(key.stringValue)"))
        }
        let value = try input.value(T.self, slot)
        // After the value: reading it moved the hint inside it.
        input.hint(start, next)
        return value
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map(input.bool) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map(input.string) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key).map(input.double) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(key).map(input.float) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map(input.int) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present(key).map { try input.fixed($0, Int8.self) } }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present(key).map { try input.fixed($0, Int16.self) } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present(key).map { try input.fixed($0, Int32.self) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(key).map { try input.fixed($0, Int64.self) } }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present(key).map(input.uint) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present(key).map { try input.fixed($0, UInt8.self) } }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present(key).map { try input.fixed($0, UInt16.self) } }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present(key).map { try input.fixed($0, UInt32.self) } }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present(key).map { try input.fixed($0, UInt64.self) } }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let (slot, next) = try find(key.stringValue) else { return nil }
        guard !slot.isNil else {
            input.hint(start, next)
            return nil
        }
        let value = try input.value(T.self, slot)
        input.hint(start, next)
        return value
    }

    private func nested(_ name: String) throws -> BinarySlot {
        guard let (slot, next) = try find(name) else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "no value for \(name)"))
        }
        input.hint(start, next)
        guard !slot.isNil else { throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "nil for \(name)")) }
        return slot
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let slot = try nested(key.stringValue)
        return KeyedDecodingContainer(BinaryKeyedDecoder<NestedKey>(input: input, start: slot.start, end: slot.end))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let slot = try nested(key.stringValue)
        return BinaryUnkeyedDecoder(input: input, start: slot.start, end: slot.end)
    }

    func superDecoder() throws -> any Decoder {
        let slot = try nested("super")
        return BinarySlotDecoder(input: input, start: slot.start, count: slot.count)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        let slot = try nested(key.stringValue)
        return BinarySlotDecoder(input: input, start: slot.start, count: slot.count)
    }
}

/// An unkeyed container: its elements' slots in order.
struct BinaryUnkeyedDecoder: UnkeyedDecodingContainer {
    let input: BinaryInput
    let start: Int
    let end: Int
    private var at: Int
    private(set) var currentIndex = 0

    init(input: BinaryInput, start: Int, end: Int) {
        self.input = input
        self.start = start
        self.end = end
        at = start
    }

    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { at >= end }

    /// Counted by a walk over the elements' lengths (the format stores no count).
    var count: Int? {
        var n = 0
        var at = start
        while at < end {
            guard (try? input.slot(&at, end)) != nil else {
                input.damaged = true
                return nil
            }
            n += 1
        }
        return n
    }

    private mutating func next() throws -> BinarySlot {
        guard at < end else { throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "past the last element")) }
        let slot = try input.slot(&at, end)
        currentIndex += 1
        return slot
    }

    mutating func decodeNil() throws -> Bool {
        guard at < end else { throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "past the last element")) }
        var after = at
        guard try input.slot(&after, end).isNil else { return false }
        at = after
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try input.bool(next()) }
    mutating func decode(_ type: String.Type) throws -> String { try input.string(next()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try input.double(next()) }
    mutating func decode(_ type: Float.Type) throws -> Float { try input.float(next()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try input.int(next()) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try input.fixed(next(), Int8.self) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try input.fixed(next(), Int16.self) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try input.fixed(next(), Int32.self) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try input.fixed(next(), Int64.self) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try input.uint(next()) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try input.fixed(next(), UInt8.self) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try input.fixed(next(), UInt16.self) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try input.fixed(next(), UInt32.self) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try input.fixed(next(), UInt64.self) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try input.value(T.self, next()) }

    private mutating func nested() throws -> BinarySlot {
        let slot = try next()
        guard !slot.isNil else { throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "nil element")) }
        return slot
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let slot = try nested()
        return KeyedDecodingContainer(BinaryKeyedDecoder<NestedKey>(input: input, start: slot.start, end: slot.end))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let slot = try nested()
        return BinaryUnkeyedDecoder(input: input, start: slot.start, end: slot.end)
    }

    mutating func superDecoder() throws -> any Decoder {
        let slot = try next()
        return BinarySlotDecoder(input: input, start: slot.start, count: slot.count)
    }
}

/// A slot read as one value: a primitive, nil, or a wrapped value's own containers.
struct BinarySingleDecoder: SingleValueDecodingContainer {
    let input: BinaryInput
    let slot: BinarySlot

    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { slot.isNil }
    func decode(_ type: Bool.Type) throws -> Bool { try input.bool(slot) }
    func decode(_ type: String.Type) throws -> String { try input.string(slot) }
    func decode(_ type: Double.Type) throws -> Double { try input.double(slot) }
    func decode(_ type: Float.Type) throws -> Float { try input.float(slot) }
    func decode(_ type: Int.Type) throws -> Int { try input.int(slot) }
    func decode(_ type: Int8.Type) throws -> Int8 { try input.fixed(slot, Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try input.fixed(slot, Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try input.fixed(slot, Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try input.fixed(slot, Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try input.uint(slot) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try input.fixed(slot, UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try input.fixed(slot, UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try input.fixed(slot, UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try input.fixed(slot, UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try input.value(T.self, slot) }
}
