/// The stack and test operations `match` statements compile to (one `pattern` opcode; its argument's low byte
/// is a `PatternOp`, the rest an operand). They follow CPython 3.11's `COPY`, `SWAP`, `MATCH_SEQUENCE`,
/// `MATCH_MAPPING`, `GET_LEN`, `MATCH_KEYS` and `MATCH_CLASS`.
enum PatternOp: Int32 {
    /// Push a copy of the item `n` deep (1 = the top).
    case copy
    /// Move the top item down to depth `n`, lifting the `n - 1` items above it (CPython's chain of `SWAP`s).
    case rotate
    /// Push whether the top item is a sequence for matching (list, tuple, range, deque and their subclasses;
    /// never str, bytes or bytearray).
    case isSequence
    /// Push whether the top item is a mapping for matching (dict and its subclasses).
    case isMapping
    /// Push `len(top)`.
    case length
    /// Under a tuple of keys, the subject: push the tuple of `subject.get(key)` values, or `None` when a key
    /// is missing.
    case mappingValues
    /// Replace subject, class and keyword names by the tuple of extracted attributes (`n` positional
    /// sub-patterns first, then the keywords), or `None` when the subject does not match.
    case classAttributes

    /// The instruction argument for this operation with `operand`.
    func argument(_ operand: Int = 0) -> Int32 { rawValue | Int32(operand << 8) }

    /// How many items the operation adds to the stack (negative: removes).
    var stackEffect: Int {
        switch self {
        case .copy, .isSequence, .isMapping, .length, .mappingValues: return 1
        case .rotate: return 0
        case .classAttributes: return -2
        }
    }
}

extension VM {
    /// Runs one `pattern` instruction on the frame's stack.
    func patternOperation(_ arg: Int32, _ stack: UnsafeMutablePointer<PyValue>, _ sp: inout Int) throws {
        let n = Int(arg >> 8)
        guard let op = PatternOp(rawValue: arg & 0xFF), sp >= 1 else { throw RunStop.internalError("bad pattern op") }
        switch op {
        case .copy:
            guard n >= 1, n <= sp else { throw RunStop.internalError("pattern copy beyond the stack") }
            stack[sp] = stack[sp - n]
            sp += 1
        case .rotate:
            guard n >= 1, n <= sp else { throw RunStop.internalError("pattern rotate beyond the stack") }
            let top = stack[sp - 1]
            var i = sp - 1
            while i > sp - n {
                stack[i] = stack[i - 1]
                i -= 1
            }
            stack[sp - n] = top
        case .isSequence:
            stack[sp] = .bool(isMatchSequence(stack[sp - 1]))
            sp += 1
        case .isMapping:
            stack[sp] = .bool(stack[sp - 1].type.isSubtype(of: BT.dict))
            sp += 1
        case .length:
            stack[sp] = .int(try length(stack[sp - 1]))
            sp += 1
        case .mappingValues:
            guard sp >= 2 else { throw RunStop.internalError("pattern keys without a subject") }
            stack[sp] = try mappingValues(stack[sp - 2], keys: stack[sp - 1])
            sp += 1
        case .classAttributes:
            guard sp >= 3 else { throw RunStop.internalError("class pattern without a subject") }
            let result = try classAttributes(stack[sp - 3], cls: stack[sp - 2], positional: n, keywords: stack[sp - 1])
            sp -= 2
            stack[sp - 1] = result
        }
    }

    /// `Py_TPFLAGS_SEQUENCE`: list, tuple, range, `collections.deque`, and classes derived from them.
    private func isMatchSequence(_ v: PyValue) -> Bool {
        let t = v.type
        if t.isSubtype(of: BT.list) || t.isSubtype(of: BT.tuple) || t.isSubtype(of: BT.range) { return true }
        return t.mro.contains { $0.name == "deque" && $0.moduleName == "collections" }
    }

    /// CPython's `match_keys`: each value through `subject.get(key, marker)`; duplicate keys are a ValueError.
    private func mappingValues(_ subject: PyValue, keys: PyValue) throws -> PyValue {
        guard let keyTuple = keys.object as? PyTuple else { throw RunStop.internalError("mapping keys not a tuple") }
        if keyTuple.items.isEmpty { return .object(PyTuple.empty) }
        let seen = PySet()
        let marker = PyValue.object(BT.nullMarker)
        let get = try getAttr(subject, "get")
        var values: [PyValue] = []
        for key in keyTuple.items {
            if try contains(.object(seen), key) {
                throw pyErr(BT.valueError, "mapping pattern checks duplicate key (\(try repr(key)))")
            }
            try setAdd(seen, key)
            let value = try call(get, Args([key, marker]))
            if value.isIdentical(marker) { return .none }
            values.append(value)
        }
        return .object(PyTuple(values))
    }

    /// Types whose single positional sub-pattern matches the subject itself (`_Py_TPFLAGS_MATCH_SELF`).
    private static let matchSelfTypes: [PyType] = [
        BT.bool, BT.bytes, BT.dict, BT.float, BT.frozenset, BT.int, BT.list, BT.set, BT.str, BT.tuple,
    ]

    /// CPython's `match_class`: an isinstance check, then the attributes `__match_args__` names for the
    /// positional sub-patterns and the keyword attributes; `None` when any is missing.
    private func classAttributes(_ subject: PyValue, cls: PyValue, positional: Int, keywords: PyValue) throws -> PyValue {
        guard let type = cls.object as? PyType else { throw pyErr(BT.typeError, "called match pattern must be a type") }
        guard let names = keywords.object as? PyTuple else { throw RunStop.internalError("class pattern names") }
        guard try BuiltinFunctions.isInstance(self, subject, cls) else { return .none }
        var seen: Set<String> = []
        var attributes: [PyValue] = []
        func attribute(_ name: String) throws -> PyValue? {
            if !seen.insert(name).inserted {
                throw pyErr(BT.typeError, "\(type.name)() got multiple sub-patterns for attribute '\(name)'")
            }
            do {
                return try lookupAttr(subject, name)
            } catch let e as PyRaise where e.exc.isInstance(of: BT.attributeError) {
                return nil
            }
        }
        if positional > 0 {
            let matchArgs: [PyValue]
            var matchSelf = false
            if let declared = try lookupAttr(cls, "__match_args__") {
                guard let tuple = declared.object as? PyTuple, declared.type === BT.tuple else {
                    throw pyErr(BT.typeError, "\(type.name).__match_args__ must be a tuple (got \(declared.typeName))")
                }
                matchArgs = tuple.items
            } else {
                matchArgs = []
                matchSelf = type.mro.contains { t in Self.matchSelfTypes.contains { $0 === t } }
            }
            let allowed = matchSelf ? 1 : matchArgs.count
            if allowed < positional {
                throw pyErr(BT.typeError,
                            "\(type.name)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(positional) given)")
            }
            if matchSelf {
                attributes.append(subject)
            } else {
                for name in matchArgs.prefix(positional) {
                    guard let text = (name.object as? PyStr)?.value, name.type === BT.str else {
                        throw pyErr(BT.typeError, "__match_args__ elements must be strings (got \(name.typeName))")
                    }
                    guard let value = try attribute(text) else { return .none }
                    attributes.append(value)
                }
            }
        }
        for name in names.items {
            guard let value = try attribute((name.object as? PyStr)?.value ?? "") else { return .none }
            attributes.append(value)
        }
        return .object(PyTuple(attributes))
    }
}
