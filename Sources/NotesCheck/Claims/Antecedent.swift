/// What a run fact's "it" names: the subject a sentence opens with. "The waiter starts waiting. It is released
/// at 1 s" (the waiter); "Request 5 waits, so it starts at 2 s" (request 5). Only a plain noun (optionally
/// numbered) or a mention at the very start qualifies, so a claim whose "it" finds nothing stays unverifiable.
public enum Antecedent {
    /// The words that take their meaning from an antecedent.
    static let pronouns: Set<String> = ["it"]

    private static let determiners: Set<String> = ["the", "our", "this", "that", "each", "every", "my", "your"]

    /// Openings that are not a subject of their own.
    private static let notSubjects: Set<String> = [
        "it", "this", "that", "then", "so", "we", "you", "i", "they", "there", "here", "when", "if", "because", "after",
        "before", "once", "as", "and", "but", "also", "now", "both", "all", "note", "in", "on", "at", "for", "with",
        "without", "since", "while", "to", "a", "an", "what", "which", "why", "how", "only", "even", "first", "finally",
        "next", "again", "let's", "here's", "there's", "it's", "these", "those", "one", "nothing", "everything", "no",
        "yes", "by", "from", "until", "though", "although", "of", "is", "are", "was", "were", "do", "does", "see",
        "same", "instead", "however", "meanwhile", "later", "earlier", "each", "every", "run", "program", "code",
        "output", "result", "answer", "q", "a", "most", "some", "any", "neither", "either",
    ]

    /// The subject `sentence` opens with, in lower case, or nil.
    public static func opening(of sentence: Sentence, mentions: [Mention]) -> String? {
        opening(of: ClaimText(sentence: sentence, mentions: mentions))
    }

    static func opening(of text: ClaimText) -> String? {
        var words = text.normalized.split(separator: " ").map(String.init)
        if let first = words.first, determiners.contains(first) { words.removeFirst() }
        guard let head = words.first else { return nil }
        if head.hasPrefix("{c") || head.hasPrefix("{q") {
            let digits = head.dropFirst(2).prefix(while: \.isNumber)
            guard let index = Int(digits), index < text.mentions.count, head.hasSuffix("}") else { return nil }
            return text.mentions[index].literal?.lowercased()
        }
        guard head.allSatisfy({ $0.isLetter || $0 == "_" }), !notSubjects.contains(head), words.count > 1 else { return nil }
        let number = words[1]
        return number.allSatisfy(\.isNumber) ? "\(head) \(number)" : head
    }
}
