import AsyncModel

/// The Python object for an AsyncModel loop (`asyncio.get_running_loop()`).
final class PyLoop: PyObject {
    let loop: Loop

    override var type: PyType { AsyncioTypes.loop }

    init(_ loop: Loop) {
        self.loop = loop
    }
}

extension VM {
    /// Runs a loop from Python (`run_until_complete`, `run_forever`): budget stops surface as such.
    func runLoop(_ body: () throws -> PyValue) throws -> PyValue {
        do {
            return try body()
        } catch {
            if let stop = pendingStop { throw stop }
            if let stop = error as? RunStop { throw stop }
            if let a = error as? AsyncError, a.kind == .deadlock { throw RunStop.budget(.virtualTime, line: 0) }
            throw PyRaise(exc: pythonException(for: error))
        }
    }

    func wrapLoop(_ loop: Loop) -> PyLoop {
        let key = "asyncio.loop.\(loop.id)"
        if let l = moduleState[key] as? PyLoop, l.loop === loop { return l }
        let l = PyLoop(loop)
        moduleState[key] = l
        return l
    }

    /// A loop callback calling a Python callable with arguments; `when` is a timer handle's deadline.
    func loopCallback(_ fn: PyValue, _ args: [PyValue], when: Double? = nil) -> () -> Void {
        { [unowned self] in
            self.callback(fn, args, when: when) { _ = try self.call(fn, Args(args)) }
        }
    }
}

/// `loop.time()`, `call_soon`, `call_later`, `call_at`, `create_task`, `create_future`, `run_in_executor`.
enum LoopMethods {
    static func loop(_ a: Args) throws -> Loop {
        guard let l = a.value(0)?.object as? PyLoop else { throw pyErr(BT.typeError, "descriptor requires a loop") }
        return l.loop
    }

    static func install(_ t: PyType) {
        t.method("time") { _, a in .float(try loop(a).time()) }
        t.method("is_running") { _, a in .bool(try loop(a).isRunning) }
        t.method("is_closed") { _, a in .bool(try loop(a).isClosed) }
        t.method("call_soon") { vm, a in
            let l = try loop(a)
            let h = l.callSoon(vm.loopCallback(a.value(1) ?? .none, Array(a.positional.dropFirst(2))))
            return .object(PyBox(AsyncioTypes.handle, h))
        }
        t.method("call_later") { vm, a in
            let l = try loop(a)
            guard let delay = a.value(1).flatMap(floatValue) else { throw pyErr(BT.typeError, "delay must be a number") }
            let when = l.time() + delay
            let h = l.callLater(delay, vm.loopCallback(a.value(2) ?? .none, Array(a.positional.dropFirst(3)), when: when))
            return .object(PyBox(AsyncioTypes.handle, h))
        }
        t.method("call_at") { vm, a in
            let l = try loop(a)
            guard let when = a.value(1).flatMap(floatValue) else { throw pyErr(BT.typeError, "when must be a number") }
            let h = l.callAt(when, vm.loopCallback(a.value(2) ?? .none, Array(a.positional.dropFirst(3)), when: when))
            return .object(PyBox(AsyncioTypes.handle, h))
        }
        t.method("create_task") { vm, a in
            let l = try loop(a)
            let coroutine = try AsyncioModule.coroutineArg(vm, a.value(1))
            let name = try a.keyword("name").flatMap { $0.isNone ? nil : try vm.str($0) }
            return .object(vm.wrap(l.createTask(coroutine, name: name)))
        }
        t.method("create_future") { vm, a in .object(vm.wrap(try loop(a).createFuture())) }
        t.method("run_in_executor") { vm, a in
            let l = try loop(a)
            if let (name, _) = a.keywords.first {
                throw pyErr(BT.typeError, "BaseEventLoop.run_in_executor() got an unexpected keyword argument '\(name)'")
            }
            let job = PythonWorkerJob(vm: vm, function: a.value(2) ?? .none, args: Array(a.positional.dropFirst(3)))
            return .object(vm.wrap(l.runInExecutor(job)))
        }
        t.method("run_until_complete") { vm, a in
            let l = try loop(a)
            let awaitable = try AsyncioModule.awaitable(vm, a.value(1) ?? .none)
            return try vm.runLoop {
                switch awaitable {
                case .future(let f): return vm.pyValue(fromFuture: try l.runUntilComplete(f))
                case .coroutine(let c): return vm.pyValue(fromFuture: try l.runUntilComplete(c))
                }
            }
        }
        t.method("run_forever") { vm, a in
            let l = try loop(a)
            return try vm.runLoop {
                try l.runForever()
                return .none
            }
        }
        t.method("stop") { _, a in
            try loop(a).stop()
            return .none
        }
        t.method("close") { vm, a in
            let l = try loop(a)
            try asyncCall(vm) { try l.close() }
            return .none
        }
        t.method("shutdown_asyncgens") { vm, _ in .object(PyNativeCoroutine(vm.asyncGeneratorShutdown())) }
    }
}

/// A Python function run on a modelled worker thread: `time.sleep` inside it blocks the worker only.
///
/// The function's frames suspend at each `time.sleep` (the eval loop returns to here) and resume when the
/// executor calls `resume()` again after the blocked duration.
final class PythonWorkerJob: WorkerJob {
    unowned let vm: VM
    let function: PyValue
    let args: [PyValue]
    /// Keyword arguments for `function` (`to_thread` passes them on; `run_in_executor` takes none).
    let keywords: [(String, PyValue)]
    private var frame: Frame?
    private var pendingResult: PyValue?
    private var started = false

    init(vm: VM, function: PyValue, args: [PyValue], keywords: [(String, PyValue)] = []) {
        self.vm = vm
        self.function = function
        self.args = args
        self.keywords = keywords
    }

    func resume() -> WorkerStep {
        if let r = pendingResult {
            pendingResult = nil
            return .returned(r)
        }
        let wasWorker = vm.inWorker
        let outerFrame = vm.workerFrame
        vm.inWorker = true
        defer {
            vm.inWorker = wasWorker
            vm.workerFrame = outerFrame
        }
        do {
            if !started {
                started = true
                if let fn = function.object as? PyFunction, !fn.code.isGenerator {
                    frame = try vm.bindFrame(fn, Args(args, keywords: keywords))
                } else {
                    vm.workerFrame = nil
                    let r = try vm.call(function, Args(args, keywords: keywords))
                    if let s = vm.workerSleep {
                        vm.workerSleep = nil
                        pendingResult = r
                        return .blocked(seconds: s)
                    }
                    return .returned(r)
                }
            }
            guard let frame = frame else { return .returned(PyValue.none) }
            vm.workerFrame = frame
            switch try vm.execute(frame, .start) {
            case .yielded(let v):
                return .blocked(seconds: floatValue(v) ?? 0)
            case .returned(let v):
                if let s = vm.workerSleep {
                    vm.workerSleep = nil
                    pendingResult = v
                    return .blocked(seconds: s)
                }
                return .returned(v)
            }
        } catch let stop as RunStop {
            vm.workerSleep = nil
            vm.pendingStop = stop
            vm.virtualRun.runningLoop?.stop()
            return .raised(stop)
        } catch {
            vm.workerSleep = nil
            return .raised(error)
        }
    }
}
