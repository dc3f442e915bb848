/// A keyed container of `BinaryEncoder`: each entry its key's number and a slot. A nil is
/// written as a nil slot rather than left out, so the decoder finds every key in the order it
/// was written and never has to search for an optional that is absent.
struct BinaryKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: BinaryEncodingState
    let depth: Int
    let serial: Int

    var codingPath: [any CodingKey] { [] }

    private func begin(_ key: Key) throws { try begin(key.stringValue) }

    private func begin(_ name: String) throws {
        try state.prepare(depth, serial, .keyed)
        state.key(name)
    }

    mutating func encodeNil(forKey key: Key) throws { try begin(key); state.nilSlot() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try begin(key); state.slot(Int64(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try begin(key); state.slot(UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try begin(key); state.slot(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try begin(key); state.slot(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try begin(key)
        try state.encodeValue(value)
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try begin(key); if let value { state.slot(Int64(value)) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try begin(key); if let value { state.slot(UInt64(value)) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try begin(key); if let value { state.slot(value) } else { state.nilSlot() } }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        try begin(key)
        if let value { try state.encodeValue(value) } else { state.nilSlot() }
    }

    /// The protocol cannot throw here: the failure is kept for `BinaryEncoder` to throw, and
    /// the nested container (with no slot) throws at its first write.
    private func nestedSlot(_ name: String) -> (depth: Int, serial: Int) {
        do { try begin(name) } catch {
            state.failure = error
            return (-1, -1)
        }
        return state.openSlot()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let (depth, serial) = nestedSlot(key.stringValue)
        return KeyedEncodingContainer(BinaryKeyedEncoder<NestedKey>(state: state, depth: depth, serial: serial))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let (depth, serial) = nestedSlot(key.stringValue)
        return BinaryUnkeyedEncoder(state: state, depth: depth, serial: serial)
    }

    /// Under the key "super", as JSONEncoder writes it.
    mutating func superEncoder() -> any Encoder {
        let (depth, serial) = nestedSlot("super")
        return BinarySlotEncoder(state: state, depth: depth, serial: serial)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let (depth, serial) = nestedSlot(key.stringValue)
        return BinarySlotEncoder(state: state, depth: depth, serial: serial)
    }
}

/// An unkeyed container of `BinaryEncoder`: its elements' slots back to back.
struct BinaryUnkeyedEncoder: UnkeyedEncodingContainer {
    let state: BinaryEncodingState
    let depth: Int
    let serial: Int
    private(set) var count = 0

    init(state: BinaryEncodingState, depth: Int, serial: Int) {
        self.state = state
        self.depth = depth
        self.serial = serial
    }

    var codingPath: [any CodingKey] { [] }

    private mutating func begin() throws {
        try state.prepare(depth, serial, .unkeyed)
        count += 1
    }

    mutating func encodeNil() throws { try begin(); state.nilSlot() }
    mutating func encode(_ value: Bool) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: String) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: Double) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: Float) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: Int) throws { try begin(); state.slot(Int64(value)) }
    mutating func encode(_ value: Int8) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: Int16) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: Int32) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: Int64) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: UInt) throws { try begin(); state.slot(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: UInt16) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: UInt32) throws { try begin(); state.slot(value) }
    mutating func encode(_ value: UInt64) throws { try begin(); state.slot(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try begin()
        try state.encodeValue(value)
    }

    private mutating func nestedSlot() -> (depth: Int, serial: Int) {
        do { try begin() } catch {
            state.failure = error
            return (-1, -1)
        }
        return state.openSlot()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let (depth, serial) = nestedSlot()
        return KeyedEncodingContainer(BinaryKeyedEncoder<NestedKey>(state: state, depth: depth, serial: serial))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let (depth, serial) = nestedSlot()
        return BinaryUnkeyedEncoder(state: state, depth: depth, serial: serial)
    }

    mutating func superEncoder() -> any Encoder {
        let (depth, serial) = nestedSlot()
        return BinarySlotEncoder(state: state, depth: depth, serial: serial)
    }
}
