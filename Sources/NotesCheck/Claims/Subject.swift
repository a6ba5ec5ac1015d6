/// What a claim is about, before it is bound to a run.
public enum Subject: Equatable, Sendable {
    /// The snippet's run as a whole ("the above code", "the program", "it").
    case run
    /// The mention at this index of the sentence's mentions.
    case mention(Int)
    /// Plain words that may name something the snippet defines ("the producer and the consumer", "the task").
    case phrase(String)
}
