/// Formats an exception as CPython 3.11 prints an uncaught one (`PyErr_Display`; asyncio's logs use the same
/// layout through `traceback.format_exception`): the chain of causes and contexts first, each with
/// "Traceback (most recent call last):", its frames (file, line, function, source line, markers) and the
/// `Type: message` line; exception groups in their boxed form. Lines are returned without line breaks.
struct TracebackPrinter {
    let vm: VM
    /// The name frames of the run's own code show (the notes file, or the program).
    let fileName: String

    /// CPython's `_RECURSIVE_CUTOFF`: identical consecutive frames shown before "[Previous line repeated ...]".
    private static let recursiveCutoff = 3
    private static let maxGroupWidth = 15
    private static let maxGroupDepth = 10
    private static let causeMessage = ["", "The above exception was the direct cause of the following exception:", ""]
    private static let contextMessage = ["", "During handling of the above exception, another exception occurred:", ""]

    /// The whole report for `exc`, chained exceptions included.
    func format(_ exc: PyExc) -> [String] {
        var context = Context()
        return format(exc, &context)
    }

    /// Where the output is in the boxes of exception groups, and which exceptions were shown already.
    private struct Context {
        var seen: Set<ObjectIdentifier> = []
        var groupDepth = 0
        var needClose = false

        var indent: String { String(repeating: " ", count: 2 * groupDepth) }

        func emit(_ lines: [String], margin: String = "|") -> [String] {
            guard groupDepth > 0 else { return lines }
            let prefix = indent + margin + " "
            return lines.map { prefix + $0 }
        }
    }

    private func format(_ exc: PyExc, _ ctx: inout Context) -> [String] {
        var chain: [(message: [String]?, exc: PyExc)] = []
        var current: PyExc? = exc
        ctx.seen.insert(ObjectIdentifier(exc))
        while let e = current {
            if let cause = e.cause, ctx.seen.insert(ObjectIdentifier(cause)).inserted {
                chain.append((Self.causeMessage, e))
                current = cause
            } else if e.cause == nil, !e.suppressContext, let context = e.context,
                      ctx.seen.insert(ObjectIdentifier(context)).inserted {
                chain.append((Self.contextMessage, e))
                current = context
            } else {
                chain.append((nil, e))
                current = nil
            }
        }
        var out: [String] = []
        for link in chain.reversed() {
            if let message = link.message { out += ctx.emit(message) }
            out += formatSingle(link.exc, &ctx)
        }
        return out
    }

    private func formatSingle(_ exc: PyExc, _ ctx: inout Context) -> [String] {
        guard exc.isInstance(of: BT.baseExceptionGroup) else {
            var out: [String] = []
            if !exc.traceback.isEmpty {
                out += ctx.emit(["Traceback (most recent call last):"] + stackLines(exc.traceback))
            }
            return out + ctx.emit(exceptionOnly(exc))
        }
        if ctx.groupDepth > Self.maxGroupDepth {
            return ctx.emit(["... (max_group_depth is \(Self.maxGroupDepth))"])
        }
        var out: [String] = []
        let isTopLevel = ctx.groupDepth == 0
        if isTopLevel { ctx.groupDepth += 1 }
        if !exc.traceback.isEmpty {
            out += ctx.emit(["Exception Group Traceback (most recent call last):"], margin: isTopLevel ? "+" : "|")
            out += ctx.emit(stackLines(exc.traceback))
        }
        out += ctx.emit(exceptionOnly(exc))
        let count = exc.exceptions.count
        let shown = count <= Self.maxGroupWidth ? count : Self.maxGroupWidth + 1
        ctx.needClose = false
        for i in 0..<shown {
            let isLast = i == shown - 1
            if isLast { ctx.needClose = true }
            let truncated = i >= Self.maxGroupWidth
            let title = truncated ? "..." : "\(i + 1)"
            out.append(ctx.indent + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------")
            ctx.groupDepth += 1
            if truncated {
                let remaining = count - Self.maxGroupWidth
                out += ctx.emit(["and \(remaining) more exception\(remaining > 1 ? "s" : "")"])
            } else {
                out += format(exc.exceptions[i], &ctx)
            }
            if isLast && ctx.needClose {
                out.append(ctx.indent + "+------------------------------------")
                ctx.needClose = false
            }
            ctx.groupDepth -= 1
        }
        if isTopLevel { ctx.groupDepth = 0 }
        return out
    }

    /// `Type: message`, then the exception's `__notes__`.
    private func exceptionOnly(_ exc: PyExc) -> [String] {
        var out = vm.lastLine(of: exc).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let notes = exc.dict["__notes__"]?.object as? PyList {
            for note in notes.items {
                let text = (try? vm.str(note)) ?? "<note str() failed>"
                out += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        return out
    }

    /// The frames, with runs of the same frame line cut after three ("[Previous line repeated N more times]").
    private func stackLines(_ entries: [TracebackEntry]) -> [String] {
        var out: [String] = []
        var last: (file: String, line: Int, function: String)?
        var count = 0
        func flushRepeats() {
            if count > Self.recursiveCutoff {
                let more = count - Self.recursiveCutoff
                out.append("  [Previous line repeated \(more) more time\(more > 1 ? "s" : "")]")
            }
        }
        for entry in entries where entry.source?.isHidden != true {
            let file = entry.source?.fileName ?? fileName
            if last.map({ $0.file != file || $0.line != entry.line || $0.function != entry.function }) ?? true {
                flushRepeats()
                last = (file, entry.line, entry.function)
                count = 0
            }
            count += 1
            if count > Self.recursiveCutoff { continue }
            out.append("  File \"\(file)\", line \(entry.line), in \(entry.function)")
            guard let text = entry.source?.line(entry.line) else { continue }
            let stripped = text.trimmingWhitespace
            guard !stripped.isEmpty else { continue }
            out.append("    " + stripped)
            if let markers = CaretLine.markers(for: text, entry.position) { out.append(markers) }
        }
        flushRepeats()
        return out
    }
}

private extension String {
    /// The text without leading and trailing spaces, tabs, form feeds and line breaks (Python's `strip()`).
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{0C}" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
