/// Python text several behaviour probes start with. It is prepended to a probe's program, so each probe still
/// runs on its own, on the model and on CPython alike.
enum ProbePrelude {
    /// `outcome(action)`: "returns", or the name of the exception `action()` raised.
    static let outcome = #"""
    import asyncio


    def outcome(action):
        try:
            action()
            return "returns"
        except BaseException as error:
            return type(error).__name__
    """# + "\n\n\n"

    /// `job(name, delay, fail=False)`: sleeps `delay`, then returns `name` or raises `ValueError(name)`; it
    /// records "<name> finished" or "<name> cancelled" in `events`.
    static let recordedJob = #"""
    import asyncio

    events = []


    async def job(name, delay, fail=False):
        try:
            await asyncio.sleep(delay)
        except asyncio.CancelledError:
            events.append(name + " cancelled")
            raise
        if fail:
            raise ValueError(name)
        events.append(name + " finished")
        return name
    """# + "\n\n\n"
}
