extension VM {
    /// A call statement's result is dropped (`greet()` or `asyncio.sleep(1)` without `await`). When that result is
    /// an unstarted coroutine nothing else refers to, CPython's reference count frees it right here and
    /// `_PyErr_WarnUnawaitedCoroutine` warns through `warnings` (RuntimeWarning, the "default" filter: once per
    /// file, line and message), naming the running frame's file, line and source line. The model asks the same
    /// question at the same moment: whether the stack slot held the only reference.
    ///
    /// Coroutines dropped elsewhere (a local that goes out of scope, an argument of a call that failed) are
    /// freed at moments only CPython's reference counting decides; the model does not warn for them.
    func dropStatementResult(_ slot: inout PyValue, code: CodeObject, line: Int) {
        guard case .object = slot else { return }
        var value = slot
        slot = .none
        guard case .object(var object) = value else { return }
        value = .none
        guard isKnownUniquelyReferenced(&object) else { return }
        let name: String
        switch object {
        case let g as PyGenerator where g.kind == .coroutine && g.state == .created: name = g.qualname
        case let c as PyNativeCoroutine where !c.hasStarted: name = c.coroutine.name
        default: return
        }
        let file = code.source?.fileName ?? fileName
        let message = "coroutine '\(name)' was never awaited"
        guard warningsShown.insert("\(file):\(line):\(message)").inserted else { return }
        var lines = ["\(file):\(line): RuntimeWarning: \(message)"]
        if let text = code.source?.line(line) {
            let source = text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
            if !source.isEmpty { lines.append("  " + String(source)) }
        }
        lines.append("RuntimeWarning: Enable tracemalloc to get the object allocation traceback")
        write(lines.map { $0 + "\n" }.joined(), toStderr: true)
    }
}
