import AsyncModel

/// `asyncio`, bound to AsyncModel: every primitive is the AsyncModel one, driven through the seam.
enum AsyncioModule {
    /// An argument of gather/wait/shield/...: a future, or a coroutine AsyncModel wraps in a task.
    static func awaitable(_ vm: VM, _ v: PyValue) throws -> Awaitable {
        switch v.object {
        case let f as PyFuture: return .future(f.future)
        case let g as PyGenerator where g.kind == .coroutine: return .coroutine(TaskCoroutine(g, vm: vm))
        case let n as PyNativeCoroutine: return .coroutine(n.coroutine)
        default:
            throw pyErr(BT.typeError, "An asyncio.Future, a coroutine or an awaitable is required")
        }
    }

    /// A coroutine argument (`create_task`, `run`, `TaskGroup.create_task`): Python's or AsyncModel's.
    static func coroutineArg(_ vm: VM, _ v: PyValue?) throws -> any Coroutine {
        if let g = v?.object as? PyGenerator, g.kind == .coroutine { return TaskCoroutine(g, vm: vm) }
        if let n = v?.object as? PyNativeCoroutine { return n.coroutine }
        throw pyErr(BT.typeError, "a coroutine was expected, got \(try vm.repr(v ?? .none))")
    }

    static func timeoutArg(_ v: PyValue?) -> Double? {
        guard let v = v, !v.isNone else { return nil }
        return floatValue(v)
    }

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "asyncio")
        func def(_ name: String, _ body: @escaping PyNative.Body) {
            m.namespace[name] = .object(PyNative(name) { vm, a in try asyncCall(vm) { try body(vm, a) } })
        }
        for t in [AsyncioTypes.future, AsyncioTypes.task, AsyncioTypes.event, AsyncioTypes.lock, AsyncioTypes.semaphore,
                  AsyncioTypes.boundedSemaphore, AsyncioTypes.condition, AsyncioTypes.barrier, AsyncioTypes.queue,
                  AsyncioTypes.lifoQueue, AsyncioTypes.priorityQueue, AsyncioTypes.taskGroup, AsyncioTypes.timeout] {
            m.namespace[t.name] = .object(t)
        }
        m.namespace["CancelledError"] = .object(BT.cancelledError)
        m.namespace["TimeoutError"] = .object(BT.timeoutError)
        m.namespace["InvalidStateError"] = .object(BT.invalidStateError)
        m.namespace["QueueEmpty"] = .object(BT.queueEmpty)
        m.namespace["QueueFull"] = .object(BT.queueFull)
        m.namespace["BrokenBarrierError"] = .object(BT.brokenBarrierError)
        m.namespace["FIRST_COMPLETED"] = .str("FIRST_COMPLETED")
        m.namespace["FIRST_EXCEPTION"] = .str("FIRST_EXCEPTION")
        m.namespace["ALL_COMPLETED"] = .str("ALL_COMPLETED")
        def("run") { vm, a in
            let g = try coroutineArg(vm, a.value(0, "main"))
            do {
                let result = try vm.virtualRun.runMain(g, asyncGeneratorShutdown: { [unowned vm] in vm.asyncGeneratorShutdown() })
                vm.printLoopReports()
                return vm.pyValue(fromFuture: result)
            } catch {
                if let stop = vm.pendingStop { throw stop }
                if let stop = error as? RunStop { throw stop }
                if let a = error as? AsyncError, a.kind == .deadlock {
                    throw RunStop.budget(.virtualTime, line: 0)
                }
                vm.printLoopReports()
                let exc = vm.pythonException(for: error)
                exc.traceback.insert(contentsOf: StdlibFrames.asyncioRun, at: 0)
                throw PyRaise(exc: exc)
            }
        }
        def("sleep") { vm, a in
            guard let delay = a.value(0, "delay").flatMap(floatValue) else {
                throw pyErr(BT.typeError, "'<=' not supported between instances of '\(a.value(0)?.typeName ?? "NoneType")' and 'int'")
            }
            let result = a.value(1, "result") ?? .none
            let value: FutureValue = result.isNone ? () : result
            let sleep = SleepCoroutine(delay, result: value, in: vm.virtualRun, mark: SourceMark(line: vm.currentLine))
            return .object(PyNativeCoroutine(sleep, frames: delay > 0 ? StdlibFrames.sleep : StdlibFrames.sleepZero))
        }
        def("create_task") { vm, a in
            let g = try coroutineArg(vm, a.value(0, "coro"))
            let loop = try vm.virtualRun.requireRunningLoop()
            let name = try a.keyword("name").flatMap { $0.isNone ? nil : try vm.str($0) }
            // CPython names the task after creating it, so a given name still uses up a default number.
            let task = loop.createTask(g)
            if let name { task.name = name }
            return .object(vm.wrap(task))
        }
        def("ensure_future") { vm, a in
            let v = a.value(0) ?? .none
            if v.object is PyFuture { return v }
            switch try awaitable(vm, v) {
            case .future(let f): return .object(vm.wrap(f))
            case .coroutine(let c):
                let loop = try vm.virtualRun.getEventLoop()
                return .object(vm.wrap(loop.createTask(c, cause: .ensureFuture)))
            }
        }
        def("gather") { vm, a in
            let items = try a.positional.map { try awaitable(vm, $0) }
            let returnExceptions = try vm.truthy(a.keyword("return_exceptions") ?? .false)
            return .object(vm.wrap(try vm.virtualRun.gather(items, returnExceptions: returnExceptions)))
        }
        def("wait") { vm, a in
            var futures: [Future] = []
            for v in try vm.iterate(a.value(0, "fs") ?? .none) {
                guard let f = v.object as? PyFuture else {
                    if (v.object as? PyGenerator)?.kind == .coroutine {
                        throw pyErr(BT.typeError, "Passing coroutines is forbidden, use tasks explicitly.")
                    }
                    throw pyErr(BT.typeError, "expect a list of futures, not \(v.typeName)")
                }
                futures.append(f.future)
            }
            let timeout = timeoutArg(a.value(1, "timeout"))
            let whenName = try a.value(2, "return_when").map { try vm.str($0) } ?? "ALL_COMPLETED"
            guard let when = ReturnWhen(rawValue: whenName) else {
                throw pyErr(BT.valueError, "Invalid return_when value: \(whenName)")
            }
            let inner = vm.virtualRun.wait(futures, timeout: timeout, returnWhen: when)
            return .object(PyNativeCoroutine(NativeCoroutine(name: "wait") { .awaitCoroutine(inner) { r in
                switch r {
                case .error(let e): return .raised(e)
                case .value(let v):
                    guard let w = v as? WaitResult else { return .returned(PyValue.none) }
                    let done = PySet(), pending = PySet()
                    for f in w.done { done.storage[HashKey(value: .object(vm.wrap(f)), hash: ObjectIdentifier(f).hashValue)] = .object(vm.wrap(f)) }
                    for f in w.pending { pending.storage[HashKey(value: .object(vm.wrap(f)), hash: ObjectIdentifier(f).hashValue)] = .object(vm.wrap(f)) }
                    return .returned(PyValue.object(PyTuple([.object(done), .object(pending)])))
                }
            } }))
        }
        def("wait_for") { vm, a in
            let item = try awaitable(vm, a.value(0, "fut") ?? .none)
            let timeout = timeoutArg(a.value(1, "timeout"))
            return .object(PyNativeCoroutine(vm.virtualRun.waitFor(item, timeout: timeout)) { exc in
                StdlibFrames.waitForError(exc, item: item, timeout: timeout)
            })
        }
        def("shield") { vm, a in .object(vm.wrap(try vm.virtualRun.shield(try awaitable(vm, a.value(0) ?? .none)))) }
        def("timeout") { vm, a in
            .object(PyBox(AsyncioTypes.timeout, try Timeout(after: timeoutArg(a.value(0, "delay")), in: vm.virtualRun)))
        }
        def("timeout_at") { vm, a in
            .object(PyBox(AsyncioTypes.timeout, Timeout(at: timeoutArg(a.value(0, "when")), in: vm.virtualRun)))
        }
        def("as_completed") { vm, a in
            let items = try vm.iterate(a.value(0, "fs") ?? .none).map { try awaitable(vm, $0) }
            let timeout = timeoutArg(a.value(1, "timeout"))
            var coroutines: [NativeCoroutine]?
            var index = 0
            return .object(PyNativeIterator(type: BT.generator) { vm in
                if coroutines == nil { coroutines = try asyncCall(vm) { try vm.virtualRun.asCompleted(items, timeout: timeout) } }
                guard let cs = coroutines, index < cs.count else { return nil }
                defer { index += 1 }
                return .object(PyNativeCoroutine(cs[index]))
            })
        }
        def("to_thread") { vm, a in
            let job = PythonWorkerJob(vm: vm, function: a.value(0) ?? .none, args: Array(a.positional.dropFirst()),
                                      keywords: a.keywords)
            return .object(PyNativeCoroutine(vm.virtualRun.toThread(job)))
        }
        def("current_task") { vm, _ in
            _ = try vm.virtualRun.requireRunningLoop()
            return vm.virtualRun.currentTask.map { .object(vm.wrap($0)) } ?? .none
        }
        def("all_tasks") { vm, _ in
            let s = PySet()
            for t in try vm.virtualRun.requireRunningLoop().allTasks() {
                let w = PyValue.object(vm.wrap(t))
                s.storage[try vm.hashKey(w)] = w
            }
            return .object(s)
        }
        def("iscoroutine") { _, a in
            let v = a.value(0)?.object
            return .bool((v as? PyGenerator)?.kind == .coroutine || v is PyNativeCoroutine)
        }
        def("iscoroutinefunction") { _, a in
            var v = a.value(0) ?? .none
            if let b = v.object as? PyBoundMethod { v = b.function }
            return .bool((v.object as? PyFunction)?.code.flags.contains(.coroutine) ?? false)
        }
        def("isfuture") { _, a in .bool(a.value(0)?.object is PyFuture) }
        def("get_running_loop") { vm, _ in .object(vm.wrapLoop(try vm.virtualRun.requireRunningLoop())) }
        def("get_event_loop") { vm, _ in .object(vm.wrapLoop(try vm.virtualRun.getEventLoop())) }
        def("new_event_loop") { vm, _ in .object(vm.wrapLoop(vm.virtualRun.newLoop())) }
        def("set_event_loop") { vm, a in
            let arg = a.value(0, "loop") ?? .none
            if arg.isNone {
                vm.virtualRun.setEventLoop(nil)
            } else if let l = arg.object as? PyLoop {
                vm.virtualRun.setEventLoop(l.loop)
            } else {
                throw pyErr(BT.typeError, "loop must be an instance of AbstractEventLoop or None, not '\(arg.typeName)'")
            }
            return .none
        }
        return m
    }
}
