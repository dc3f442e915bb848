/// The layout the build cache's binary coder writes and reads (`BinaryEncoder`, `BinaryDecoder`):
/// no text to scan, no number to parse, every length known before its bytes.
///
///     file  = magic "RBC" version, key table, one slot (the value)
///     table = varint count, then each key: varint length, UTF-8 bytes
///     slot  = varint 0 (nil) | varint (length + 1), then length bytes of content
///
/// Content by what was encoded: a keyed container is its entries back to back (varint key
/// number into the table, slot), an unkeyed one its elements' slots; a string its UTF-8 bytes;
/// integers and floats fixed-width little-endian (a Double's bit pattern: NaN, ±inf and -0.0
/// come back exactly); a Bool one byte. Every value is delimited, so a decoder can skip a key it
/// does not ask for and find keys asked for out of order, and a nil is told apart from an empty
/// string or container. Key names are stored once per file: a campaign's outcome holds
/// thousands of structs with the same few field names.
enum BinaryFormat {
    static let magic: [UInt8] = [0x52, 0x42, 0x43, 0x01]  // "RBC", version 1

    /// Deeper than any type the cache stores; a recursive type fed hostile bytes stops here
    /// instead of running out of stack.
    static let maximumDepth = 128

    /// Appends `value` as LEB128: 7 bits a byte, low bits first.
    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    static func varintSize(_ value: UInt64) -> Int {
        var v = value, n = 1
        while v >= 0x80 { v >>= 7; n += 1 }
        return n
    }
}

/// Why a value could not be encoded: the cache then stores nothing for it. (Bytes that cannot
/// be decoded throw the standard `DecodingError`.)
enum BinaryCodingError: Error, Equatable {
    /// An `Encodable` that used a container after starting another one beside it.
    case misuse(String)
}

extension DecodingError {
    /// Truncated, damaged or not this format: the cache entry is a miss.
    static func damaged(_ why: String) -> DecodingError {
        .dataCorrupted(Context(codingPath: [], debugDescription: why))
    }
}
