import AsyncModel

/// A variable a scenario assigns in one step and reads in a later one (`task = create_task(...)`).
final class Slot<Value> {
    private var stored: Value?

    func set(_ value: Value) { stored = value }

    /// The value; a scenario that reads it before assigning it is a broken test.
    var value: Value {
        guard let stored else { preconditionFailure("scenario read a slot before assigning it") }
        return stored
    }
}

extension Slot where Value: Future {
    /// `await slot`.
    var awaitable: Awaitable { .future(value) }
}
