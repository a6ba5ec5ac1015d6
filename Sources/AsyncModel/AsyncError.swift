/// The errors asyncio itself raises, as AsyncModel values. AsyncModel knows nothing of Python: PyModel maps
/// these to its exception classes when they enter a Python frame, and foreign errors (its own exceptions)
/// pass through futures and tasks untouched.
public struct AsyncError: Error, CustomStringConvertible {
    /// Which asyncio exception this is; the comment names the CPython class.
    public enum Kind: String, Sendable {
        /// `asyncio.CancelledError`
        case cancelled = "CancelledError"
        /// `TimeoutError` (`asyncio.TimeoutError` is an alias of it in 3.11)
        case timeout = "TimeoutError"
        /// `asyncio.InvalidStateError`
        case invalidState = "InvalidStateError"
        /// `RuntimeError`
        case runtime = "RuntimeError"
        /// `ValueError`
        case value = "ValueError"
        /// `asyncio.QueueEmpty`
        case queueEmpty = "QueueEmpty"
        /// `asyncio.QueueFull`
        case queueFull = "QueueFull"
        /// `asyncio.BrokenBarrierError`
        case brokenBarrier = "BrokenBarrierError"
        /// `BaseExceptionGroup` / `ExceptionGroup` (PyModel picks which from the children)
        case exceptionGroup = "ExceptionGroup"
        /// Not a Python exception: the loop has nothing ready, no timer and no worker, so CPython would
        /// wait forever. The driver reports it; CPython would hang.
        case deadlock = "Deadlock"
    }

    public var kind: Kind
    /// The exception's argument; `nil` is an exception raised without arguments (`CancelledError()`).
    public var message: String?
    /// The wrapped errors of an exception group, in the order CPython lists them.
    public var children: [any Error]

    public init(_ kind: Kind, _ message: String? = nil, children: [any Error] = []) {
        self.kind = kind
        self.message = message
        self.children = children
    }

    public static func cancelled(_ message: String? = nil) -> AsyncError { AsyncError(.cancelled, message) }

    public var description: String {
        guard let message else { return kind.rawValue }
        return "\(kind.rawValue): \(message)"
    }
}

/// An error that may stand for cancellation. PyModel conforms its Python exception values to it so a
/// Python `CancelledError` (or a subclass) keeps its identity while still counting as cancellation.
public protocol CancellationRecognizable: Error {
    var isCancellation: Bool { get }
}

extension AsyncError: CancellationRecognizable {
    public var isCancellation: Bool { kind == .cancelled }
}

/// The rule for "is this a cancellation?": an error is one when it conforms to `CancellationRecognizable`
/// and says so. A coroutine that raises such an error ends its task cancelled (CPython's
/// `except exceptions.CancelledError` in `Task.__step`); `AsyncError(.cancelled)` is one.
public func isCancellation(_ error: any Error) -> Bool {
    (error as? any CancellationRecognizable)?.isCancellation ?? false
}
