/// Number cells by the rules of data-format.md §11: digit groups, decimal comma in `;`
/// files, currency symbols, `%` where a share is expected; no exponents, NaN or infinity,
/// and no integer beyond 2^53.
public enum CSVNumber {
    public enum Failure: Error, Equatable {
        case invalid
    }

    /// Parses a trimmed, non-empty cell. `semicolonFile` says the file uses `;`, so a comma is decimal.
    public static func parse(_ cell: String, semicolonFile: Bool, allowPercent: Bool = false) -> Double? {
        // Fast path: plain digits, the form of nearly every count cell.
        var plain: UInt64 = 0
        var digits = 0
        for b in cell.utf8 {
            guard b >= 0x30, b <= 0x39, digits < 15 else { digits = -1; break }
            plain = plain * 10 + UInt64(b - 0x30)
            digits += 1
        }
        if digits > 0 { return Double(plain) }
        return parseGeneral(cell, semicolonFile: semicolonFile, allowPercent: allowPercent)
    }

    /// A cell of 1 to 15 ASCII digits, read from the file's bytes: the cells `parse`'s fast
    /// path takes, with the same value, and no String built for them.
    static func plainCount(_ b: [UInt8], _ r: Range<Int>) -> Int? {
        // Twelve digits stay below NumberFormat.largest; longer cells go the checked way.
        guard r.count <= 12 else { return nil }
        var v = 0
        for k in r {
            let d = b[k] &- 0x30
            guard d < 10 else { return nil }
            v = v &* 10 &+ Int(d)
        }
        return v
    }

    /// Powers of ten a Double holds exactly.
    static let exactPowersOfTen: [Double] = (0...15).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

    /// `-?digits([.,]digits)?` with at most 15 digits in all (the comma only in a `;` file):
    /// amounts as exports write them, read from the bytes. Such a mantissa and the power of ten
    /// are exact Doubles, so their one correctly rounded division gives the Double `parse`
    /// reads from the same text. Anything else is nil, for `parse` to decide.
    static func plainDecimal(_ b: [UInt8], _ r: Range<Int>, semicolonFile: Bool) -> Double? {
        var k = r.lowerBound
        let negative = b[k] == 0x2D
        if negative { k += 1 }
        var mantissa = 0, digits = 0, fractionDigits = 0
        var seenSeparator = false, digitsBefore = 0
        while k < r.upperBound {
            let c = b[k]
            let d = c &- 0x30
            if d < 10 {
                mantissa = mantissa &* 10 &+ Int(d)
                digits += 1
                if seenSeparator { fractionDigits += 1 }
            } else if !seenSeparator && (c == 0x2E || (c == 0x2C && semicolonFile)) {
                seenSeparator = true
                digitsBefore = digits
            } else {
                return nil
            }
            k += 1
        }
        guard digits >= 1, digits <= 15 else { return nil }
        if seenSeparator && (digitsBefore == 0 || fractionDigits == 0) { return nil }
        let value = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -value : value
    }

    static let spaces: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}"]
    static let currencySymbols: Set<Unicode.Scalar> = ["€", "$"]

    static func parseGeneral(_ cell: String, semicolonFile: Bool, allowPercent: Bool) -> Double? {
        var scalars = Array(cell.unicodeScalars)
        // Currency symbols may lead or trail; `%` may trail where a share is expected.
        func strip(_ set: Set<Unicode.Scalar>) {
            while let f = scalars.first, set.contains(f) { scalars.removeFirst() }
            while let l = scalars.last, set.contains(l) { scalars.removeLast() }
        }
        strip(spaces)
        strip(currencySymbols)
        strip(spaces)
        var percent = false
        if allowPercent, scalars.last == "%" {
            scalars.removeLast()
            percent = true
            strip(spaces)
        }
        var negative = false
        if scalars.first == "-" { negative = true; scalars.removeFirst() }
        else if scalars.first == "+" { scalars.removeFirst() }
        strip(currencySymbols)
        guard !scalars.isEmpty else { return nil }

        // Split into integer part (with group separators) and fraction.
        var integerDigits = ""
        var fractionDigits = ""
        var seenDecimal = false
        var groupSeparator: Unicode.Scalar?
        var digitsSinceSeparator = 0
        var sawSeparator = false
        var sawDot = false, sawComma = false
        for s in scalars {
            switch s {
            case "0"..."9":
                if seenDecimal { fractionDigits.unicodeScalars.append(s) } else {
                    integerDigits.unicodeScalars.append(s)
                    digitsSinceSeparator += 1
                }
            case " ", "\u{00A0}", "\u{202F}":
                guard !seenDecimal, !integerDigits.isEmpty else { return nil }
                if sawSeparator && digitsSinceSeparator != 3 { return nil }
                if let g = groupSeparator, g != " " { return nil }
                groupSeparator = " "
                sawSeparator = true
                digitsSinceSeparator = 0
            case ".":
                sawDot = true
                guard !seenDecimal else { return nil }
                if sawSeparator && digitsSinceSeparator != 3 { return nil }
                seenDecimal = true
            case ",":
                sawComma = true
                if semicolonFile {
                    guard !seenDecimal else { return nil }
                    if sawSeparator && digitsSinceSeparator != 3 { return nil }
                    seenDecimal = true
                } else {
                    // Thousands separator in a `,` file: strict groups of three.
                    guard !seenDecimal, !integerDigits.isEmpty else { return nil }
                    if sawSeparator && digitsSinceSeparator != 3 { return nil }
                    if groupSeparator == " " { return nil }
                    if !sawSeparator && integerDigits.count > 3 { return nil }
                    groupSeparator = ","
                    sawSeparator = true
                    digitsSinceSeparator = 0
                }
            default:
                return nil
            }
        }
        if semicolonFile && sawDot && sawComma { return nil }
        if sawSeparator && digitsSinceSeparator != 3 && !(seenDecimal && digitsSinceSeparator == 3) { return nil }
        if groupSeparator == "," && seenDecimal && sawSeparator && integerDigits.isEmpty { return nil }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
        // Beyond 2^53 a Double no longer holds every integer: refuse rather than round.
        let stripped = integerDigits.drop { $0 == "0" }
        if stripped.count > 16 { return nil }
        if let whole = UInt64(stripped), whole > 9_007_199_254_740_992 { return nil }
        let text = (integerDigits.isEmpty ? "0" : integerDigits) + (fractionDigits.isEmpty ? "" : "." + fractionDigits)
        guard var value = Double(text), value.isFinite else { return nil }
        if value > 9_007_199_254_740_992 { return nil }
        if percent { value /= 100 }
        return negative ? -value : value
    }
}
