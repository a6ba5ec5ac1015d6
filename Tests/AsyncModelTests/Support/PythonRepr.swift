import AsyncModel

/// Python's `repr` of the values and errors the scenarios print, so their lines read like the twins'.
func pyRepr(_ value: FutureValue) -> String {
    switch value {
    case let string as String: return "'\(string)'"
    case let number as Int: return String(number)
    case let flag as Bool: return flag ? "True" : "False"
    case let number as Double: return String(number)
    case is Void: return "None"
    case let results as [Result<FutureValue, any Error>]:
        return "[" + results.map { result in
            switch result {
            case .success(let value): pyRepr(value)
            case .failure(let error): describe(error)
            }
        }.joined(separator: ", ") + "]"
    case let values as [FutureValue]: return "[" + values.map(pyRepr).joined(separator: ", ") + "]"
    default: return String(describing: value)
    }
}

/// Python's `repr` of an error value.
func describe(_ error: any Error) -> String {
    guard let error = error as? AsyncError else { return String(describing: error) }
    let name = error.kind.rawValue
    if error.kind == .exceptionGroup {
        return "\(name)('\(error.message ?? "")', [\(error.children.map(describe).joined(separator: ", "))])"
    }
    guard let message = error.message else { return "\(name)()" }
    return "\(name)('\(message)')"
}

/// `str(error)`: the message alone.
func message(of error: any Error) -> String {
    if let error = error as? AsyncError { return error.message ?? "" }
    if let error = error as? ScenarioError { return error.message }
    return String(describing: error)
}

/// A Python `ValueError(msg)` stand-in: foreign errors pass through AsyncModel untouched.
struct ScenarioError: Error, CustomStringConvertible {
    let message: String
    var description: String { "ValueError('\(message)')" }
}
