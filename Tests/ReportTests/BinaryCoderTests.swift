import Foundation
import Testing
@testable import ReportSite

/// The build cache's binary coder gives back what it was given, for every shape `Codable`
/// produces: the cache's outcomes must come back exactly, floats to the bit.
@Suite struct BinaryCoderTests {
    func roundTrip<T: Codable>(_ value: T) throws -> T {
        try BinaryDecoder().decode(T.self, from: BinaryEncoder().encode(value))
    }

    struct Inner: Codable, Equatable {
        var name: String
        var tags: [String]
    }

    enum Raw: String, Codable, CodingKeyRepresentable { case alpha, beta }
    enum Plain: String, Codable { case one, two }

    indirect enum Shape: Codable, Equatable {
        case dot
        case circle(radius: Double)
        case pair(Int, String)
        case nested(Shape?)
        case labelled(inner: Inner, count: Int?)
    }

    struct Sample: Codable, Equatable {
        var int = 42
        var minimum = Int.min
        var maximum = Int.max
        var int8 = Int8.min
        var int16 = Int16.max
        var int32 = Int32.min
        var int64 = Int64.min
        var uint = UInt.max
        var uint8 = UInt8.max
        var uint16 = UInt16.max
        var uint32 = UInt32.max
        var uint64 = UInt64.max
        var float = Float(-1.5)
        var double = 0.1
        var flag = true
        var empty = ""
        var unicode = "café ☕︎ 𝄞 \u{0} \u{FFFF} e\u{301} 🇫🇷 \"quoted\" \\ line\nbreak"
        var long = String(repeating: "long text ", count: 100)
        var optional: Int? = 7
        var absent: String?
        var emptyOptional: String? = ""
        var optionalInner: Inner? = Inner(name: "n", tags: [])
        var optionalArray: [Int?] = [1, nil, 3, nil]
        var arrayOfOptionalStrings: [String?] = [nil, "", "x"]
        var nestedArrays: [[Int]] = [[], [1], [2, 3]]
        var emptyArray: [Inner] = []
        var byString: [String: Int] = ["a": 1, "": 0, "é": 2, "super": 3]
        var byInt: [Int: String] = [0: "zero", -1: "minus", Int.max: "max"]
        var byRaw: [Raw: Double] = [.alpha: 1, .beta: 2]
        var byPlain: [Plain: [String]] = [.one: ["x"], .two: []]
        var emptyDictionary: [String: Inner] = [:]
        var set: Set<String> = ["x", "y", "z"]
        var plain = Plain.two
        var shapes: [Shape] = [.dot, .circle(radius: 2), .pair(-3, "p"), .nested(nil), .nested(.nested(.dot)),
                               .labelled(inner: Inner(name: "i", tags: ["t"]), count: nil), .labelled(inner: Inner(name: "", tags: []), count: 0)]
    }

    @Test func representativeValuesRoundTrip() throws {
        let sample = Sample()
        #expect(try roundTrip(sample) == sample)
        var other = Sample()
        other.optional = nil
        other.absent = "present"
        other.optionalInner = nil
        other.shapes = []
        #expect(try roundTrip(other) == other)
    }

    @Test func floatsKeepTheirBits() throws {
        let doubles: [Double] = [0, -0.0, .nan, -.nan, Double(bitPattern: 0x7FF4_0000_0000_0001), .infinity, -.infinity,
                                 .leastNonzeroMagnitude, .greatestFiniteMagnitude, .pi, 1e-300]
        #expect(try roundTrip(doubles).map(\.bitPattern) == doubles.map(\.bitPattern))
        let floats: [Float] = [-0.0, .nan, .infinity, -.infinity, Float(bitPattern: 0x7FA0_0001)]
        #expect(try roundTrip(floats).map(\.bitPattern) == floats.map(\.bitPattern))
        struct Keyed: Codable { var value: Double; var maybe: Double? }
        let keyed = try roundTrip(Keyed(value: -.nan, maybe: -0.0))
        #expect(keyed.value.bitPattern == (-Double.nan).bitPattern)
        #expect(keyed.maybe?.bitPattern == (-0.0 as Double).bitPattern)
    }

    /// A nil wrapped in a value that is present reads back as nil, as with JSONDecoder.
    @Test func nestedOptionalsReadAsJSONDoes() throws {
        struct Wrapped: Codable, Equatable { var value: Int?? }
        for value in [Wrapped(value: .some(.some(3))), Wrapped(value: .some(.none)), Wrapped(value: .none)] {
            let json = try JSONDecoder().decode(Wrapped.self, from: JSONEncoder().encode(value))
            #expect(try roundTrip(value) == json)
        }
        let list: [Int??] = [.some(.some(1)), .none]
        #expect(try roundTrip(list) == list)
    }

    /// Keys asked for out of order, left unread, or listed, as custom `Decodable`s may.
    @Test func keysAreFoundInAnyOrder() throws {
        struct Written: Encodable {
            enum Key: String, CodingKey { case a, b, c, unread }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(1, forKey: .a)
                try c.encode("two", forKey: .b)
                try c.encode([3.0], forKey: .c)
                try c.encode(["x": 1], forKey: .unread)
            }
        }
        struct Read: Decodable {
            enum Key: String, CodingKey { case a, b, c, unread, missing }
            var values: (Int, String, [Double])
            var keys: [String]
            var contains: (Bool, Bool)
            init(from decoder: Decoder) throws {
                let c = try decoder.container(keyedBy: Key.self)
                values = (try c.decode(Int.self, forKey: .a), "", [])
                values.2 = try c.decode([Double].self, forKey: .c)
                values.1 = try c.decode(String.self, forKey: .b)
                values.0 = try c.decode(Int.self, forKey: .a)
                #expect(try c.decodeIfPresent(Int.self, forKey: .missing) == nil)
                #expect(throws: DecodingError.self) { try c.decode(Int.self, forKey: .missing) }
                keys = c.allKeys.map(\.stringValue)
                contains = (c.contains(.c), c.contains(.missing))
            }
        }
        let read = try BinaryDecoder().decode(Read.self, from: BinaryEncoder().encode(Written()))
        #expect(read.values.0 == 1 && read.values.1 == "two" && read.values.2 == [3.0])
        #expect(read.keys == ["a", "b", "c", "unread"])
        #expect(read.contains == (true, false))
    }

    /// Nested and super containers, used the way class hierarchies and custom coders use them.
    @Test func nestedAndSuperContainers() throws {
        struct Custom: Codable, Equatable {
            enum Key: String, CodingKey { case head, body, list, tail }
            enum Body: String, CodingKey { case x, y }
            var x: Int, y: String?, list: [Int], parent: String, tail: Bool
            init(x: Int, y: String?, list: [Int], parent: String, tail: Bool) {
                (self.x, self.y, self.list, self.parent, self.tail) = (x, y, list, parent, tail)
            }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                try c.encode("head", forKey: .head)
                var body = c.nestedContainer(keyedBy: Body.self, forKey: .body)
                try body.encode(x, forKey: .x)
                try body.encodeIfPresent(y, forKey: .y)
                var items = c.nestedUnkeyedContainer(forKey: .list)
                for i in list { try items.encode(i) }
                var sup = c.superEncoder().singleValueContainer()
                try sup.encode(parent)
                try c.encode(tail, forKey: .tail)
            }
            init(from decoder: Decoder) throws {
                let c = try decoder.container(keyedBy: Key.self)
                tail = try c.decode(Bool.self, forKey: .tail)
                let body = try c.nestedContainer(keyedBy: Body.self, forKey: .body)
                y = try body.decodeIfPresent(String.self, forKey: .y)
                x = try body.decode(Int.self, forKey: .x)
                var items = try c.nestedUnkeyedContainer(forKey: .list)
                list = []
                while !items.isAtEnd { list.append(try items.decode(Int.self)) }
                parent = try c.superDecoder().singleValueContainer().decode(String.self)
            }
        }
        for value in [Custom(x: 1, y: nil, list: [], parent: "p", tail: true), Custom(x: -9, y: "", list: [1, 2], parent: "", tail: false)] {
            #expect(try roundTrip(value) == value)
        }
    }

    /// A container written after its slot was finished is an encoding error, never bad bytes.
    @Test func containerMisuseFailsTheEncoding() {
        struct Misused: Encodable {
            enum Key: String, CodingKey { case a, b }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                var nested = c.nestedUnkeyedContainer(forKey: .a)
                try c.encode(1, forKey: .b)
                try nested.encode(2)
            }
        }
        #expect(throws: BinaryCodingError.self) { try BinaryEncoder().encode(Misused()) }
        struct Twice: Encodable {
            func encode(to encoder: Encoder) throws {
                var c = encoder.singleValueContainer()
                try c.encode(1)
                try c.encode(2)
            }
        }
        #expect(throws: BinaryCodingError.self) { try BinaryEncoder().encode(Twice()) }
    }

    /// A value of another type than the one written is an error, not a reinterpretation.
    @Test func typeMismatchesThrow() throws {
        let data = try BinaryEncoder().encode(["a": "text"])
        #expect(throws: DecodingError.self) { try BinaryDecoder().decode([String: Int].self, from: data) }
        #expect(throws: DecodingError.self) { try BinaryDecoder().decode([String].self, from: data) }
        #expect(throws: DecodingError.self) { try BinaryDecoder().decode(Bool.self, from: BinaryEncoder().encode(UInt8(2))) }
        #expect(throws: DecodingError.self) { try BinaryDecoder().decode(Int.self, from: BinaryEncoder().encode(nil as Int?)) }
        #expect(throws: DecodingError.self) { try BinaryDecoder().decode(Int.self, from: Data()) }
    }

    /// String-keyed dictionaries take a shortcut past `allKeys`: what the standard path gives,
    /// a later duplicate replacing an earlier one, a nil value kept under its key.
    @Test func stringKeyedDictionariesReadAsTheStandardPathDoes() throws {
        struct Entries: Encodable {
            struct Key: CodingKey {
                var stringValue: String
                var intValue: Int? { nil }
                init(stringValue: String) { self.stringValue = stringValue }
                init?(intValue: Int) { nil }
            }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(1, forKey: Key(stringValue: "a"))
                try c.encode(2, forKey: Key(stringValue: "b"))
                try c.encode(3, forKey: Key(stringValue: "a"))
            }
        }
        #expect(try BinaryDecoder().decode([String: Int].self, from: BinaryEncoder().encode(Entries())) == ["a": 3, "b": 2])
        let nested: [String: [String: Double]?] = ["x": ["y": 1], "z": nil, "": [:]]
        #expect(try roundTrip(nested) == nested)
        #expect(throws: DecodingError.self) { try BinaryDecoder().decode([String: Int].self, from: BinaryEncoder().encode(["a": "text"])) }
    }

    /// Random trees of every container kind, from a fixed seed: each comes back equal.
    @Test func seededRandomValuesRoundTrip() throws {
        var rng = MutationTests.SeededGenerator(state: 27)
        for _ in 0..<300 {
            let tree = Tree.random(depth: 5, &rng)
            #expect(try roundTrip(tree) == tree)
        }
    }

    indirect enum Tree: Codable, Equatable {
        case int(Int)
        case bits(UInt64)
        case double(Double)
        case text(String)
        case flag(Bool)
        case list([Tree])
        case map([String: Tree])
        case numbered([Int: Tree])
        case maybe(Tree?)
        case record(name: String, value: Int?, children: [Tree?])

        /// Doubles compared by bit pattern, so NaN equals itself.
        static func == (a: Tree, b: Tree) -> Bool {
            switch (a, b) {
            case (.int(let x), .int(let y)): x == y
            case (.bits(let x), .bits(let y)): x == y
            case (.double(let x), .double(let y)): x.bitPattern == y.bitPattern
            case (.text(let x), .text(let y)): x == y
            case (.flag(let x), .flag(let y)): x == y
            case (.list(let x), .list(let y)): x == y
            case (.map(let x), .map(let y)): x == y
            case (.numbered(let x), .numbered(let y)): x == y
            case (.maybe(let x), .maybe(let y)): x == y
            case (.record(let n1, let v1, let c1), .record(let n2, let v2, let c2)): n1 == n2 && v1 == v2 && c1 == c2
            default: false
            }
        }

        static func randomText(_ rng: inout MutationTests.SeededGenerator) -> String {
            let pieces = ["", "a", "key", "é", "🇫🇷", "\u{0}", " ", "long-ish text that is more than fifteen bytes", "\n", "\""]
            return (0..<Int.random(in: 0...3, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
        }

        static func random(depth: Int, _ rng: inout MutationTests.SeededGenerator) -> Tree {
            let leaf = depth <= 0 || Int.random(in: 0..<3, using: &rng) == 0
            switch Int.random(in: 0..<(leaf ? 5 : 10), using: &rng) {
            case 0: return .int([Int.min, Int.max, 0, -1, Int.random(in: -1000...1000, using: &rng)].randomElement(using: &rng) ?? 0)
            case 1: return .bits(rng.next())
            case 2: return .double(Double(bitPattern: rng.next()))
            case 3: return .text(randomText(&rng))
            case 4: return .flag(Bool.random(using: &rng))
            case 5: return .list((0..<Int.random(in: 0...4, using: &rng)).map { _ in random(depth: depth - 1, &rng) })
            case 6:
                var map: [String: Tree] = [:]
                for _ in 0..<Int.random(in: 0...4, using: &rng) { map[randomText(&rng)] = random(depth: depth - 1, &rng) }
                return .map(map)
            case 7:
                var map: [Int: Tree] = [:]
                for _ in 0..<Int.random(in: 0...3, using: &rng) { map[Int.random(in: -5...5, using: &rng)] = random(depth: depth - 1, &rng) }
                return .numbered(map)
            case 8: return .maybe(Bool.random(using: &rng) ? nil : random(depth: depth - 1, &rng))
            default:
                return .record(name: randomText(&rng), value: Bool.random(using: &rng) ? nil : Int.random(in: -9...9, using: &rng),
                               children: (0..<Int.random(in: 0...3, using: &rng)).map { _ in Bool.random(using: &rng) ? nil : random(depth: depth - 1, &rng) })
            }
        }
    }
}
