extension VirtualRun {
    /// `await asyncio.to_thread(fn)`: the job runs on the running loop's default executor
    /// (`Loop.runInExecutor`) and the coroutine returns its result.
    public func toThread(_ job: any WorkerJob) -> NativeCoroutine {
        NativeCoroutine(name: "to_thread") { [self] in
            guard let loop = runningLoop else { return .raised(AsyncError(.runtime, "no running event loop")) }
            return .await(loop.runInExecutor(job, label: "to_thread")) { Self.finish($0) }
        }
    }
}
