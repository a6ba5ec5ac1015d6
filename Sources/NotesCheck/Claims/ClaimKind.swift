/// The kinds of claim DESIGN.md defines; each is decided by its own kind of evidence.
public enum ClaimKind: String, Codable, Sendable, CaseIterable {
    case concurrency, sequential, ordering, duration, counterfactual, necessity, cause, lifecycle, api, output
}
