/// The lines of a range with a caret underline beneath the exact characters, as compilers print:
///
/// ```
///    48 | In the above code, two `async_sleep` function are running concurrently
///       |                        ^^^^^^^^^^^^^
/// ```
///
/// The underline lines up in a terminal: tabs are shown as four spaces (as rustc does), and
/// East Asian wide characters and emoji take two cells (`TerminalWidth`). A range over more than
/// three lines shows its first and last line around `...`.
public enum SourceExcerpt {
    public static func render(_ range: Range<ByteOffset>, in source: SourceText) -> [String] {
        let table = source.lineTable
        let range = source.clamp(range)
        let first = table.lineIndex(of: range.lowerBound)
        let last = range.isEmpty ? first : table.lineIndex(of: range.upperBound - 1)
        let shown = last - first > 2 ? [first, last] : Array(first...last)
        let gutter = String(shown.map { $0 + 1 }.max() ?? 1).count
        var output: [String] = []
        for lineIndex in shown {
            if lineIndex == last, shown.count == 2, last - first > 2 {
                output.append(String(repeating: " ", count: gutter + 1) + "...")
            }
            guard let content = table.contentRange(ofLineIndex: lineIndex) else { continue }
            let number = String(lineIndex + 1)
            let lineText = source.slice(content).replacingTabs()
            output.append(String(repeating: " ", count: gutter - number.count) + number + " | " + lineText)
            let underlineStart = max(range.lowerBound, content.lowerBound)
            let underlineEnd = min(range.upperBound, content.upperBound)
            let padding = cells(source.slice(content.lowerBound..<underlineStart))
            let width = cells(source.slice(underlineStart..<max(underlineStart, underlineEnd)))
            output.append(
                String(repeating: " ", count: gutter) + " | " + String(repeating: " ", count: padding)
                    + String(repeating: "^", count: max(1, width)))
        }
        return output
    }

    /// The terminal cells `text` takes as displayed (tabs as four spaces).
    private static func cells(_ text: String) -> Int {
        TerminalWidth.of(text.replacingTabs())
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        unicodeScalars.map { $0 == "\t" ? "    " : String($0) }.joined()
    }
}

/// How many terminal cells text takes: 2 for East Asian wide and fullwidth characters and for
/// emoji, 0 for combining marks, zero-width joiners and variation selectors, 1 otherwise. A
/// small table in the spirit of `wcwidth`, enough to line up an underline.
public enum TerminalWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if zeroWidth.contains(where: { $0.contains(value) }) { return 0 }
        if wide.contains(where: { $0.contains(value) }) { return 2 }
        return 1
    }

    private static let zeroWidth: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x200B...0x200D, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xE0100...0xE01EF,
    ]

    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
