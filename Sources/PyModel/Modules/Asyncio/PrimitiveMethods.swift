import AsyncModel

/// Event, Lock, Semaphore, Condition, Barrier, Timeout and TaskGroup as Python objects.
enum PrimitiveMethods {
    /// A primitive's coroutine awaited from Python; `frames` are the lines CPython's version adds to a
    /// traceback when it is cancelled while it waits.
    static func native(_ c: NativeCoroutine, frames: [TracebackEntry] = []) -> PyValue {
        .object(PyNativeCoroutine(c, frames: frames))
    }

    /// `async with` support for locks: `__aenter__` acquires, `__aexit__` releases.
    static func installLockProtocol(_ t: PyType, acquire: @escaping (Args) throws -> NativeCoroutine,
                                    release: @escaping (VM, Args) throws -> Void) {
        t.method("acquire") { _, a in native(try acquire(a)) }
        t.method("release") { vm, a in
            try release(vm, a)
            return .none
        }
        t.method("__aenter__") { _, a in
            let c = try acquire(a)
            return native(NativeCoroutine(name: "__aenter__") { .awaitCoroutine(c) { r in
                if case .error(let e) = r { return .raised(e) }
                return .returned(PyValue.none)
            } })
        }
        t.method("__aexit__") { vm, a in
            try release(vm, a)
            return native(NativeCoroutine(name: "__aexit__") { .returned(PyValue.none) })
        }
    }

    static func installEvent(_ t: PyType) {
        t.construct = { vm, cls, _ in .object(PyBox(cls, Event(following: vm.currentRun))) }
        t.method("set") { _, a in
            try boxed(a, Event.self).set()
            return .none
        }
        t.method("clear") { _, a in
            try boxed(a, Event.self).clear()
            return .none
        }
        t.method("is_set") { _, a in .bool(try boxed(a, Event.self).isSet) }
        t.method("wait") { _, a in native(try boxed(a, Event.self).wait(), frames: StdlibFrames.eventWait) }
    }

    static func installLock(_ t: PyType) {
        t.construct = { vm, cls, _ in .object(PyBox(cls, Lock(following: vm.currentRun))) }
        installLockProtocol(t, acquire: { try boxed($0, Lock.self).acquire() },
                            release: { vm, a in try asyncCall(vm) { try boxed(a, Lock.self).release() } })
        t.method("locked") { _, a in .bool(try boxed(a, Lock.self).isLocked) }
    }

    static func makeSemaphore(_ vm: VM, _ a: Args, bounded: Bool) throws -> PyValue {
        let value = try a.value(0, "value").map { try intArg($0, "value") } ?? 1
        let s = try asyncCall(vm) { try Semaphore(value: value, bounded: bounded, following: vm.currentRun) }
        return .object(PyBox(bounded ? AsyncioTypes.boundedSemaphore : AsyncioTypes.semaphore, s))
    }

    static func installSemaphore(_ t: PyType) {
        t.construct = { vm, _, a in try makeSemaphore(vm, a, bounded: false) }
        installLockProtocol(t, acquire: { try boxed($0, Semaphore.self).acquire() },
                            release: { vm, a in try asyncCall(vm) { try boxed(a, Semaphore.self).release() } })
        t.method("locked") { _, a in .bool(try boxed(a, Semaphore.self).isLocked) }
        t.getter("_value") { _, v in .int(((v.object as? PyBox)?.value as? Semaphore)?.value ?? 0) }
    }

    static func installCondition(_ t: PyType) {
        t.construct = { vm, cls, a in
            let lock = (a.value(0)?.object as? PyBox)?.value as? Lock
            return .object(PyBox(cls, Condition(lock: lock, following: vm.currentRun)))
        }
        installLockProtocol(t, acquire: { try boxed($0, Condition.self).acquire() },
                            release: { vm, a in try asyncCall(vm) { try boxed(a, Condition.self).release() } })
        t.method("locked") { _, a in .bool(try boxed(a, Condition.self).isLocked) }
        t.method("wait") { _, a in native(try boxed(a, Condition.self).wait()) }
        t.method("wait_for") { vm, a in
            let c = try boxed(a, Condition.self)
            let predicate = a.value(1) ?? .none
            return native(c.waitFor({ () throws -> FutureValue in try vm.call(predicate, Args()) },
                                    isTrue: { v in (try? vm.truthy(v as? PyValue ?? .none)) ?? false }))
        }
        t.method("notify") { vm, a in
            let c = try boxed(a, Condition.self)
            let n = try a.value(1, "n").map { try intArg($0, "n") } ?? 1
            try asyncCall(vm) { try c.notify(n) }
            return .none
        }
        t.method("notify_all") { vm, a in
            let c = try boxed(a, Condition.self)
            try asyncCall(vm) { try c.notifyAll() }
            return .none
        }
    }

    static func installBarrier(_ t: PyType) {
        t.construct = { vm, cls, a in
            let parties = try intArg(a.value(0, "parties"), "parties")
            return .object(PyBox(cls, try asyncCall(vm) { try Barrier(parties: parties, following: vm.currentRun) }))
        }
        t.method("wait") { _, a in native(try boxed(a, Barrier.self).wait()) }
        t.method("reset") { _, a in native(try boxed(a, Barrier.self).reset()) }
        t.method("abort") { _, a in native(try boxed(a, Barrier.self).abort()) }
        t.getter("parties") { _, v in .int(((v.object as? PyBox)?.value as? Barrier)?.parties ?? 0) }
        t.getter("n_waiting") { _, v in .int(((v.object as? PyBox)?.value as? Barrier)?.waitingCount ?? 0) }
        t.getter("broken") { _, v in .bool(((v.object as? PyBox)?.value as? Barrier)?.isBroken ?? false) }
        t.method("__aenter__") { _, a in native(try boxed(a, Barrier.self).wait()) }
        t.method("__aexit__") { _, _ in native(NativeCoroutine(name: "__aexit__") { .returned(PyValue.none) }) }
    }

    /// The error an `__aexit__` receives, as AsyncModel sees it (`nil` for a clean exit).
    static func exitError(_ vm: VM, _ a: Args) -> (any Error)? {
        guard let e = a.value(2)?.object as? PyExc else { return nil }
        if let n = e.native { return n }
        return PyRaise(exc: e)
    }

    /// Wraps TaskGroup's AsyncModel `__aexit__`: `()` means "re-raise the body's error", as Python's `None` does.
    /// An error of its own (the group of the children's errors) is raised `from None` at `frames`.
    static func aexit(_ c: NativeCoroutine, _ vm: VM, _ a: Args, frames: [TracebackEntry]) -> PyValue {
        let bodyError = a.value(2)?.object as? PyExc
        return native(NativeCoroutine(name: c.name) { .awaitCoroutine(c) { r in
            switch r {
            case .value: return .returned(PyValue.false)
            case .error(let e):
                let exc = vm.pythonException(for: e)
                if exc !== bodyError {
                    exc.traceback.insert(contentsOf: frames, at: 0)
                    exc.suppressContext = true
                }
                return .raised(PyRaise(exc: exc))
            }
        } })
    }

    static func installTimeout(_ t: PyType) {
        t.method("__aenter__") { _, a in
            let c = try boxed(a, Timeout.self).enter()
            let me = a[0]
            return native(NativeCoroutine(name: "Timeout.__aenter__") { .awaitCoroutine(c) { r in
                if case .error(let e) = r { return .raised(e) }
                return .returned(me)
            } })
        }
        t.method("__aexit__") { vm, a in
            let exit = try boxed(a, Timeout.self).exit(error: exitError(vm, a))
            let cancelled = a.value(2)?.object as? PyExc
            return native(NativeCoroutine(name: exit.name) { .awaitCoroutine(exit) { r in
                switch r {
                case .value: return .returned(PyValue.false)
                case .error(let e):
                    let exc = vm.pythonException(for: e)
                    if exc !== cancelled, exc.isInstance(of: BT.timeoutError) {
                        // `raise TimeoutError from exc_val`
                        exc.traceback.insert(contentsOf: StdlibFrames.timeoutExit, at: 0)
                        exc.cause = cancelled
                        exc.suppressContext = true
                        if exc.context == nil { exc.context = cancelled }
                    }
                    return .raised(PyRaise(exc: exc))
                }
            } })
        }
        t.method("when") { _, a in try boxed(a, Timeout.self).when.map { .float($0) } ?? .none }
        t.method("reschedule") { vm, a in
            let to = try boxed(a, Timeout.self)
            let when = a.value(1).flatMap(floatValue)
            try asyncCall(vm) { try to.reschedule(when) }
            return .none
        }
        t.method("expired") { _, a in .bool(try boxed(a, Timeout.self).expired) }
    }

    static func installTaskGroup(_ t: PyType) {
        t.construct = { vm, cls, _ in
            let g = TaskGroup(in: vm.virtualRun)
            g.isBaseError = { e in
                let exc = vm.pythonException(for: e)
                return !exc.isInstance(of: BT.exception) && !exc.isInstance(of: BT.cancelledError)
            }
            return .object(PyBox(cls, g))
        }
        t.method("__aenter__") { _, a in
            let c = try boxed(a, TaskGroup.self).enter()
            let me = a[0]
            return native(NativeCoroutine(name: "TaskGroup.__aenter__") { .awaitCoroutine(c) { r in
                if case .error(let e) = r { return .raised(e) }
                return .returned(me)
            } })
        }
        t.method("__aexit__") { vm, a in
            aexit(try boxed(a, TaskGroup.self).exit(error: exitError(vm, a)), vm, a, frames: StdlibFrames.taskGroupExit)
        }
        t.method("create_task") { vm, a in
            let g = try boxed(a, TaskGroup.self)
            let coroutine = try AsyncioModule.coroutineArg(vm, a.value(1))
            let name = try a.keyword("name").flatMap { $0.isNone ? nil : try vm.str($0) }
            return .object(vm.wrap(try asyncCall(vm) { try g.createTask(coroutine, name: name) }))
        }
    }
}

/// `asyncio.Queue`, `LifoQueue`, `PriorityQueue`.
enum QueueMethods {
    enum Kind { case fifo, lifo, priority }

    static func install(_ kind: Kind) -> (PyType) -> Void {
        { t in
            t.construct = { vm, cls, a in
                let maxsize = try a.value(0, "maxsize").map { try intArg($0, "maxsize") } ?? 0
                let discipline: QueueDiscipline
                switch kind {
                case .fifo: discipline = .fifo
                case .lifo: discipline = .lifo
                case .priority:
                    discipline = .priority { [unowned vm] x, y in
                        try vm.lessThan(x as? PyValue ?? .none, y as? PyValue ?? .none)
                    }
                }
                return .object(PyBox(cls, AsyncQueue(maxsize: maxsize, discipline: discipline, following: vm.currentRun)))
            }
            t.method("put") { _, a in
                PrimitiveMethods.native(try boxed(a, AsyncQueue.self).put(a.value(1) ?? .none), frames: StdlibFrames.queuePut)
            }
            t.method("get") { _, a in PrimitiveMethods.native(try boxed(a, AsyncQueue.self).get(), frames: StdlibFrames.queueGet) }
            t.method("put_nowait") { vm, a in
                let q = try boxed(a, AsyncQueue.self)
                try asyncCall(vm) { try q.putNowait(a.value(1) ?? .none) }
                return .none
            }
            t.method("get_nowait") { vm, a in
                let q = try boxed(a, AsyncQueue.self)
                return try asyncCall(vm) { vm.pyValue(fromFuture: try q.getNowait()) }
            }
            t.method("task_done") { vm, a in
                let q = try boxed(a, AsyncQueue.self)
                try asyncCall(vm) { try q.taskDone() }
                return .none
            }
            t.method("join") { _, a in PrimitiveMethods.native(try boxed(a, AsyncQueue.self).join()) }
            t.method("qsize") { _, a in .int(try boxed(a, AsyncQueue.self).count) }
            t.method("empty") { _, a in .bool(try boxed(a, AsyncQueue.self).isEmpty) }
            t.method("full") { _, a in .bool(try boxed(a, AsyncQueue.self).isFull) }
            t.getter("maxsize") { _, v in .int(((v.object as? PyBox)?.value as? AsyncQueue)?.maxsize ?? 0) }
        }
    }
}
