/// The marker line CPython 3.11 prints under a traceback's source line (`display_source_line_with_margin`):
/// `^` under the failing expression, or `~~^~~` / `~^^^` where the expression is a binary operation or a
/// subscript (the operator or the brackets get `^`). Nothing when the markers would cover the whole line.
enum CaretLine {
    /// The marker line for `line` (the raw source line) and the failing instruction's `position`, or nil.
    static func markers(for line: String, _ position: CodePosition) -> String? {
        guard position.column >= 0, position.endColumn >= 0 else { return nil }
        let bytes = Array(line.utf8)
        let leading = bytes.prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }.count
        guard position.column <= bytes.count else { return nil }
        let start = characters(bytes, 0, position.column)
        var end: Int
        var anchors: (left: Int, right: Int)?
        if position.line == position.endLine {
            guard position.endColumn <= bytes.count, position.column <= position.endColumn else { return nil }
            end = characters(bytes, 0, position.endColumn)
            let segment = Array(bytes[position.column..<position.endColumn])
            if let (l, r) = anchorBytes(in: segment) {
                anchors = (start + characters(segment, 0, l), start + characters(segment, 0, r))
            }
        } else {
            var last = bytes.count
            while last > 0, isWhitespace(bytes[last - 1]) { last -= 1 }
            end = characters(bytes, 0, last)
        }
        let strippedLength = characters(bytes, leading, trimmedEnd(bytes))
        if end - start == strippedLength && anchors == nil { return nil }
        var out = String(repeating: " ", count: 4 + start - characters(bytes, 0, leading))
        for offset in start..<max(start, end) {
            if let a = anchors, a.left <= offset, offset < a.right {
                out += "^"
            } else {
                out += anchors == nil ? "^" : "~"
            }
        }
        return out
    }

    private static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0C || b == 0x0A || b == 0x0D }

    private static func trimmedEnd(_ bytes: [UInt8]) -> Int {
        var last = bytes.count
        while last > 0, isWhitespace(bytes[last - 1]) { last -= 1 }
        return last
    }

    /// Code points in `bytes[from..<to]` (CPython counts characters, the positions are UTF-8 bytes).
    private static func characters(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
        guard from < to, to <= bytes.count else { return 0 }
        return bytes[from..<to].reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
    }

    /// The byte range of a binary operator or of a subscript's brackets in `segment`, when the segment parses
    /// as one expression statement of that kind (CPython's `extract_anchors_from_line`).
    private static func anchorBytes(in segment: [UInt8]) -> (Int, Int)? {
        let parsed = Parser.parse(bytes: segment)
        guard let module = parsed.module, module.body.count == 1, case .expr(let e) = module.body[0].kind else {
            return nil
        }
        switch e.kind {
        case .binOp(let left, _, let right):
            guard left.range.endLine == 1, right.range.startLine == 1 else { return nil }
            var i = left.range.endColumn
            while i < right.range.startColumn, i < segment.count {
                if isWhitespace(segment[i]) {
                    i += 1
                    continue
                }
                var r = i + 1
                if i + 1 < right.range.startColumn, !isWhitespace(segment[i + 1]) { r += 1 }
                if i + 1 < right.range.startColumn, segment[i] == UInt8(ascii: ")") {
                    i += 1
                    continue
                }
                return (i, r)
            }
            return nil
        case .subscriptExpr(let value, let slice, _):
            guard value.range.endLine == 1, slice.range.endLine == 1 else { return nil }
            var left = value.range.endColumn
            var right = slice.range.endColumn + 1
            while left < segment.count, segment[left] != UInt8(ascii: "[") { left += 1 }
            while right < segment.count, segment[right] != UInt8(ascii: "]") { right += 1 }
            if right < segment.count { right += 1 }
            return (left, min(right, segment.count))
        default:
            return nil
        }
    }
}
