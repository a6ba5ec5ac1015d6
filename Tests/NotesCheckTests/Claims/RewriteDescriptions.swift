@testable import NotesCheck

/// How rule tests write a rewrite or a variant outcome, subjects given by `subject`.
func describe(_ rewrite: Rewrite, _ subject: (Subject) -> String) -> String {
    switch rewrite {
    case .replace(let a, let b): return "replace \(subject(a)) with \(subject(b))"
    case .replaceNumber(let a, let b, let sleep): return "number \(formatNumber(a)) to \(formatNumber(b))\(sleep ? " in sleep" : "")"
    case .setSleep(let seconds): return "sleep \(formatNumber(seconds))"
    case .setCount(let count): return "count \(formatNumber(count))"
    case .insert(let a, let b, let placement): return "insert \(subject(a)) \(placement) \(subject(b))"
    case .insertInFunction(let a, let f, let place): return "insert \(subject(a)) in \(subject(f)) at \(place)"
    case .move(let a, let b, let after): return "move \(subject(a)) \(after ? "after" : "before") \(subject(b))"
    case .removeBlock(let a): return "remove block \(subject(a))"
    case .moveAwaitAfter(let a, let b): return "move await \(subject(a)) after \(subject(b))"
    case .removePrimitive(let kind): return "remove \(kind.rawValue)"
    case .resizePrimitive(let kind, let size): return "resize \(kind.rawValue) to \(formatNumber(size))"
    case .substituteCall(let a, let same): return "call as \(subject(a))\(same ? "" : " (changed)")"
    case .setNamedValue(let names, let value): return "set \(names.joined(separator: "|")) to \(formatNumber(value))"
    }
}

func describe(_ outcome: VariantOutcome, _ subject: (Subject) -> String) -> String {
    switch outcome {
    case .unchanged(let aspect): return "unchanged \(aspect)"
    case .hangs: return "hangs"
    case .raises(let a): return "raises \(subject(a))"
    case .timeChanged(let d, let shorter): return "\(shorter ? "shorter" : "longer") by \(d.described)"
    }
}
