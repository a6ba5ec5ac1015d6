/// The limits one run is held to. Each stops the run with a `budget` outcome naming the kind and line.
///
/// Defaults are generous for notes (a run of the user's notes uses a tiny fraction of each) while still
/// stopping `while True: pass` in a fraction of a second of wall time.
public struct Budgets: Sendable, Equatable {
    /// Bytecode instructions executed by the whole run.
    public var instructions: Int
    /// Virtual seconds (loop time plus `time.sleep` outside a loop).
    public var virtualSeconds: Double
    /// Python frames on the call stack (CPython's default recursion limit). Where CPython raises
    /// `RecursionError`, the model stops the run with a `recursion-depth` budget outcome (the hostile contract).
    public var recursionLimit: Int
    /// Nested Swift re-entries of the eval loop (generators resumed from Swift, `__repr__` called by `print`, ...).
    public var nativeDepth: Int
    /// Elements of one string, list, tuple, dict or set, and digits of one integer.
    public var objectSize: Int

    public init(
        instructions: Int = 30_000_000, virtualSeconds: Double = 86_400, recursionLimit: Int = 1000,
        nativeDepth: Int = 120, objectSize: Int = 50_000_000
    ) {
        self.instructions = instructions
        self.virtualSeconds = virtualSeconds
        self.recursionLimit = recursionLimit
        self.nativeDepth = nativeDepth
        self.objectSize = objectSize
    }
}
