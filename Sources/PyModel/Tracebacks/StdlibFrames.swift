import AsyncModel

/// The frames CPython 3.11's pure-Python asyncio adds to a traceback where the model runs Swift instead: the
/// file (as the goldens write the standard library's folder, `<stdlib>`), line, function, source line and the
/// columns of the failing expression. The lines are CPython 3.11.7's; the differential goldens check them.
enum StdlibFrames {
    /// `asyncio.run(main())` re-raising main's exception: `run`, `Runner.run`, `run_until_complete`.
    static let asyncioRun: [TracebackEntry] = [
        frame("asyncio/runners.py", 190, "run", "    return runner.run(main)", columns: 11..<27),
        frame("asyncio/runners.py", 118, "run", "        return self._loop.run_until_complete(task)", columns: 15..<50),
    ] + runUntilComplete

    /// `loop.run_until_complete(future)` re-raising the future's exception.
    static let runUntilComplete: [TracebackEntry] = [
        frame("asyncio/base_events.py", 653, "run_until_complete", "        return future.result()", columns: 15..<30),
    ]

    /// `TaskGroup.__aexit__` raising the group of its children's errors.
    static let taskGroupExit: [TracebackEntry] = [
        frame("asyncio/taskgroups.py", 145, "__aexit__", "            raise me from None", columns: nil),
    ]

    /// `Handle._run` calling a loop callback that raised.
    static let handleRun: [TracebackEntry] = [
        frame("asyncio/events.py", 80, "_run", "            self._context.run(self._callback, *self._args)", columns: nil),
    ]

    /// `asyncio.timeout()`'s `__aexit__` turning the deadline's cancellation into TimeoutError.
    static let timeoutExit: [TracebackEntry] = [
        frame("asyncio/timeouts.py", 115, "__aexit__", "                raise TimeoutError from exc_val", columns: nil),
    ]

    /// `asyncio.sleep(delay)` with `delay > 0`, cancelled while it waits.
    static let sleep: [TracebackEntry] = [
        frame("asyncio/tasks.py", 649, "sleep", "        return await future", columns: 15..<27),
    ]

    /// `Queue.get()` and `Queue.put()` cancelled while they wait.
    static let queueGet: [TracebackEntry] = [frame("asyncio/queues.py", 158, "get", "                await getter", columns: nil)]
    static let queuePut: [TracebackEntry] = [frame("asyncio/queues.py", 120, "put", "                await putter", columns: nil)]

    /// `Event.wait()` cancelled while it waits.
    static let eventWait: [TracebackEntry] = [frame("asyncio/locks.py", 213, "wait", "            await fut", columns: nil)]

    /// `asyncio.sleep(0)` cancelled at its one yield (`__sleep0`).
    static let sleepZero: [TracebackEntry] = [
        frame("asyncio/tasks.py", 640, "sleep", "        await __sleep0()", columns: 8..<24),
        frame("asyncio/tasks.py", 634, "__sleep0", "    yield", columns: nil),
    ]

    /// `wait_for(aw, timeout)` (timeout > 0) raising: TimeoutError at line 502, `from` the awaited task's
    /// CancelledError, which `fut.result()` re-raised at line 500; the task's own exception at line 489.
    /// (A timeout of `None` or `<= 0` takes other lines of CPython's `wait_for`; they are not modelled.)
    static func waitForError(_ exc: PyExc, item: Awaitable, timeout: Double?) {
        guard let timeout = timeout, timeout > 0 else { return }
        if exc.isInstance(of: BT.timeoutError), exc.traceback.isEmpty, exc.cause == nil {
            exc.traceback = [frame("asyncio/tasks.py", 502, "wait_for", "                raise exceptions.TimeoutError() from exc", columns: nil)]
            if let cancelled = inner(item)?.raised {
                cancelled.traceback = [frame("asyncio/tasks.py", 500, "wait_for", "                return fut.result()", columns: 23..<35)]
                    + (cancelled.storedTraceback ?? cancelled.traceback)
                exc.cause = cancelled
                exc.context = cancelled
                exc.suppressContext = true
            }
        } else if let task = inner(item), exc === task.raised {
            exc.traceback.insert(frame("asyncio/tasks.py", 489, "wait_for", "            return fut.result()", columns: 19..<31), at: 0)
        }
    }

    /// The Python coroutine `wait_for` runs as a task.
    private static func inner(_ item: Awaitable) -> TaskCoroutine? {
        switch item {
        case .coroutine(let c): return c as? TaskCoroutine
        case .future(let f): return (f as? Task)?.coroutine as? TaskCoroutine
        }
    }

    private static func frame(_ file: String, _ line: Int, _ function: String, _ text: String,
                              columns: Range<Int>?) -> TracebackEntry {
        var position = CodePosition(line: line)
        if let columns = columns {
            position.column = columns.lowerBound
            position.endColumn = columns.upperBound
        }
        return TracebackEntry(function: function, position: position,
                              source: SourceText(fileName: "<stdlib>/" + file, lines: [line: text]))
    }
}
