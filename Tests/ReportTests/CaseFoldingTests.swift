import Testing
@testable import ReportCore

/// kpis.md §5's folding of captions and required mentions: the byte and no-allocation paths
/// against the plain scalar-by-scalar definition, on every scalar of the first two planes.
@Suite struct CaseFoldingTests {
    static func reference(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let v = UInt8(scalar.value)
                out.append(v >= 0x41 && v <= 0x5A ? v + 32 : v)
            } else if scalar == "ß" || scalar == "ẞ" {
                out += [0x73, 0x73]
            } else if scalar == "ς" {
                out += Array("σ".utf8)
            } else {
                out += Array(scalar.properties.lowercaseMapping.utf8)
            }
        }
        return out
    }

    @Test func everyScalarFoldsAsTheDefinitionSays() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x1_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "Ab" + String(scalar) + "Z"
            if CampaignFigures.foldedBytes(text) != Self.reference(text) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func asciiAndMixedCaptions() {
        #expect(CampaignFigures.foldedBytes("#AD Lune @Maison") == Array("#ad lune @maison".utf8))
        #expect(CampaignFigures.foldedBytes("Straße ΣΟΦΟΣ 😍 #PUB") == Self.reference("Straße ΣΟΦΟΣ 😍 #PUB"))
        #expect(CampaignFigures.foldedBytes("") == [])
    }
}
