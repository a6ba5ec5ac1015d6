import AsyncModel

extension VM {
    /// Writes the loop exception reports made since the last call to stderr, as CPython's default exception
    /// handler logs them (`BaseEventLoop.default_exception_handler`): the message, the task or future it is
    /// about, then the exception's traceback. ("Task exception was never retrieved" comes when the loop
    /// closes: DESIGN.md's rule where CPython waits for garbage collection.)
    func printLoopReports() {
        let reports = virtualRun.trace.reports
        guard reportsPrinted < reports.count else { return }
        let printer = TracebackPrinter(vm: self, fileName: fileName)
        for report in reports[reportsPrinted...] {
            var lines = [report.message]
            if let future = report.future {
                let key = report.message.hasPrefix("unhandled exception during asyncio.run()") ? "task" : "future"
                lines.append("\(key): " + ((try? FutureMethods.futureRepr(self, future)) ?? "<future>"))
            }
            lines += printer.format(pythonException(for: report.error))
            stderr += lines.map { $0 + "\n" }.joined()
        }
        reportsPrinted = reports.count
    }
}
