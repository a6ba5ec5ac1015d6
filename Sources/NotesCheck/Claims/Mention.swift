/// Something a sentence names that a run can be asked about: a code span, a quoted text, a duration.
public struct Mention: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A backticked literal, without its backticks: `async_sleep(2)`, `task`, `beat 1`.
        case code(String)
        /// A quoted text, without its quotes: "hello", 'world', “done”.
        case quoted(String)
        /// A stated length of time.
        case duration(StatedDuration)
    }

    public var kind: Kind
    /// UTF-8 offsets in the sentence's text, the delimiters included.
    public var range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The literal text of a code span or quote; `nil` for a duration.
    public var literal: String? {
        switch kind {
        case .code(let text), .quoted(let text): return text
        case .duration: return nil
        }
    }
}
