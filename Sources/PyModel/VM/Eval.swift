/// How a frame is entered: first start, resumed with a sent value, or resumed by raising an exception.
enum Resume {
    case start
    case send(PyValue)
    case raise(PyRaise)
}

/// How a run of the eval loop ended for its base frame.
enum FrameResult {
    case returned(PyValue)
    case yielded(PyValue)
}

/// What sending into (or throwing into) a delegated iterator produced.
enum SendResult {
    case yielded(PyValue)
    case returned(PyValue)
}

/// An object `yield from` / `await` can delegate to: generators, coroutines, future awaiters, native coroutines.
///
/// A base class rather than a protocol: the eval loop tests for it on every `await`, and a class cast is far
/// cheaper than a protocol-conformance lookup.
class Delegate: PyObject {
    func send(_ vm: VM, _ value: PyValue) throws -> SendResult {
        throw RunStop.internalError("\(type.name) cannot be awaited")
    }

    func throwIn(_ vm: VM, _ error: PyRaise) throws -> SendResult {
        throw error
    }
}

extension VM {
    /// Runs `base` (and the Python frames it calls, on one frame stack) until `base` returns or yields.
    ///
    /// Python-to-Python calls push frames inside this loop; the Swift stack grows only when Swift code calls
    /// back into Python (a generator resumed, a dunder method called by a builtin), up to `budgets.nativeDepth`.
    func execute(_ base: Frame, _ resume: Resume) throws -> FrameResult {
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        if nativeDepth > budgets.nativeDepth {
            throw RunStop.budget(.recursion, line: base.line)
        }
        let outerFrame = currentFrame
        defer { currentFrame = outerFrame }
        var f = base
        var code = f.code
        var ins = code.instructionBuffer
        var consts = code.constantBuffer
        var stack = f.stack
        var locals = f.locals
        var pc = f.pc
        var sp = f.sp
        var executed = 0
        var pending: PyRaise?
        base.excBase = excInfo.count
        if !base.savedExcInfo.isEmpty {
            excInfo.append(contentsOf: base.savedExcInfo)
            base.savedExcInfo = []
        }
        if let inner = base.suspendedInner {
            base.suspendedInner = nil
            depth += base.suspendedDepth
            f = inner
            code = f.code
            ins = code.instructionBuffer
            consts = code.constantBuffer
            stack = f.stack
            locals = f.locals
            pc = f.pc
            sp = f.sp
        }
        currentFrame = f
        switch resume {
        case .start:
            break
        case .send(let v):
            if pc >= code.instructions.count || ins[pc].op != .yieldFrom { rawSend = nil }
            stack[sp] = v
            sp += 1
        case .raise(let e):
            if pc < code.instructions.count, ins[pc].op == .yieldFrom, sp > 0,
               let d = stack[sp - 1].object as? Delegate {
                do {
                    switch try d.throwIn(self, e) {
                    case .yielded(let y):
                        suspend(base, pc: pc, sp: sp)
                        return .yielded(y)
                    case .returned(let r):
                        stack[sp - 1] = r
                        pc += 1
                    }
                } catch let e2 as PyRaise {
                    pending = e2
                    pc += 1
                }
            } else {
                pending = e
            }
        }

        @inline(__always) func switchTo(_ nf: Frame) {
            f.pc = pc
            f.sp = sp
            nf.parent = f
            nf.excBase = excInfo.count
            f = nf
            code = nf.code
            ins = code.instructionBuffer
            consts = code.constantBuffer
            stack = nf.stack
            locals = nf.locals
            pc = 0
            sp = 0
            currentFrame = nf
        }

        /// Leaves the current (non-base) frame for its parent.
        @inline(__always) func popFrame() {
            depth -= 1
            if excInfo.count > f.excBase { excInfo.removeSubrange(f.excBase...) }
            guard let p = f.parent else { return }
            f.parent = nil
            var finished = f
            f = p
            code = p.code
            ins = code.instructionBuffer
            consts = code.constantBuffer
            stack = p.stack
            locals = p.locals
            pc = p.pc
            sp = p.sp
            currentFrame = p
            Frame.recycle(&finished)
        }

        while true {
            do {
                if let p = pending {
                    pending = nil
                    throw p
                }
                while true {
                    let inst = ins[pc]
                    pc &+= 1
                    executed &+= 1
                    switch inst.op {
                    case .nop:
                        break
                    case .loadConst:
                        stack[sp] = consts[Int(inst.arg)]
                        sp &+= 1
                    case .loadFast:
                        guard let v = locals[Int(inst.arg)] else {
                            throw pyErr(BT.unboundLocalError,
                                        "cannot access local variable '\(code.varnames[Int(inst.arg)])' where it is not associated with a value")
                        }
                        stack[sp] = v
                        sp &+= 1
                    case .storeFast:
                        sp &-= 1
                        locals[Int(inst.arg)] = stack[sp]
                    case .deleteFast:
                        if locals[Int(inst.arg)] == nil {
                            throw pyErr(BT.unboundLocalError,
                                        "cannot access local variable '\(code.varnames[Int(inst.arg)])' where it is not associated with a value")
                        }
                        locals[Int(inst.arg)] = nil
                    case .loadDeref:
                        let cell = f.cells[Int(inst.arg)]
                        guard let v = cell.value else { throw unboundCell(code, Int(inst.arg)) }
                        stack[sp] = v
                        sp &+= 1
                    case .storeDeref:
                        sp &-= 1
                        f.cells[Int(inst.arg)].value = stack[sp]
                    case .deleteDeref:
                        if f.cells[Int(inst.arg)].value == nil { throw unboundCell(code, Int(inst.arg)) }
                        f.cells[Int(inst.arg)].value = nil
                    case .loadClosure:
                        stack[sp] = .object(f.cells[Int(inst.arg)])
                        sp &+= 1
                    case .loadClassDeref:
                        let i = Int(inst.arg)
                        let name = i < code.cellvars.count ? code.cellvars[i] : code.freevars[i - code.cellvars.count]
                        if let ns = f.namespace, let v = ns[name] {
                            stack[sp] = v
                        } else if let v = f.cells[i].value {
                            stack[sp] = v
                        } else {
                            throw unboundCell(code, i)
                        }
                        sp &+= 1
                    case .loadGlobal:
                        if let v = code.loadGlobal(Int(inst.arg), f.globals, builtins) {
                            stack[sp] = v
                            sp &+= 1
                        } else {
                            throw nameError(code.names[Int(inst.arg)])
                        }
                    case .storeGlobal:
                        sp &-= 1
                        code.storeGlobal(Int(inst.arg), f.globals, stack[sp])
                    case .deleteGlobal:
                        let name = code.names[Int(inst.arg)]
                        if f.globals[name] == nil { throw nameError(name) }
                        f.globals[name] = nil
                    case .loadName:
                        let name = code.names[Int(inst.arg)]
                        if let v = f.namespace?[name] ?? f.globals[name] ?? builtins[name] {
                            stack[sp] = v
                            sp &+= 1
                        } else {
                            throw nameError(name)
                        }
                    case .storeName:
                        sp &-= 1
                        (f.namespace ?? f.globals)[code.names[Int(inst.arg)]] = stack[sp]
                    case .deleteName:
                        let name = code.names[Int(inst.arg)]
                        let ns = f.namespace ?? f.globals
                        if ns[name] == nil { throw nameError(name) }
                        ns[name] = nil
                    case .loadAttr:
                        stack[sp - 1] = try getAttr(stack[sp - 1], code.names[Int(inst.arg)])
                    case .storeAttr:
                        try setAttr(stack[sp - 1], code.names[Int(inst.arg)], stack[sp - 2])
                        sp &-= 2
                    case .deleteAttr:
                        try delAttr(stack[sp - 1], code.names[Int(inst.arg)])
                        sp &-= 1
                    case .loadMethod:
                        let obj = stack[sp - 1]
                        if let m = methodForCall(obj, code.names[Int(inst.arg)]) {
                            stack[sp - 1] = m
                            stack[sp] = obj
                        } else {
                            stack[sp - 1] = try getAttr(obj, code.names[Int(inst.arg)])
                            stack[sp] = nullMarker
                        }
                        sp &+= 1
                    case .binarySubscr:
                        sp &-= 1
                        stack[sp - 1] = try getItem(stack[sp - 1], stack[sp])
                    case .storeSubscr:
                        try setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3])
                        sp &-= 3
                    case .deleteSubscr:
                        try delItem(stack[sp - 2], stack[sp - 1])
                        sp &-= 2
                    case .popTop:
                        sp &-= 1
                        if inst.arg != 0 { dropStatementResult(&stack[sp], code: code, line: code.line(at: pc - 1)) }
                    case .dupTop:
                        stack[sp] = stack[sp - 1]
                        sp &+= 1
                    case .dupTopTwo:
                        stack[sp] = stack[sp - 2]
                        stack[sp + 1] = stack[sp - 1]
                        sp &+= 2
                    case .rotTwo:
                        let t = stack[sp - 1]
                        stack[sp - 1] = stack[sp - 2]
                        stack[sp - 2] = t
                    case .rotThree:
                        let t = stack[sp - 1]
                        stack[sp - 1] = stack[sp - 2]
                        stack[sp - 2] = stack[sp - 3]
                        stack[sp - 3] = t
                    case .rotFour:
                        let t = stack[sp - 1]
                        stack[sp - 1] = stack[sp - 2]
                        stack[sp - 2] = stack[sp - 3]
                        stack[sp - 3] = stack[sp - 4]
                        stack[sp - 4] = t
                    case .binaryOp, .inplaceOp:
                        sp &-= 1
                        let a = stack[sp - 1], b = stack[sp]
                        if case .int(let x) = a, case .int(let y) = b {
                            switch inst.arg {
                            case 0:
                                let (r, o) = x.addingReportingOverflow(y)
                                if !o { stack[sp - 1] = .int(r); continue }
                            case 1:
                                let (r, o) = x.subtractingReportingOverflow(y)
                                if !o { stack[sp - 1] = .int(r); continue }
                            case 2:
                                let (r, o) = x.multipliedReportingOverflow(by: y)
                                if !o { stack[sp - 1] = .int(r); continue }
                            default:
                                break
                            }
                        }
                        guard let op = BinOpCode(rawValue: inst.arg) else { throw RunStop.internalError("bad operator") }
                        stack[sp - 1] = try binary(op, a, b, inplace: inst.op == .inplaceOp)
                    case .compareOp:
                        sp &-= 1
                        let a = stack[sp - 1], b = stack[sp]
                        if case .int(let x) = a, case .int(let y) = b {
                            switch inst.arg {
                            case 0: stack[sp - 1] = .bool(x < y); continue
                            case 1: stack[sp - 1] = .bool(x <= y); continue
                            case 2: stack[sp - 1] = .bool(x == y); continue
                            case 3: stack[sp - 1] = .bool(x != y); continue
                            case 4: stack[sp - 1] = .bool(x > y); continue
                            case 5: stack[sp - 1] = .bool(x >= y); continue
                            default: break
                            }
                        }
                        guard let op = CompareCode(rawValue: inst.arg) else { throw RunStop.internalError("bad comparison") }
                        stack[sp - 1] = try compare(op, a, b)
                    case .unaryNegative:
                        stack[sp - 1] = try negate(stack[sp - 1])
                    case .unaryPositive:
                        stack[sp - 1] = try positive(stack[sp - 1])
                    case .unaryNot:
                        stack[sp - 1] = .bool(!(try truthy(stack[sp - 1])))
                    case .unaryInvert:
                        stack[sp - 1] = try invert(stack[sp - 1])
                    case .jump:
                        let target = Int(inst.arg)
                        if target < pc {
                            instructionsLeft -= executed
                            executed = 0
                            if instructionsLeft < 0 { throw RunStop.budget(.instructions, line: code.line(at: pc - 1)) }
                        }
                        pc = target
                    case .popJumpIfFalse:
                        sp &-= 1
                        switch stack[sp] {
                        case .bool(let b): if !b { pc = Int(inst.arg) }
                        case let v: if !(try truthy(v)) { pc = Int(inst.arg) }
                        }
                    case .popJumpIfTrue:
                        sp &-= 1
                        switch stack[sp] {
                        case .bool(let b): if b { pc = Int(inst.arg) }
                        case let v: if try truthy(v) { pc = Int(inst.arg) }
                        }
                    case .jumpIfFalseOrPop:
                        if try truthy(stack[sp - 1]) { sp &-= 1 } else { pc = Int(inst.arg) }
                    case .jumpIfTrueOrPop:
                        if try truthy(stack[sp - 1]) { pc = Int(inst.arg) } else { sp &-= 1 }
                    case .getIter:
                        stack[sp - 1] = try iter(stack[sp - 1])
                    case .forIter:
                        if let v = try next(stack[sp - 1]) {
                            stack[sp] = v
                            sp &+= 1
                        } else {
                            sp &-= 1
                            pc = Int(inst.arg)
                        }
                    case .buildTuple:
                        let n = Int(inst.arg)
                        let items = Array(UnsafeBufferPointer(start: stack + (sp - n), count: n))
                        sp &-= n
                        stack[sp] = .object(PyTuple(items))
                        sp &+= 1
                    case .buildList:
                        let n = Int(inst.arg)
                        let items = Array(UnsafeBufferPointer(start: stack + (sp - n), count: n))
                        sp &-= n
                        stack[sp] = .object(PyList(items))
                        sp &+= 1
                    case .buildSet:
                        let n = Int(inst.arg)
                        let s = PySet()
                        for i in (sp - n)..<sp { try setAdd(s, stack[i]) }
                        sp &-= n
                        stack[sp] = .object(s)
                        sp &+= 1
                    case .buildMap:
                        let n = Int(inst.arg)
                        let d = PyDict()
                        var i = sp - 2 * n
                        while i < sp {
                            try dictSet(d, stack[i], stack[i + 1])
                            i += 2
                        }
                        sp &-= 2 * n
                        stack[sp] = .object(d)
                        sp &+= 1
                    case .buildConstKeyMap:
                        let n = Int(inst.arg)
                        guard let keys = stack[sp - 1].object as? PyTuple else { throw RunStop.internalError("const key map") }
                        let d = PyDict()
                        for i in 0..<n { try dictSet(d, keys.items[i], stack[sp - 1 - n + i]) }
                        sp &-= n + 1
                        stack[sp] = .object(d)
                        sp &+= 1
                    case .buildSlice:
                        if inst.arg == 3 {
                            sp &-= 2
                            stack[sp - 1] = .object(PySlice(start: stack[sp - 1], stop: stack[sp], step: stack[sp + 1]))
                        } else {
                            sp &-= 1
                            stack[sp - 1] = .object(PySlice(start: stack[sp - 1], stop: stack[sp], step: .none))
                        }
                    case .buildString:
                        let n = Int(inst.arg)
                        var s = ""
                        for i in (sp - n)..<sp {
                            if let p = stack[i].object as? PyStr { s += p.value }
                        }
                        sp &-= n
                        stack[sp] = .str(s)
                        sp &+= 1
                    case .listAppend:
                        sp &-= 1
                        if let l = stack[sp - Int(inst.arg)].object as? PyList {
                            l.items.append(stack[sp])
                            if l.items.count > budgets.objectSize { throw sizeBudget() }
                        }
                    case .setAdd:
                        sp &-= 1
                        if let s = stack[sp - Int(inst.arg)].object as? PySet { try setAdd(s, stack[sp]) }
                    case .mapAdd:
                        sp &-= 2
                        if let d = stack[sp - Int(inst.arg)].object as? PyDict { try dictSet(d, stack[sp], stack[sp + 1]) }
                    case .listExtend:
                        sp &-= 1
                        if let l = stack[sp - Int(inst.arg)].object as? PyList {
                            l.items.append(contentsOf: try iterate(stack[sp]))
                        }
                    case .setUpdate:
                        sp &-= 1
                        if let s = stack[sp - Int(inst.arg)].object as? PySet {
                            for v in try iterate(stack[sp]) { try setAdd(s, v) }
                        }
                    case .dictUpdate:
                        sp &-= 1
                        if let d = stack[sp - Int(inst.arg)].object as? PyDict { try dictUpdate(d, stack[sp]) }
                    case .dictMerge:
                        sp &-= 1
                        if let d = stack[sp - Int(inst.arg)].object as? PyDict {
                            if let o = stack[sp].object as? PyDict, let dup = o.storage.keys.first(where: { d.storage[$0] != nil }) {
                                throw pyErr(BT.typeError, "\(functionDescription(stack[sp - Int(inst.arg) - 2])) got multiple values for keyword argument '\(try str(dup.value))'")
                            }
                            try dictUpdate(d, stack[sp], forKeywords: true)
                        }
                    case .listToTuple:
                        if let l = stack[sp - 1].object as? PyList { stack[sp - 1] = .object(PyTuple(l.items)) }
                    case .formatValue:
                        var spec = ""
                        if inst.arg & 4 != 0 {
                            sp &-= 1
                            spec = (stack[sp].object as? PyStr)?.value ?? ""
                        }
                        var v = stack[sp - 1]
                        switch inst.arg & 3 {
                        case 1: v = .str(try str(v))
                        case 2: v = .str(try repr(v))
                        case 3: v = .str(asciiEscaped(try repr(v)))
                        default: break
                        }
                        stack[sp - 1] = .str(try format(v, spec))
                    case .unpackSequence:
                        let n = Int(inst.arg)
                        let items = try unpack(stack[sp - 1], count: n)
                        sp &-= 1
                        for v in items.reversed() {
                            stack[sp] = v
                            sp &+= 1
                        }
                    case .unpackEx:
                        let before = Int(inst.arg & 0xFF), after = Int(inst.arg >> 8)
                        let items = try iterate(stack[sp - 1])
                        if items.count < before + after {
                            throw pyErr(BT.valueError, "not enough values to unpack (expected at least \(before + after), got \(items.count))")
                        }
                        sp &-= 1
                        var parts: [PyValue] = Array(items[0..<before])
                        parts.append(.object(PyList(Array(items[before..<(items.count - after)]))))
                        parts.append(contentsOf: items[(items.count - after)...])
                        for v in parts.reversed() {
                            stack[sp] = v
                            sp &+= 1
                        }
                    case .call, .callMethod, .callKw:
                        var argc = Int(inst.arg)
                        var names: PyTuple?
                        if inst.op == .callKw {
                            sp &-= 1
                            names = stack[sp].object as? PyTuple
                        }
                        let resultIndex: Int
                        let argStart: Int
                        if inst.op == .callMethod {
                            resultIndex = sp - argc - 2
                            if case .object(let o) = stack[resultIndex + 1], o === BT.nullMarker {
                                argStart = resultIndex + 2
                            } else {
                                argStart = resultIndex + 1
                                argc += 1
                            }
                        } else {
                            resultIndex = sp - argc - 1
                            argStart = resultIndex + 1
                        }
                        let callee = stack[resultIndex]
                        instructionsLeft -= executed
                        executed = 0
                        if instructionsLeft < 0 { throw RunStop.budget(.instructions, line: code.line(at: pc - 1)) }
                        if names == nil, case .object(let o) = callee, let fn = o as? PyFunction, !fn.code.isGenerator {
                            let nf = try makeFrame(fn, stack: stack + argStart, count: argc)
                            if depth >= budgets.recursionLimit {
                                throw RunStop.budget(.recursion, line: 0)
                            }
                            depth += 1
                            sp = resultIndex
                            switchTo(nf)
                            continue
                        }
                        var positional = Array(UnsafeBufferPointer(start: stack + argStart, count: argc))
                        var keywords: [(String, PyValue)] = []
                        if let names = names {
                            let k = names.items.count
                            for (i, n) in names.items.enumerated() {
                                keywords.append(((n.object as? PyStr)?.value ?? "", positional[argc - k + i]))
                            }
                            positional.removeLast(k)
                            // A keyword call of a Python function pushes its frame here, as a positional one does.
                            if case .object(let o) = callee, let fn = o as? PyFunction, !fn.code.isGenerator {
                                let nf = try bindFrame(fn, Args(positional, keywords: keywords))
                                if depth >= budgets.recursionLimit {
                                    throw RunStop.budget(.recursion, line: 0)
                                }
                                depth += 1
                                sp = resultIndex
                                switchTo(nf)
                                continue
                            }
                        }
                        f.pc = pc
                        f.sp = sp
                        let result = try call(callee, Args(positional, keywords: keywords))
                        stack[resultIndex] = result
                        sp = resultIndex + 1
                        if inWorker, base === workerFrame, let seconds = workerSleep {
                            workerSleep = nil
                            instructionsLeft -= executed
                            executed = 0
                            f.pc = pc
                            f.sp = sp
                            if f !== base {
                                var n = 0
                                var x: Frame? = f
                                while let fr = x, fr !== base {
                                    n += 1
                                    x = fr.parent
                                }
                                base.suspendedInner = f
                                base.suspendedDepth = n
                                depth -= n
                            }
                            suspend(base, pc: base.pc, sp: base.sp)
                            return .yielded(.float(seconds))
                        }
                    case .callEx:
                        var kwargs: [(String, PyValue)] = []
                        if inst.arg & 1 != 0 {
                            sp &-= 1
                            if let d = stack[sp].object as? PyDict {
                                for (k, v) in d.storage {
                                    guard let s = k.value.object as? PyStr else {
                                        throw pyErr(BT.typeError, "keywords must be strings")
                                    }
                                    kwargs.append((s.value, v))
                                }
                            }
                        }
                        sp &-= 1
                        let positional = try iterate(stack[sp])
                        let callee = stack[sp - 1]
                        // `f(*args, **kwargs)` of a Python function pushes its frame here too.
                        if case .object(let o) = callee, let fn = o as? PyFunction, !fn.code.isGenerator {
                            let nf = try bindFrame(fn, Args(positional, keywords: kwargs))
                            if depth >= budgets.recursionLimit {
                                throw RunStop.budget(.recursion, line: 0)
                            }
                            depth += 1
                            sp &-= 1
                            switchTo(nf)
                            continue
                        }
                        f.pc = pc
                        f.sp = sp
                        stack[sp - 1] = try call(callee, Args(positional, keywords: kwargs))
                    case .makeFunction:
                        sp &-= 1
                        guard let fcode = stack[sp].object as? CodeObject else { throw RunStop.internalError("makeFunction") }
                        var closure: [PyCell] = []
                        var kwdefaults: [String: PyValue] = [:]
                        var defaults: [PyValue] = []
                        if inst.arg & 8 != 0 {
                            sp &-= 1
                            closure = (stack[sp].object as? PyTuple)?.items.compactMap { $0.object as? PyCell } ?? []
                        }
                        if inst.arg & 2 != 0 {
                            sp &-= 1
                            if let d = stack[sp].object as? PyDict {
                                for (k, v) in d.storage { kwdefaults[(k.value.object as? PyStr)?.value ?? ""] = v }
                            }
                        }
                        if inst.arg & 1 != 0 {
                            sp &-= 1
                            defaults = (stack[sp].object as? PyTuple)?.items ?? []
                        }
                        let fn = PyFunction(code: fcode, globals: f.globals, defaults: defaults, kwdefaults: kwdefaults, closure: closure)
                        stack[sp] = .object(fn)
                        sp &+= 1
                    case .returnValue:
                        sp &-= 1
                        let v = stack[sp]
                        instructionsLeft -= executed
                        executed = 0
                        if f === base {
                            f.pc = pc
                            f.sp = sp
                            if excInfo.count > base.excBase { excInfo.removeSubrange(base.excBase...) }
                            return .returned(v)
                        }
                        popFrame()
                        stack[sp] = v
                        sp &+= 1
                    case .buildClass:
                        let n = Int(inst.arg)
                        let bases = Array(UnsafeBufferPointer(start: stack + (sp - n), count: n))
                        sp &-= n + 2
                        f.pc = pc
                        f.sp = sp
                        stack[sp] = try buildClass(body: stack[sp], name: stack[sp + 1], bases: bases)
                        sp &+= 1
                    case .yieldValue:
                        sp &-= 1
                        let v = inst.arg == 1 ? PyValue.object(AsyncGenValue(stack[sp])) : stack[sp]
                        instructionsLeft -= executed
                        suspend(base, pc: pc, sp: sp)
                        return .yielded(v)
                    case .yieldFrom:
                        let v = stack[sp - 1]
                        guard let d = stack[sp - 2].object as? Delegate else {
                            throw pyErr(BT.typeError, "'\(stack[sp - 2].typeName)' object is not an iterator")
                        }
                        f.pc = pc
                        f.sp = sp
                        switch try d.send(self, v) {
                        case .returned(let r):
                            sp &-= 1
                            stack[sp - 1] = r
                        case .yielded(let y):
                            sp &-= 1
                            instructionsLeft -= executed
                            suspend(base, pc: pc - 1, sp: sp)
                            return .yielded(y)
                        }
                    case .getAwaitable:
                        stack[sp - 1] = try awaitable(stack[sp - 1])
                    case .getYieldFromIter:
                        stack[sp - 1] = try yieldFromIterator(stack[sp - 1])
                    case .getAIter:
                        stack[sp - 1] = try asyncIterator(stack[sp - 1])
                    case .getANext:
                        stack[sp] = try awaitable(try callMethod(stack[sp - 1], "__anext__", Args()))
                        sp &+= 1
                    case .endAsyncFor:
                        sp &-= 1
                        guard let exc = stack[sp].object as? PyExc else { throw RunStop.internalError("endAsyncFor") }
                        if exc.isInstance(of: BT.stopAsyncIteration) {
                            sp &-= 1
                            if excInfo.last === exc { excInfo.removeLast() }
                        } else {
                            throw PyRaise(exc: exc)
                        }
                    case .setupFinally:
                        f.blocks.append(HandlerBlock(handler: Int(inst.arg), depth: sp))
                    case .popBlock:
                        f.blocks.removeLast()
                    case .popExcept:
                        if excInfo.count > f.excBase { excInfo.removeLast() }
                    case .reraise:
                        sp &-= 1
                        guard let exc = stack[sp].object as? PyExc else { throw RunStop.internalError("reraise") }
                        throw Reraise(exc: exc)
                    case .raiseVarargs:
                        switch inst.arg {
                        case 0:
                            guard let cur = excInfo.last else {
                                throw pyErr(BT.runtimeError, "No active exception to reraise")
                            }
                            throw Reraise(exc: cur)
                        case 1:
                            sp &-= 1
                            throw PyRaise(exc: try makeException(stack[sp]))
                        default:
                            sp &-= 2
                            let exc = try makeException(stack[sp])
                            if stack[sp + 1].isNone {
                                exc.cause = nil
                            } else {
                                exc.cause = try makeException(stack[sp + 1])
                            }
                            exc.suppressContext = true
                            throw PyRaise(exc: exc)
                        }
                    case .checkExcMatch:
                        guard let exc = stack[sp - 2].object as? PyExc else { throw RunStop.internalError("checkExcMatch") }
                        stack[sp - 1] = .bool(try exceptionMatches(exc, stack[sp - 1]))
                    case .pushExcInfo:
                        if let exc = stack[sp - 1].object as? PyExc { excInfo.append(exc) }
                    case .checkEGMatch:
                        sp &-= 1
                        let (match, rest) = try splitGroup(stack[sp - 1], by: stack[sp])
                        stack[sp - 1] = rest
                        stack[sp] = match
                        sp &+= 1
                    case .prepReraiseStar:
                        sp &-= 1
                        stack[sp - 1] = try prepareReraiseStar(original: stack[sp - 1], raised: stack[sp])
                    case .setupWith:
                        let mgr = stack[sp - 1]
                        let exit = try specialMethod(mgr, "__exit__", orError: "'\(mgr.typeName)' object does not support the context manager protocol")
                        let enter = try specialMethod(mgr, "__enter__", orError: "'\(mgr.typeName)' object does not support the context manager protocol")
                        stack[sp - 1] = exit
                        f.pc = pc
                        f.sp = sp
                        let r = try call(enter, Args())
                        f.blocks.append(HandlerBlock(handler: Int(inst.arg), depth: sp))
                        stack[sp] = r
                        sp &+= 1
                    case .beforeAsyncWith:
                        let mgr = stack[sp - 1]
                        let exit = try specialMethod(mgr, "__aexit__", orError: "'\(mgr.typeName)' object does not support the asynchronous context manager protocol")
                        let enter = try specialMethod(mgr, "__aenter__", orError: "'\(mgr.typeName)' object does not support the asynchronous context manager protocol")
                        stack[sp - 1] = exit
                        f.pc = pc
                        f.sp = sp
                        stack[sp] = try awaitable(try call(enter, Args()))
                        sp &+= 1
                    case .setupAsyncWith:
                        f.blocks.append(HandlerBlock(handler: Int(inst.arg), depth: sp - 1))
                    case .withExceptStart:
                        guard let exc = stack[sp - 1].object as? PyExc else { throw RunStop.internalError("withExceptStart") }
                        f.pc = pc
                        f.sp = sp
                        let tb: PyValue = exc.traceback.isEmpty ? .none : .object(PyTraceback(exc.traceback))
                        stack[sp] = try call(stack[sp - 2], Args([.object(exc.cls), .object(exc), tb]))
                        sp &+= 1
                    case .loadAssertionError:
                        stack[sp] = .object(BT.assertionError)
                        sp &+= 1
                    case .importName:
                        f.pc = pc
                        stack[sp] = try importModule(code.names[Int(inst.arg)], line: code.line(at: pc - 1))
                        sp &+= 1
                    case .importFrom:
                        let name = code.names[Int(inst.arg)]
                        stack[sp] = try importFrom(stack[sp - 1], name, line: code.line(at: pc - 1))
                        sp &+= 1
                    case .importStar:
                        sp &-= 1
                        if let m = stack[sp].object as? PyModule {
                            let target = f.namespace ?? f.globals
                            for k in m.namespace.keys where !k.hasPrefix("_") { target[k] = m.namespace[k] }
                        }
                    case .setupAnnotations:
                        let ns = f.namespace ?? f.globals
                        if ns["__annotations__"] == nil { ns["__annotations__"] = .object(PyDict()) }
                    case .pattern:
                        try patternOperation(inst.arg, stack, &sp)
                    case .unsupported:
                        let what = (consts[Int(inst.arg)].object as? PyStr)?.value ?? "construct"
                        throw RunStop.unsupported(what, line: code.line(at: pc - 1))
                    }
                }
            } catch let error {
                var raised: PyExc
                var isReraise = false
                switch error {
                case let e as PyRaise:
                    raised = e.exc
                case let e as Reraise:
                    raised = e.exc
                    isReraise = true
                case let stop as RunStop:
                    instructionsLeft -= executed
                    if case .unsupported(let what, 0) = stop { throw RunStop.unsupported(what, line: code.line(at: pc - 1)) }
                    if case .budget(let kind, 0) = stop { throw RunStop.budget(kind, line: code.line(at: pc - 1)) }
                    throw stop
                default:
                    raised = pythonException(for: error)
                }
                if !isReraise {
                    if raised.context == nil, let cur = excInfo.last, cur !== raised, !chainContains(cur, raised) {
                        raised.context = cur
                    }
                }
                // Each frame the exception leaves adds its line, except where a re-raise started (CPython's RERAISE).
                var addsEntry = !isReraise
                while true {
                    if addsEntry {
                        raised.traceback.insert(
                            TracebackEntry(function: f.functionName, position: code.position(at: pc - 1), source: code.source), at: 0)
                    }
                    addsEntry = true
                    if let block = f.blocks.popLast() {
                        sp = block.depth
                        f.clearStack(above: sp)
                        stack[sp] = .object(raised)
                        sp &+= 1
                        pc = block.handler
                        break
                    }
                    if f === base {
                        f.pc = pc
                        f.sp = sp
                        instructionsLeft -= executed
                        if excInfo.count > base.excBase { excInfo.removeSubrange(base.excBase...) }
                        throw PyRaise(exc: raised)
                    }
                    popFrame()
                }
            }
        }
    }

    /// Saves a suspended base frame (generator or coroutine) and the exceptions it is handling.
    private func suspend(_ base: Frame, pc: Int, sp: Int) {
        base.pc = pc
        base.sp = sp
        if excInfo.count > base.excBase {
            base.savedExcInfo = Array(excInfo[base.excBase...])
            excInfo.removeSubrange(base.excBase...)
        }
    }

    private func unboundCell(_ code: CodeObject, _ i: Int) -> PyRaise {
        if i < code.cellvars.count {
            return pyErr(BT.unboundLocalError,
                         "cannot access local variable '\(code.cellvars[i])' where it is not associated with a value")
        }
        return pyErr(BT.nameError,
                     "cannot access free variable '\(code.freevars[i - code.cellvars.count])' where it is not associated with a value in enclosing scope")
    }

    func nameError(_ name: String) -> PyRaise {
        let e = pyErr(BT.nameError, "name '\(name)' is not defined")
        e.exc.dict["name"] = .str(name)
        return e
    }

    func sizeBudget() -> RunStop { .budget(.size, line: 0) }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` for Python functions, `name()` for builtins.
    func functionDescription(_ v: PyValue) -> String {
        switch v.object {
        case let f as PyFunction:
            let module = (f.globals["__name__"]?.object as? PyStr)?.value ?? "__main__"
            return module == "builtins" ? "\(f.qualname)()" : "\(module).\(f.qualname)()"
        case let b as PyBoundMethod:
            return functionDescription(b.function)
        case let n as PyNative:
            return "\(n.name)()"
        default:
            return "\(v.typeName) object"
        }
    }

    private func chainContains(_ start: PyExc, _ target: PyExc) -> Bool {
        var cur: PyExc? = start
        var steps = 0
        while let c = cur, steps < 100 {
            if c === target { return true }
            cur = c.context
            steps += 1
        }
        return false
    }
}

/// A re-raise (`raise` with no argument, or the end of a `finally`): context and traceback are left alone.
struct Reraise: Error {
    let exc: PyExc
}
