import AsyncModel

/// The Python types of asyncio's Swift-backed objects, with their methods.
enum AsyncioTypes {
    static let future = BT.make("Future", [BT.object], .native, module: "asyncio", FutureMethods.installFuture)
    static let task = BT.make("Task", [future], .native, module: "asyncio", FutureMethods.installTask)
    static let gatheringFuture = BT.make("_GatheringFuture", [future], .native, module: "asyncio.tasks")
    static let nativeCoroutine = BT.make("coroutine", [BT.object], .native, module: "asyncio") { t in
        t.method("send") { vm, a in
            guard let c = a[0].object as? PyNativeCoroutine else { return .none }
            return try GeneratorMethods.stopIteration(try c.send(vm, a.value(1) ?? .none))
        }
        t.method("close") { _, a in
            (a[0].object as? PyNativeCoroutine)?.coroutine.close()
            return .none
        }
        t.method("__await__") { _, a in a[0] }
    }
    static let loop = BT.make("_UnixSelectorEventLoop", [BT.object], .native, module: "asyncio.unix_events", LoopMethods.install)
    static let handle = BT.make("TimerHandle", [BT.object], .native, module: "asyncio.events") { t in
        t.method("cancel") { _, a in
            ((a[0].object as? PyBox)?.value as? Handle)?.cancel()
            return .none
        }
        t.method("cancelled") { _, a in .bool(((a[0].object as? PyBox)?.value as? Handle)?.isCancelled ?? false) }
        t.method("when") { _, a in ((a[0].object as? PyBox)?.value as? Handle)?.when.map { .float($0) } ?? .none }
    }
    static let event = BT.make("Event", [BT.object], .native, module: "asyncio.locks", PrimitiveMethods.installEvent)
    static let lock = BT.make("Lock", [BT.object], .native, module: "asyncio.locks", PrimitiveMethods.installLock)
    static let semaphore = BT.make("Semaphore", [BT.object], .native, module: "asyncio.locks", PrimitiveMethods.installSemaphore)
    static let boundedSemaphore = BT.make("BoundedSemaphore", [semaphore], .native, module: "asyncio.locks") { t in
        t.construct = { vm, _, a in try PrimitiveMethods.makeSemaphore(vm, a, bounded: true) }
    }
    static let condition = BT.make("Condition", [BT.object], .native, module: "asyncio.locks", PrimitiveMethods.installCondition)
    static let barrier = BT.make("Barrier", [BT.object], .native, module: "asyncio.locks", PrimitiveMethods.installBarrier)
    static let queue = BT.make("Queue", [BT.object], .native, module: "asyncio.queues", QueueMethods.install(.fifo))
    static let lifoQueue = BT.make("LifoQueue", [queue], .native, module: "asyncio.queues", QueueMethods.install(.lifo))
    static let priorityQueue = BT.make("PriorityQueue", [queue], .native, module: "asyncio.queues", QueueMethods.install(.priority))
    static let timeout = BT.make("Timeout", [BT.object], .native, module: "asyncio.timeouts", PrimitiveMethods.installTimeout)
    static let taskGroup = BT.make("TaskGroup", [BT.object], .native, module: "asyncio.taskgroups", PrimitiveMethods.installTaskGroup)
}

/// A Swift object (an AsyncModel primitive, a handle) seen from Python as an instance of `cls`.
final class PyBox: PyObject {
    let cls: PyType
    let value: AnyObject

    override var type: PyType { cls }

    init(_ cls: PyType, _ value: AnyObject) {
        self.cls = cls
        self.value = value
    }
}

/// Unwraps the receiver of a primitive's method.
func boxed<T: AnyObject>(_ a: Args, _ t: T.Type) throws -> T {
    guard let b = a.value(0)?.object as? PyBox, let v = b.value as? T else {
        throw pyErr(BT.typeError, "descriptor requires a '\(T.self)' object")
    }
    return v
}

/// Turns an AsyncModel failure thrown by a synchronous primitive call into a Python exception.
func asyncCall<T>(_ vm: VM, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as PyRaise {
        throw e
    } catch let s as RunStop {
        throw s
    } catch {
        throw PyRaise(exc: vm.pythonException(for: error))
    }
}
