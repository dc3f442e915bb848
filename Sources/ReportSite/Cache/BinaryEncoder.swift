import Foundation

/// Writes any `Encodable` in `BinaryFormat`, the build cache's form of a campaign's outcome and
/// of its manifest: a cached build reads it back without scanning text (JSON was ~40 % of a
/// build where nothing changed). Floats keep their bit pattern, NaN and infinities included.
struct BinaryEncoder {
    func encode<T: Encodable>(_ value: T) throws -> Data {
        let state = BinaryEncodingState()
        try state.encodeValue(value)
        if let failure = state.failure { throw failure }
        guard state.open.isEmpty else { throw BinaryCodingError.misuse("a value was left unfinished") }
        var file = BinaryFormat.magic
        BinaryFormat.appendVarint(UInt64(state.keyNames.count), to: &file)
        for name in state.keyNames {
            BinaryFormat.appendVarint(UInt64(name.utf8.count), to: &file)
            file.append(contentsOf: name.utf8)
        }
        file.append(contentsOf: state.body)
        return Data(file)
    }
}

/// One encoding's bytes, its key table and its open slots. Values are written in place, one
/// after the other: a slot's length is filled in when the slot is finished, which happens as
/// soon as its parent writes again (containers are used one at a time, as `Codable` code does).
final class BinaryEncodingState {
    enum Kind { case none, keyed, unkeyed, single }

    /// A slot whose length is not yet known: `header` is the byte reserved for it.
    struct Open {
        let serial: Int
        let header: Int
        var kind: Kind = .none
        var isNil = false
    }

    var body: [UInt8] = []
    var open: [Open] = []
    private var serials = 0
    private var keyNumbers: [String: Int] = [:]
    private(set) var keyNames: [String] = []
    /// An error a non-throwing container method met (`nestedContainer`): the encoding fails.
    var failure: (any Error)?

    /// Opens a slot for a value and returns its place on the stack.
    func openSlot() -> (depth: Int, serial: Int) {
        serials += 1
        open.append(Open(serial: serials, header: body.count))
        body.append(0)
        return (open.count - 1, serials)
    }

    /// Finishes the innermost open slot: its length goes in the byte reserved for it, moving
    /// the content when the length needs more than one byte.
    func closeTop() {
        guard let slot = open.popLast() else { return }
        let length = body.count - slot.header - 1
        if slot.isNil { body[slot.header] = 0; return }
        let header = UInt64(length) + 1
        if header < 0x80 { body[slot.header] = UInt8(header); return }
        let size = BinaryFormat.varintSize(header)
        body.insert(contentsOf: repeatElement(0, count: size - 1), at: slot.header + 1)
        var at = slot.header, v = header
        while v >= 0x80 {
            body[at] = UInt8(truncatingIfNeeded: v) | 0x80
            v >>= 7
            at += 1
        }
        body[at] = UInt8(v)
    }

    /// Makes the slot at `depth` the one written to: slots opened inside it and left (a nested
    /// container the caller is done with) are finished. A container whose slot is already
    /// finished, or a slot written as two kinds of container, is an error, never bad bytes.
    func prepare(_ depth: Int, _ serial: Int, _ kind: Kind) throws {
        guard depth >= 0, depth < open.count, open[depth].serial == serial else {
            throw BinaryCodingError.misuse("a container was used after its value was finished")
        }
        while open.count > depth + 1 { closeTop() }
        switch (open[depth].kind, kind) {
        case (.none, _): open[depth].kind = kind
        case (.keyed, .keyed), (.unkeyed, .unkeyed): break
        default: throw BinaryCodingError.misuse("one value was written as two containers")
        }
    }

    /// Encodes `value` in a new slot, finished when this returns.
    func encodeValue<T: Encodable>(_ value: T) throws {
        let (depth, serial) = openSlot()
        try value.encode(to: BinarySlotEncoder(state: self, depth: depth, serial: serial))
        guard depth < open.count, open[depth].serial == serial else { throw BinaryCodingError.misuse("a value was finished twice") }
        while open.count > depth { closeTop() }
    }

    func key(_ name: String) {
        let number: Int
        if let known = keyNumbers[name] {
            number = known
        } else {
            number = keyNames.count
            keyNumbers[name] = number
            keyNames.append(name)
        }
        BinaryFormat.appendVarint(UInt64(number), to: &body)
    }

    // MARK: content

    func nilSlot() { body.append(0) }

    func content<I: FixedWidthInteger>(_ value: I) {
        var v = value.littleEndian
        withUnsafeBytes(of: &v) { body.append(contentsOf: $0) }
    }

    func content(_ value: String) {
        var text = value
        text.withUTF8 { body.append(contentsOf: $0) }
    }

    func slot<I: FixedWidthInteger>(_ value: I) {
        body.append(UInt8(MemoryLayout<I>.size + 1))
        content(value)
    }

    func slot(_ value: String) {
        var text = value
        text.withUTF8 { bytes in
            BinaryFormat.appendVarint(UInt64(bytes.count) + 1, to: &body)
            body.append(contentsOf: bytes)
        }
    }

    func slot(_ value: Bool) { slot(UInt8(value ? 1 : 0)) }
    func slot(_ value: Double) { slot(value.bitPattern) }
    func slot(_ value: Float) { slot(value.bitPattern) }
}

/// The `Encoder` of one slot: three words, so passing it to `encode(to:)` allocates nothing.
struct BinarySlotEncoder: Encoder {
    let state: BinaryEncodingState
    let depth: Int
    let serial: Int

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(BinaryKeyedEncoder<Key>(state: state, depth: depth, serial: serial))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        BinaryUnkeyedEncoder(state: state, depth: depth, serial: serial)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        BinarySingleEncoder(state: state, depth: depth, serial: serial)
    }
}

/// A slot holding one value: a primitive's bytes, nil, or whatever a wrapped value writes.
struct BinarySingleEncoder: SingleValueEncodingContainer {
    let state: BinaryEncodingState
    let depth: Int
    let serial: Int

    var codingPath: [any CodingKey] { [] }

    /// The slot must still be empty: a single value is written once.
    private func begin() throws {
        try state.prepare(depth, serial, .single)
        guard state.body.count == state.open[depth].header + 1, !state.open[depth].isNil else {
            throw BinaryCodingError.misuse("a single value was written twice")
        }
    }

    mutating func encodeNil() throws {
        try begin()
        state.open[depth].isNil = true
    }

    mutating func encode(_ value: Bool) throws { try begin(); state.content(UInt8(value ? 1 : 0)) }
    mutating func encode(_ value: String) throws { try begin(); state.content(value) }
    mutating func encode(_ value: Double) throws { try begin(); state.content(value.bitPattern) }
    mutating func encode(_ value: Float) throws { try begin(); state.content(value.bitPattern) }
    mutating func encode(_ value: Int) throws { try begin(); state.content(Int64(value)) }
    mutating func encode(_ value: Int8) throws { try begin(); state.content(value) }
    mutating func encode(_ value: Int16) throws { try begin(); state.content(value) }
    mutating func encode(_ value: Int32) throws { try begin(); state.content(value) }
    mutating func encode(_ value: Int64) throws { try begin(); state.content(value) }
    mutating func encode(_ value: UInt) throws { try begin(); state.content(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { try begin(); state.content(value) }
    mutating func encode(_ value: UInt16) throws { try begin(); state.content(value) }
    mutating func encode(_ value: UInt32) throws { try begin(); state.content(value) }
    mutating func encode(_ value: UInt64) throws { try begin(); state.content(value) }

    /// A wrapped value (an Optional's, a wrapper type's) writes into this same slot.
    mutating func encode<T: Encodable>(_ value: T) throws {
        guard depth >= 0, depth < state.open.count, state.open[depth].serial == serial, state.open[depth].kind == .none,
              state.body.count == state.open[depth].header + 1, !state.open[depth].isNil else {
            throw BinaryCodingError.misuse("a single value was written twice")
        }
        try value.encode(to: BinarySlotEncoder(state: state, depth: depth, serial: serial))
    }
}
