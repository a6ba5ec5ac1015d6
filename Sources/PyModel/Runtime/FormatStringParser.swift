/// `str.format` parsing, ported from CPython's `Objects/stringlib/unicode_format.h`: literal text,
/// replacement fields (argument, `.attr` and `[key]` accessors, `!r`/`!s`/`!a`, and a format spec
/// that may itself hold fields), automatic numbering, and every parse error CPython raises.
/// Nothing is evaluated here.
///
/// CPython parses lazily while it renders, so an error surfaces only after the fields before it
/// were evaluated. The parts keep that order: the VM evaluates them left to right and raises a
/// `.failure` part when it reaches it (it is always the last part of its list). For one field the
/// VM: looks up `argument` (positional: `IndexError: Replacement index N out of range for
/// positional args tuple`; keyword: `KeyError`), applies `accessors` in order, raises
/// `accessorFailure` if set, applies `conversion` (raising its failure if invalid), evaluates the
/// `spec` parts to a string, and calls `format(value, spec)`.
/// Pure functions: no state, no effects, synchronous.
public enum FormatStringParser {
    /// `s.format(...)`'s parts.
    public static func parse(_ format: String) -> [FormatStringPart] {
        var numbering = AutoNumbering()
        return markup(Array(format.unicodeScalars)[...], depth: 2, numbering: &numbering)
    }

    /// The auto-numbering state shared by a format string and the specs nested in it.
    private struct AutoNumbering {
        enum State { case initial, automatic, manual }
        var state = State.initial
        var next = 0
    }

    private typealias Text = ArraySlice<Unicode.Scalar>

    /// `build_string` + `do_markup` + `MarkupIterator_next`.
    private static func markup(_ input: Text, depth: Int, numbering: inout AutoNumbering) -> [FormatStringPart] {
        if depth <= 0 { return [.failure(PyFailure(.valueError, "Max string recursion exceeded"))] }
        var parts: [FormatStringPart] = []
        var pos = input.startIndex
        let end = input.endIndex
        while pos < end {
            let start = pos
            var c: Unicode.Scalar = "\0"
            var markupFollows = false
            while pos < end {
                c = input[pos]
                pos += 1
                if c == "{" || c == "}" {
                    markupFollows = true
                    break
                }
            }
            let atEnd = pos >= end
            var length = pos - start
            if c == "}" && markupFollows && (atEnd || input[pos] != "}") {
                parts.append(.failure(PyFailure(.valueError, "Single '}' encountered in format string")))
                return parts
            }
            if atEnd && c == "{" && markupFollows {
                parts.append(.failure(PyFailure(.valueError, "Single '{' encountered in format string")))
                return parts
            }
            if !atEnd && markupFollows {
                if input[pos] == c {
                    pos += 1
                    markupFollows = false
                } else {
                    length -= 1
                }
            }
            if length > 0 { parts.append(.literal(StrAlgorithms.string(input[start..<(start + length)]))) }
            if !markupFollows { continue }
            switch field(input, &pos, depth: depth, numbering: &numbering) {
            case .success(let f): parts.append(.field(f))
            case .failure(let failure):
                parts.append(.failure(failure))
                return parts
            }
        }
        return mergeLiterals(parts)
    }

    /// `parse_field` + `field_name_split` + the `FieldNameIterator`, for the field starting at `pos`
    /// (just after its `{`).
    private static func field(
        _ input: Text, _ pos: inout Int, depth: Int, numbering: inout AutoNumbering
    ) -> Result<ReplacementField, PyFailure> {
        let end = input.endIndex
        let nameStart = pos
        var c: Unicode.Scalar = "\0"
        scan: while pos < end {
            c = input[pos]
            pos += 1
            switch c {
            case "{": return .failure(PyFailure(.valueError, "unexpected '{' in field name"))
            case "[":
                while pos < end && input[pos] != "]" { pos += 1 }
            case "}", ":", "!": break scan
            default: continue
            }
        }
        let isTerminator = c == "}" || c == ":" || c == "!"
        let name = input[nameStart..<(isTerminator ? pos - 1 : pos)]
        var conversion: ReplacementField.Conversion?
        if c == "!" || c == ":" {
            if c == "!" {
                guard pos < end else {
                    return .failure(PyFailure(.valueError, "end of string while looking for conversion specifier"))
                }
                conversion = .init(input[pos])
                pos += 1
                if pos < end {
                    let next = input[pos]
                    pos += 1
                    if next == "}" {
                        return fieldValue(name, conversion: conversion, spec: [], numbering: &numbering)
                    }
                    if next != ":" {
                        return .failure(PyFailure(.valueError, "expected ':' after conversion specifier"))
                    }
                }
            }
            let specStart = pos
            var count = 1
            var needsExpanding = false
            while pos < end {
                let s = input[pos]
                pos += 1
                if s == "{" {
                    needsExpanding = true
                    count += 1
                } else if s == "}" {
                    count -= 1
                    if count == 0 {
                        let rawSpec = input[specStart..<(pos - 1)]
                        return fieldValue(name, conversion: conversion, numbering: &numbering) { numbering in
                            if !needsExpanding { return rawSpec.isEmpty ? [] : [.literal(StrAlgorithms.string(rawSpec))] }
                            return markup(rawSpec, depth: depth - 1, numbering: &numbering)
                        }
                    }
                }
            }
            return .failure(PyFailure(.valueError, "unmatched '{' in format spec"))
        }
        if c != "}" { return .failure(PyFailure(.valueError, "expected '}' before end of string")) }
        return fieldValue(name, conversion: conversion, spec: [], numbering: &numbering)
    }

    private static func fieldValue(
        _ name: Text, conversion: ReplacementField.Conversion?, spec: [FormatStringPart],
        numbering: inout AutoNumbering
    ) -> Result<ReplacementField, PyFailure> {
        fieldValue(name, conversion: conversion, numbering: &numbering) { _ in spec }
    }

    /// `field_name_split` (numbering happens here, before the nested spec is parsed) and the
    /// accessors of the rest of the name.
    private static func fieldValue(
        _ name: Text, conversion: ReplacementField.Conversion?, numbering: inout AutoNumbering,
        spec: (inout AutoNumbering) -> [FormatStringPart]
    ) -> Result<ReplacementField, PyFailure> {
        var firstEnd = name.startIndex
        while firstEnd < name.endIndex && name[firstEnd] != "." && name[firstEnd] != "[" { firstEnd += 1 }
        let first = name[name.startIndex..<firstEnd]
        let index: Int?
        switch integer(first) {
        case .failure(let failure): return .failure(failure)
        case .success(let value): index = value
        }
        let isEmpty = first.isEmpty
        let argument: ReplacementField.Argument
        if isEmpty || index != nil {
            if numbering.state == .initial { numbering.state = isEmpty ? .automatic : .manual }
            if numbering.state == .manual && isEmpty {
                return .failure(PyFailure(.valueError,
                                          "cannot switch from manual field specification to automatic field numbering"))
            }
            if numbering.state != .manual && !isEmpty {
                return .failure(PyFailure(.valueError,
                                          "cannot switch from automatic field numbering to manual field specification"))
            }
            if isEmpty {
                argument = .positional(numbering.next)
                numbering.next += 1
            } else {
                argument = .positional(index ?? 0)
            }
        } else {
            argument = .keyword(StrAlgorithms.string(first))
        }
        var field = ReplacementField(argument: argument, conversion: conversion)
        accessors(name[firstEnd...], into: &field)
        field.spec = spec(&numbering)
        return .success(field)
    }

    /// `FieldNameIterator_next` until the end of the name or its first error.
    private static func accessors(_ rest: Text, into field: inout ReplacementField) {
        var pos = rest.startIndex
        while pos < rest.endIndex {
            let kind = rest[pos]
            pos += 1
            let nameStart = pos
            var nameEnd: Int
            if kind == "." {
                while pos < rest.endIndex && rest[pos] != "." && rest[pos] != "[" { pos += 1 }
                nameEnd = pos
            } else if kind == "[" {
                while pos < rest.endIndex && rest[pos] != "]" { pos += 1 }
                guard pos < rest.endIndex else {
                    field.accessorFailure = PyFailure(.valueError, "Missing ']' in format string")
                    return
                }
                nameEnd = pos
                pos += 1
            } else {
                field.accessorFailure = PyFailure(.valueError,
                                                  "Only '.' or '[' may follow ']' in format field specifier")
                return
            }
            let name = rest[nameStart..<nameEnd]
            var accessor: ReplacementField.Accessor = .attribute(StrAlgorithms.string(name))
            if kind == "[" {
                switch integer(name) {
                case .failure(let failure):
                    field.accessorFailure = failure
                    return
                case .success(let index):
                    accessor = index.map(ReplacementField.Accessor.index) ?? .key(StrAlgorithms.string(name))
                }
            }
            if name.isEmpty {
                field.accessorFailure = PyFailure(.valueError, "Empty attribute in format string")
                return
            }
            field.accessors.append(accessor)
        }
    }

    /// `get_integer`: the value of an all-decimal-digit name, nil otherwise.
    private static func integer(_ text: Text) -> Result<Int?, PyFailure> {
        if text.isEmpty { return .success(nil) }
        var value = 0
        for c in text {
            guard let digit = UnicodeClasses.decimalValue(c) else { return .success(nil) }
            if value > (Int.max - digit) / 10 {
                return .failure(PyFailure(.valueError, "Too many decimal digits in format string"))
            }
            value = value * 10 + digit
        }
        return .success(value)
    }

    /// Joins adjacent literals (an escaped brace ends one literal in CPython's iterator).
    private static func mergeLiterals(_ parts: [FormatStringPart]) -> [FormatStringPart] {
        var merged: [FormatStringPart] = []
        for part in parts {
            if case .literal(let text) = part, case .literal(let previous)? = merged.last {
                merged[merged.count - 1] = .literal(previous + text)
            } else {
                merged.append(part)
            }
        }
        return merged
    }
}
