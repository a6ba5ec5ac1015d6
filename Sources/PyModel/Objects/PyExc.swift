/// A Python exception instance (of a builtin exception type or a user subclass).
final class PyExc: PyInstance {
    var args: [PyValue]
    var context: PyExc?
    var cause: PyExc?
    var suppressContext = false
    /// Innermost frame last, as CPython prints it.
    var traceback: [TracebackEntry] = []
    /// The traceback when the exception was stored in a future (a task's coroutine raised it, or
    /// `set_exception`): raising it out of the future restores it, as CPython's `Future.result()` does.
    var storedTraceback: [TracebackEntry]?
    /// The sub-exceptions of a `BaseExceptionGroup`.
    var exceptions: [PyExc] = []
    /// The message of a `BaseExceptionGroup`.
    var groupMessage: String = ""
    /// `StopIteration.value` and `StopAsyncIteration` payloads live in `args`; this marks the AsyncModel error
    /// a Python exception stands for (CancelledError, TimeoutError) when it crosses the seam.
    var native: (any Error)?

    init(cls: PyType, args: [PyValue]) {
        self.args = args
        super.init(cls: cls)
    }

    func isInstance(of t: PyType) -> Bool { cls.isSubtype(of: t) }
}

/// A Python exception in flight through Swift code.
struct PyRaise: Error {
    let exc: PyExc
}

/// Makes an exception of a builtin type with a message argument.
func pyErr(_ type: PyType, _ message: String) -> PyRaise {
    PyRaise(exc: PyExc(cls: type, args: [.str(message)]))
}

func pyErr(_ type: PyType, args: [PyValue]) -> PyRaise {
    PyRaise(exc: PyExc(cls: type, args: args))
}

/// How a run stops for a reason the snippet cannot catch.
enum RunStop: Error {
    /// A construct the sandbox refuses or the model lacks (`import os`, `open`, `eval`, ...).
    case unsupported(String, line: Int)
    /// A budget ran out.
    case budget(BudgetKind, line: Int)
    /// A bug of the model.
    case internalError(String)
}

/// The budgets a run is measured against.
public enum BudgetKind: String, Sendable, Equatable {
    case instructions
    case virtualTime = "virtual-time"
    case recursion = "recursion-depth"
    case size = "object-size"
}
