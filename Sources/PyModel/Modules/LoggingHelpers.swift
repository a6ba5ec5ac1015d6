/// The Swift helpers the `logging` source needs: where the logging call was made (CPython's `findCaller`),
/// the thread's name, an exception's traceback text, and unsupported stops that name the snippet's line.
enum LoggingHelpers {
    /// The file `logging`'s own frames run in (skipped when looking for the caller).
    static let sourceFile = "<stdlib>/logging.py"

    static func install(into m: PyModule) {
        m.namespace["_caller"] = .object(PyNative("_caller") { vm, _ in
            guard let frame = callerFrame(vm) else {
                return .object(PyTuple([.none, .none, .none]))
            }
            let file = frame.code.source?.fileName ?? vm.fileName
            return .object(PyTuple([.str(file), .int(frame.line), .str(frame.code.name)]))
        })
        m.namespace["_thread_name"] = .object(PyNative("_thread_name") { vm, _ in
            vm.inWorker ? .none : .str("MainThread")
        })
        m.namespace["_format_exception"] = .object(PyNative("_format_exception") { vm, a in
            guard let exc = a.value(0)?.object as? PyExc else { return .str("NoneType: None") }
            return .str(TracebackPrinter(vm: vm, fileName: vm.fileName).format(exc).joined(separator: "\n"))
        })
        m.namespace["_unsupported"] = .object(PyNative("_unsupported") { vm, a in
            let what = try strArg(a.value(0), "what")
            throw RunStop.unsupported(what, line: callerFrame(vm)?.line ?? 0)
        })
    }

    /// The innermost frame outside the module source `file` (`logging`'s by default), going outwards from the
    /// running one, or `nil` when the frame chain ends first (a frame run by a nested call keeps no link to
    /// its caller).
    static func callerFrame(_ vm: VM, outside file: String = sourceFile) -> Frame? {
        var frame = vm.currentFrame
        while let f = frame, f.code.source?.fileName == file { frame = f.parent }
        return frame
    }
}
