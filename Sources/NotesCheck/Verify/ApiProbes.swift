/// The probe programs that decide general API facts, and how each reads its own output.
///
/// Each program prints a small table of facts about one family of APIs. They run on the model like any snippet;
/// `notescheck probes` lists them, and the test suite runs every one on CPython 3.11 and on the model and
/// requires the same output, so the answers are CPython's.
public enum ApiProbes {
    public struct Probe: Sendable {
        public let name: String
        public let program: String
    }

    public static let all: [Probe] = [returns, classes, futureStates, oneLoop, sleepZero, runLifecycle, bareCall, startsImmediately]
        + Behaviours.all.map { Probe(name: "behaviour-" + $0.name, program: $0.program) }

    /// The probe that decides `fact`; `nil` for a behaviour family nobody defines.
    public static func probe(for fact: ApiFact) -> Probe? {
        switch fact {
        case .behaviour(let family, _, _):
            return Behaviours.family(named: family).map { Probe(name: "behaviour-" + $0.name, program: $0.program) }
        case .returns: return returns
        case .subclass, .alias: return classes
        case .futureStates: return futureStates
        case .oneLoopPerThread: return oneLoop
        case .sleepZeroYields: return sleepZero
        case .runCreatesAndClosesLoop, .runCancelsPendingTasks: return runLifecycle
        case .bareCoroutineCallRunsNothing: return bareCall
        case .startsImmediately: return startsImmediately
        }
    }

    /// The fact's truth read from its probe's output; `nil` when the output does not answer it (an API the
    /// probe does not cover, or a probe that failed).
    public static func answer(_ fact: ApiFact, output: [String]) -> ProbeAnswer? {
        func row(_ key: String) -> [String: String]? {
            guard let line = output.first(where: { $0.split(separator: " ").first.map(String.init) == key }) else { return nil }
            var fields: [String: String] = [:]
            for field in line.split(separator: " ").dropFirst() {
                let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { fields[parts[0]] = parts[1] }
            }
            return fields
        }
        switch fact {
        case .returns(let function, let nature):
            let name = baseName(function)
            guard let fields = row(name), let value = fields[nature.rawValue] else { return nil }
            let kind = fields.filter { $0.value == "True" && $0.key != "awaitable" }.map(\.key).sorted().joined(separator: ", ")
            return ProbeAnswer(holds: value == "True",
                               evidence: "probe: asyncio.\(name)(…) returns an object that is \(kind.isEmpty ? "awaitable only" : kind) (\(nature.rawValue): \(value))")
        case .subclass(let sub, let base):
            guard let fields = row("subclass:\(baseName(sub))"), let value = fields[baseName(base)] else { return nil }
            return ProbeAnswer(holds: value == "True", evidence: "probe: issubclass(\(baseName(sub)), \(baseName(base))) is \(value)")
        case .alias(let alias, let target):
            guard let fields = row("same:\(baseName(alias))"), let value = fields[baseName(target)] else { return nil }
            return ProbeAnswer(holds: value == "True", evidence: "probe: \(alias) is \(target) → \(value)")
        case .futureStates(let listed):
            guard let fields = row("states"), let seen = fields["seen"] else { return nil }
            let states = Set(seen.split(separator: ",").map(String.init))
            guard states.isSubset(of: ["PENDING", "CANCELLED", "FINISHED"]) else { return nil }
            return ProbeAnswer(holds: states == Set(listed),
                               evidence: "probe: a future goes through the states \(seen.split(separator: ",").joined(separator: ", "))")
        case .oneLoopPerThread:
            guard let fields = row("nested-run"), let raised = fields["raises"] else { return nil }
            return ProbeAnswer(holds: raised == "RuntimeError",
                               evidence: "probe: asyncio.run() inside a running loop raises \(raised)")
        case .sleepZeroYields:
            guard let fields = row("sleep0"), let order = fields["order"] else { return nil }
            return ProbeAnswer(holds: order == "a1,b1,a2,b2",
                               evidence: "probe: two tasks that print, await asyncio.sleep(0), print again, come out as \(order)")
        case .runCreatesAndClosesLoop:
            guard let fields = row("run-loop"), let fresh = fields["new"], let closed = fields["closed"] else { return nil }
            return ProbeAnswer(holds: fresh == "True" && closed == "True",
                               evidence: "probe: each asyncio.run() uses a new loop (\(fresh)) and closes it (\(closed))")
        case .runCancelsPendingTasks:
            guard let fields = row("run-pending"), let state = fields["state"] else { return nil }
            return ProbeAnswer(holds: state == "cancelled",
                               evidence: "probe: a task still sleeping when main() returns ends \(state)")
        case .bareCoroutineCallRunsNothing:
            guard let fields = row("bare-call"), let printed = fields["body-ran"] else { return nil }
            return ProbeAnswer(holds: printed == "False", evidence: "probe: calling a coroutine function without await runs its body: \(printed)")
        case .behaviour(_, let key, let expected):
            guard let (observed, evidence) = BehaviourFamily.row(key, in: output) else { return nil }
            return ProbeAnswer(holds: observed.lowercased() == expected.lowercased(), evidence: "probe: " + evidence)
        case .startsImmediately(let function):
            guard let fields = row("immediate:\(baseName(function))"), let value = fields["first"] else { return nil }
            return ProbeAnswer(holds: value == "coroutine",
                               evidence: "probe: after asyncio.\(baseName(function))(…), the \(value == "caller" ? "caller's next statement runs before the coroutine's first line" : "coroutine's first line runs before the caller's next statement")")
        }
    }

    private static func baseName(_ literal: String) -> String {
        let head = literal.split(separator: "(").first.map(String.init) ?? literal
        return head.split(separator: ".").last.map(String.init)?.trimmedWhitespace() ?? head
    }

    static let returns = Probe(name: "returns", program: #"""
    import asyncio


    async def child():
        await asyncio.sleep(0)
        return 1


    def blocking():
        return 2


    async def main():
        loop = asyncio.get_running_loop()
        made = {
            "gather": lambda: asyncio.gather(child()),
            "create_task": lambda: asyncio.create_task(child()),
            "ensure_future": lambda: asyncio.ensure_future(child()),
            "sleep": lambda: asyncio.sleep(0),
            "wait_for": lambda: asyncio.wait_for(child(), 1),
            "shield": lambda: asyncio.shield(child()),
            "wait": lambda: asyncio.wait([asyncio.ensure_future(child())]),
            "to_thread": lambda: asyncio.to_thread(blocking),
            "run_in_executor": lambda: loop.run_in_executor(None, blocking),
            "create_future": lambda: loop.create_future(),
        }
        for name, make in made.items():
            obj = make()
            print(name, "coroutine=%s future=%s task=%s awaitable=%s" % (
                asyncio.iscoroutine(obj), isinstance(obj, asyncio.Future), isinstance(obj, asyncio.Task),
                hasattr(obj, "__await__")))
            if name == "create_future":
                obj.set_result(None)
            await obj


    asyncio.run(main())
    """#)

    static let classes = Probe(name: "classes", program: #"""
    import asyncio

    names = {
        "Task": asyncio.Task, "Future": asyncio.Future, "CancelledError": asyncio.CancelledError,
        "TimeoutError": asyncio.TimeoutError, "InvalidStateError": asyncio.InvalidStateError,
        "Exception": Exception, "BaseException": BaseException, "QueueEmpty": asyncio.QueueEmpty,
        "QueueFull": asyncio.QueueFull, "Queue": asyncio.Queue, "LifoQueue": asyncio.LifoQueue,
        "PriorityQueue": asyncio.PriorityQueue, "Semaphore": asyncio.Semaphore,
        "BoundedSemaphore": asyncio.BoundedSemaphore, "Lock": asyncio.Lock, "Event": asyncio.Event,
    }
    for sub, sub_class in names.items():
        print("subclass:" + sub, " ".join("%s=%s" % (base, issubclass(sub_class, base_class)) for base, base_class in names.items()))
    for alias, alias_class in names.items():
        print("same:" + alias, " ".join("%s=%s" % (other, alias_class is other_class) for other, other_class in names.items()))
    """#)

    static let futureStates = Probe(name: "future-states", program: #"""
    import asyncio


    def state(future):
        return repr(future).split()[1].rstrip(">").upper()


    async def main():
        loop = asyncio.get_running_loop()
        seen = []
        done = loop.create_future()
        seen.append(state(done))
        done.set_result(1)
        seen.append(state(done))
        dropped = loop.create_future()
        dropped.cancel()
        seen.append(state(dropped))
        failed = loop.create_future()
        failed.set_exception(ValueError("x"))
        seen.append(state(failed))
        failed.exception()
        print("states seen=" + ",".join(dict.fromkeys(seen)))


    asyncio.run(main())
    """#)

    static let oneLoop = Probe(name: "one-loop", program: #"""
    import asyncio


    async def inner():
        return 1


    async def main():
        coro = inner()
        try:
            asyncio.run(coro)
            print("nested-run raises=nothing")
        except RuntimeError:
            coro.close()
            print("nested-run raises=RuntimeError")


    asyncio.run(main())
    """#)

    static let sleepZero = Probe(name: "sleep-zero", program: #"""
    import asyncio

    order = []


    async def worker(name):
        order.append(name + "1")
        await asyncio.sleep(0)
        order.append(name + "2")


    async def main():
        await asyncio.gather(worker("a"), worker("b"))
        print("sleep0 order=" + ",".join(order))


    asyncio.run(main())
    """#)

    static let runLifecycle = Probe(name: "run-lifecycle", program: #"""
    import asyncio

    loops = []
    state = []


    async def background():
        try:
            await asyncio.sleep(10)
            state.append("finished")
        except asyncio.CancelledError:
            state.append("cancelled")
            raise


    async def main():
        loops.append(asyncio.get_running_loop())
        asyncio.create_task(background())
        await asyncio.sleep(0)


    asyncio.run(main())
    asyncio.run(main())
    print("run-loop new=%s closed=%s" % (loops[0] is not loops[1], loops[0].is_closed() and loops[1].is_closed()))
    print("run-pending state=%s" % state[0])
    """#)

    static let bareCall = Probe(name: "bare-call", program: #"""
    import asyncio

    ran = []


    async def body():
        ran.append(True)


    async def main():
        coro = body()
        await asyncio.sleep(1)
        print("bare-call body-ran=%s" % bool(ran))
        coro.close()


    asyncio.run(main())
    """#)

    static let startsImmediately = Probe(name: "starts-immediately", program: #"""
    import asyncio

    events = []


    async def child(tag):
        events.append(tag)


    async def main():
        for name, start in [("create_task", asyncio.create_task), ("ensure_future", asyncio.ensure_future),
                            ("gather", lambda c: asyncio.gather(c))]:
            events.clear()
            pending = start(child(name))
            events.append("caller")
            await pending
            print("immediate:%s first=%s" % (name, "coroutine" if events[0] == name else "caller"))


    asyncio.run(main())
    """#)
}
