/// What a claim asserts, in terms evidence can decide.
public indirect enum Assertion: Equatable, Sendable {
    /// The first printed line holding `first` comes before the first holding `second`.
    case printedBefore(Subject, Subject)
    /// The first printed line holds the subject.
    case printedFirst(Subject)
    /// The last printed line holds the subject.
    case printedLast(Subject)
    /// Some printed line holds the subject.
    case printed(Subject)
    /// The first line holding the subject is printed at the stated time of the run.
    case printedAt(Subject, StatedDuration)
    /// "X comes out first": first of the run, or first of its kind (the sentence does not say which); only
    /// confirmation is possible.
    case comesFirst(Subject)
    case comesLast(Subject)
    /// A printed line shows the subject ("the results come back as `[2, 4]`"); it may also be a value never
    /// printed, so only confirmation is possible.
    case shows(Subject)
    /// The run's total virtual time (or the subject's lifetime) is the stated duration.
    case lasts(Subject, StatedDuration)
    /// The subjects' lifetimes overlap (for `[]`, two of the run's operations overlap and the total is less
    /// than the sum of its parts).
    case concurrent([Subject])
    /// The subjects run one after another: no overlap.
    case sequential([Subject])
    /// `later` starts only after `earlier` has finished.
    case startsAfterEnd(later: Subject, earlier: Subject)
    /// The subject holds the event loop: virtual time passes inside one step while no other task runs.
    case blocksLoop(Subject)
    /// The subject starts running before the statement after it (a task's body right at creation).
    case startsImmediately(Subject)
    /// A task ends cancelled.
    case endsCancelled(Subject)
    /// A task never takes a step.
    case neverStarts(Subject)
    /// The tasks the subject names go on running: none of them ends cancelled.
    case keepsRunning(Subject)
    /// A fact of the run's printed lines and event times.
    case run(RunFact)
    /// A general fact of asyncio's API, decided by a probe program.
    case api(ApiFact)
    /// The edit applied to the snippet, the consequence decided on the variant's run.
    case counterfactual(SnippetEdit, Assertion)
    /// The edit is needed for the consequence: it must fail on the variant without it.
    case necessity(SnippetEdit, Assertion)
    /// The negation of an assertion.
    case not(Assertion)
}

/// An edit of a snippet's code that a counterfactual or a necessity names.
public enum SnippetEdit: Equatable, Sendable {
    /// Move the statement that awaits `moved` to just before the statement holding `anchor`.
    case moveAwaitBefore(moved: Subject, anchor: Subject)
    /// Move the statement that awaits `moved` to just after the statement that creates it.
    case awaitRightAfterCreation(Subject)
    /// Remove the statements holding the subject.
    case remove(Subject)
    /// Remove the statements that await the subject.
    case removeAwait(Subject)
    /// Replace `create_task(X)` + later `await` by a direct `await X`.
    case awaitDirectly(Subject)
    /// Replace every `time.sleep(` by `await asyncio.sleep(` (or the reverse).
    case swapSleep(toAsync: Bool)
}
