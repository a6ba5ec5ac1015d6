/// A placeholder for CPython's `asyncio.Future`; the AsyncModel issue replaces it with the real thing.
public class Future {
    public init() {}
}
