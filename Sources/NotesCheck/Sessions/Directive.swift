/// An instruction to notescheck written in an HTML comment, `<!-- notescheck: WORD [ARGUMENT] -->`. It applies
/// to the next python fence after it; it overrides the session rules.
public struct Directive: Equatable, Sendable {
    public enum Command: Equatable, Sendable {
        /// `skip`: do not run the fence; it contributes nothing to later fences.
        case skip
        /// `new-session`: the fence starts a new session; earlier fences contribute nothing to it or after it.
        case newSession
        /// `entry asyncio.run(main())`: run this statement after the fence, as its entry point.
        case entry(String)
        /// `expect-seconds 5`: the fence's run takes this long (a duration claim checked like any other).
        case expectSeconds(StatedDuration)
    }

    public var command: Command
    /// The comment's range in the file.
    public var range: Range<ByteOffset>

    /// The directives of a comment's text; comments that are not for notescheck give none, and a comment for
    /// notescheck that cannot be read gives an error message.
    public static func parse(_ comment: HTMLComment) -> Result<Directive, DirectiveError>? {
        var text = comment.text.trimmedWhitespace()
        if text.hasPrefix("<!--") { text = String(text.dropFirst(4)) }
        if text.hasSuffix("-->") { text = String(text.dropLast(3)) }
        text = text.trimmedWhitespace()
        guard text.lowercased().hasPrefix("notescheck:") else { return nil }
        let body = text.dropFirst("notescheck:".count).trimmedWhitespace()
        let word = String(body.prefix(while: { !$0.isWhitespace })).lowercased()
        let argument = body.dropFirst(word.count).trimmedWhitespace()
        switch word {
        case "skip" where argument.isEmpty:
            return .success(Directive(command: .skip, range: comment.range))
        case "new-session" where argument.isEmpty:
            return .success(Directive(command: .newSession, range: comment.range))
        case "entry" where !argument.isEmpty:
            return .success(Directive(command: .entry(argument), range: comment.range))
        case "expect-seconds":
            guard let seconds = Double(argument.hasSuffix("s") ? String(argument.dropLast()).trimmedWhitespace() : argument),
                  seconds >= 0 else {
                return .failure(DirectiveError(range: comment.range, message: "`expect-seconds` needs a number of seconds, such as `expect-seconds 5`"))
            }
            let decimals = argument.split(separator: ".").dropFirst().first.map { $0.filter(\.isNumber).count } ?? 0
            var unit = 1.0
            for _ in 0..<decimals { unit /= 10 }
            return .success(Directive(command: .expectSeconds(StatedDuration(seconds: seconds, hedged: false, halfLastDigit: unit / 2)),
                                      range: comment.range))
        default:
            return .failure(DirectiveError(range: comment.range,
                                           message: "unknown notescheck directive `\(body)`; known: skip, new-session, entry STATEMENT, expect-seconds N"))
        }
    }
}

public struct DirectiveError: Error, Equatable, Sendable {
    public var range: Range<ByteOffset>
    public var message: String
}
