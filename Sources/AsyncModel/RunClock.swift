/// The run-wide virtual clock in whole nanoseconds, shared by the run, its loops and its trace.
final class RunClock {
    var nanos: Int64 = 0
}
