import AsyncModel

/// Methods of `asyncio.Future` and `asyncio.Task`.
enum FutureMethods {
    static func fut(_ a: Args) throws -> Future {
        guard let f = a.value(0)?.object as? PyFuture else {
            throw pyErr(BT.typeError, "descriptor requires a 'Future' object")
        }
        return f.future
    }

    static func installFuture(_ t: PyType) {
        t.construct = { vm, _, _ in
            let loop = try asyncCall(vm) { try vm.virtualRun.getEventLoop() }
            return .object(vm.wrap(loop.createFuture()))
        }
        t.method("result") { vm, a in
            let f = try fut(a)
            if !f.isDone { throw pyErr(BT.invalidStateError, "Result is not set.") }
            return try asyncCall(vm) { vm.pyValue(fromFuture: try f.result()) }
        }
        t.method("exception") { vm, a in
            let f = try fut(a)
            return try asyncCall(vm) { try f.exception().map { .object(vm.pythonException(for: $0)) } ?? .none }
        }
        t.method("done") { _, a in .bool(try fut(a).isDone) }
        t.method("cancelled") { _, a in .bool(try fut(a).isCancelled) }
        t.method("cancel") { _, a in
            let msg = try (a.value(1, "msg") ?? a.keyword("msg")).flatMap { $0.isNone ? nil : try strArg($0, "msg") }
            return .bool(try fut(a).cancel(message: msg))
        }
        t.method("set_result") { vm, a in
            let f = try fut(a)
            if f.isDone { throw pyErr(BT.invalidStateError, "invalid state") }
            try asyncCall(vm) { try f.setResult(a.value(1) ?? .none) }
            return .none
        }
        t.method("set_exception") { vm, a in
            let f = try fut(a)
            if f.isDone { throw pyErr(BT.invalidStateError, "invalid state") }
            let e = try vm.makeException(a.value(1) ?? .none)
            if e.isInstance(of: BT.stopIteration) {
                throw pyErr(BT.typeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
            }
            e.storedTraceback = e.traceback
            try asyncCall(vm) { try f.setException(PyRaise(exc: e)) }
            return .none
        }
        t.method("add_done_callback") { vm, a in
            let f = try fut(a)
            let cb = a.value(1) ?? .none
            let key: AnyObject = cb.object ?? f
            f.addDoneCallback(key: key) { [unowned vm] done in
                let future = PyValue.object(vm.wrap(done))
                vm.callback(cb, [future]) { _ = try vm.call(cb, Args([future])) }
            }
            return .none
        }
        t.method("remove_done_callback") { _, a in
            let f = try fut(a)
            guard let key = a.value(1)?.object else { return .int(0) }
            return .int(f.removeDoneCallbacks(key: key))
        }
        t.method("get_loop") { vm, a in .object(vm.wrapLoop(try fut(a).loop)) }
        t.method("__await__") { vm, a in .object(FutureAwaiter(vm.wrap(try fut(a)))) }
        t.method("__iter__") { vm, a in .object(FutureAwaiter(vm.wrap(try fut(a)))) }
        t.method("__repr__") { vm, a in .str(try futureRepr(vm, try fut(a))) }
        t.classMethod("__class_getitem__") { _, a in a[0] }
    }

    static func installTask(_ t: PyType) {
        t.construct = { vm, _, a in
            let coroutine = try AsyncioModule.coroutineArg(vm, a.value(0))
            let loop = try asyncCall(vm) { try vm.virtualRun.getEventLoop() }
            let name = try a.keyword("name").flatMap { $0.isNone ? nil : try vm.str($0) }
            return .object(vm.wrap(loop.createTask(coroutine, name: name)))
        }
        t.method("get_name") { _, a in
            guard let task = try fut(a) as? Task else { return .none }
            return .str(task.name)
        }
        t.method("set_name") { vm, a in
            guard let task = try fut(a) as? Task else { return .none }
            task.name = try vm.str(a.value(1) ?? .none)
            return .none
        }
        t.method("get_coro") { _, a in
            guard let task = try fut(a) as? Task else { return .none }
            if let c = task.coroutine as? TaskCoroutine { return .object(c.gen) }
            return .object(PyNativeCoroutine(task.coroutine))
        }
        t.method("cancelling") { _, a in .int((try fut(a) as? Task)?.cancelling ?? 0) }
        t.method("uncancel") { _, a in .int((try fut(a) as? Task)?.uncancel() ?? 0) }
        t.method("get_stack") { _, _ in .object(PyList()) }
    }

    /// CPython's `Future.__repr__` and `Task.__repr__` (`_future_repr_info`, `_task_repr_info`): the state, a
    /// task's name, coroutine and the future it waits on (`wait_for=`), the result or exception once done, and
    /// the done callbacks (`cb=[...]`).
    static func futureRepr(_ vm: VM, _ f: Future) throws -> String {
        let state = f.state.rawValue.lowercased()
        var info = [state]
        if f.isDone, !f.isCancelled {
            if let e = try? f.exception() {
                info.append("exception=\(try vm.repr(.object(vm.pythonException(for: e))))")
            } else if let r = try? f.result() {
                info.append("result=\(try vm.repr(vm.pyValue(fromFuture: r)))")
            }
        }
        if let callbacks = callbacksRepr(vm, f) { info.append(callbacks) }
        if let task = f as? Task {
            var location = vm.fileName
            if let c = task.coroutine as? TaskCoroutine {
                // CPython's `_format_coroutine`: the def line once done or before the first step, else the current line.
                let frame = c.gen.frame
                let line = f.isDone || frame.pc == 0 ? frame.code.firstLine : frame.line
                location = "\(frame.code.source?.fileName ?? vm.fileName):\(line)"
            }
            let coro = "coro=<\(task.coroutine.name)()" + (f.isDone ? " done, defined at \(location)>" : " running at \(location)>")
            var inserted = ["name='\(task.name)'", coro]
            if let waiter = task.waitingOn { inserted.append("wait_for=\(try futureRepr(vm, waiter))") }
            info.insert(contentsOf: inserted, at: 1)
            return "<Task " + info.joined(separator: " ") + ">"
        }
        return "<\(vm.wrap(f).type.name) " + info.joined(separator: " ") + ">"
    }

    /// CPython's `_format_callbacks`: `cb=[...]` naming each waiting done callback (`<n more>` between the first
    /// and the last of more than two); `nil` with none, or when one is the model's own, which has no Python name.
    static func callbacksRepr(_ vm: VM, _ f: Future) -> String? {
        var names: [String] = []
        for owner in f.doneCallbackOwners {
            switch owner {
            case .taskWakeup:
                names.append("Task.task_wakeup()")
            case .key(let key):
                guard let object = key as? PyObject, let name = callbackName(vm, object) else { return nil }
                names.append(name)
            }
        }
        guard let first = names.first, let last = names.last else { return nil }
        let shown = names.count > 2 ? [first, "<\(names.count - 2) more>", last] : names
        return "cb=[" + shown.joined(separator: ", ") + "]"
    }

    /// `_format_callback_source(callback, ())`: the callable's qualified name and `()`, with ` at file:line`
    /// for a Python function.
    private static func callbackName(_ vm: VM, _ callable: PyObject) -> String? {
        switch callable {
        case let fn as PyFunction:
            return "\(fn.qualname)() at \(fn.code.source?.fileName ?? vm.fileName):\(fn.code.firstLine)"
        case let b as PyBoundMethod:
            if let fn = b.function.object as? PyFunction { return "\(fn.qualname)()" }
            if let n = b.function.object as? PyNative { return "\(n.qualifier.map { $0 + "." } ?? "")\(n.name)()" }
            return nil
        case let n as PyNative:
            return "\(n.name)()"
        default:
            return nil
        }
    }
}

extension VM {
    /// Runs `function(*args)` as a loop callback (a timer's when `when` is set): an exception is logged as
    /// CPython's default exception handler logs it ("Exception in callback ...", the handle, the traceback
    /// from `Handle._run`), budget stops stop the loop.
    func callback(_ function: PyValue, _ args: [PyValue], when: Double? = nil, _ body: () throws -> Void) {
        do {
            try body()
        } catch let stop as RunStop {
            pendingStop = stop
            virtualRun.runningLoop?.stop()
        } catch {
            let exc = pythonException(for: error)
            exc.traceback.insert(contentsOf: StdlibFrames.handleRun, at: 0)
            let source = callbackSource(function, args)
            let handle = when.map { "TimerHandle when=\(FloatToString.repr($0)) " } ?? "Handle "
            var lines = ["Exception in callback \(source)", "handle: <\(handle)\(source)>"]
            lines += TracebackPrinter(vm: self, fileName: fileName).format(exc)
            write(lines.map { $0 + "\n" }.joined(), toStderr: true)
        }
    }

    /// asyncio's `_format_callback_source`: the callable's qualified name, its arguments' reprs, and for a
    /// Python function where it was defined.
    private func callbackSource(_ function: PyValue, _ args: [PyValue]) -> String {
        let name: String
        switch function.object {
        case let f as PyFunction: name = f.qualname
        case let m as PyBoundMethod: name = (m.function.object as? PyFunction)?.qualname ?? "method"
        case let n as PyNative: name = n.name
        default: name = (try? repr(function)) ?? "callback"
        }
        var text = name + "(" + args.map { shortRepr($0) }.joined(separator: ", ") + ")"
        if let f = function.object as? PyFunction {
            text += " at \(f.code.source?.fileName ?? fileName):\(f.code.firstLine)"
        }
        return text
    }
}
