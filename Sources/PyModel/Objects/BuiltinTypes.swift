/// The builtin types, created once and immutable afterwards. Their methods are installed by the files of
/// `Builtins/` (one per type).
enum BT {
    static func make(_ name: String, _ bases: [PyType], _ layout: InstanceLayout = .native, module: String = "builtins",
                     _ install: (PyType) -> Void = { _ in }) -> PyType {
        let t = PyType(name: name, bases: bases, layout: layout, builtin: true, module: module)
        install(t)
        return t
    }

    static let object = make("object", [], .object, ObjectMethods.install)
    static let type = make("type", [object], .native, TypeMethods.install)
    static let noneType = make("NoneType", [object])
    static let int = make("int", [object], .native, IntMethods.install)
    static let bool = make("bool", [int], .native, BoolMethods.install)
    static let float = make("float", [object], .native, FloatMethods.install)
    static let str = make("str", [object], .native, StrMethods.install)
    static let bytes = make("bytes", [object], .native, BytesMethods.install)
    static let list = make("list", [object], .native, ListMethods.install)
    static let tuple = make("tuple", [object], .native, TupleMethods.install)
    static let dict = make("dict", [object], .native, DictMethods.install)
    static let set = make("set", [object], .native, SetMethods.installSet)
    static let frozenset = make("frozenset", [object], .native, SetMethods.installFrozenSet)
    static let range = make("range", [object], .native, RangeMethods.install)
    static let slice = make("slice", [object], .native, SliceMethods.install)
    static let function = make("function", [object], .native, FunctionMethods.install)
    static let builtinFunction = make("builtin_function_or_method", [object])
    static let methodDescriptor = make("method_descriptor", [object])
    static let method = make("method", [object])
    static let property = make("property", [object], .native, PropertyMethods.install)
    static let staticmethod = make("staticmethod", [object], .native, PropertyMethods.installStatic)
    static let classmethod = make("classmethod", [object], .native, PropertyMethods.installClass)
    static let superType = make("super", [object], .native, PropertyMethods.installSuper)
    static let iterator = make("iterator", [object], .native, IteratorMethods.install)
    static let listIterator = make("list_iterator", [object], .native, IteratorMethods.install)
    static let tupleIterator = make("tuple_iterator", [object], .native, IteratorMethods.install)
    static let strIterator = make("str_ascii_iterator", [object], .native, IteratorMethods.install)
    static let setIterator = make("set_iterator", [object], .native, IteratorMethods.install)
    static let rangeIterator = make("range_iterator", [object], .native, IteratorMethods.install)
    static let dictKeyIterator = make("dict_keyiterator", [object], .native, IteratorMethods.install)
    static let dictKeys = make("dict_keys", [object], .native, DictMethods.installView)
    static let dictValues = make("dict_values", [object], .native, DictMethods.installView)
    static let dictItems = make("dict_items", [object], .native, DictMethods.installView)
    static let reversedIterator = make("reversed", [object], .native, IteratorMethods.install)
    static let enumerate = make("enumerate", [object], .native, IteratorMethods.install)
    static let zip = make("zip", [object], .native, IteratorMethods.install)
    static let map = make("map", [object], .native, IteratorMethods.install)
    static let filter = make("filter", [object], .native, IteratorMethods.install)
    static let stdoutStream = make("TextIOWrapper", [object], .native, PyStream.install)
    static let stderrStream = make("TextIOWrapper", [object], .native, PyStream.install)
    static let asyncGenAwaitable = make("async_generator_asend", [object])
    static let module = make("module", [object])
    static let cell = make("cell", [object])
    static let code = make("code", [object])
    static let generator = make("generator", [object], .native, GeneratorMethods.installGenerator)
    static let coroutine = make("coroutine", [object], .native, GeneratorMethods.installCoroutine)
    static let asyncGenerator = make("async_generator", [object], .native, GeneratorMethods.installAsyncGenerator)
    static let notImplementedType = make("NotImplementedType", [object])
    static let ellipsisType = make("ellipsis", [object])

    static let notImplemented = PySingleton(name: "NotImplemented", type: notImplementedType)
    static let ellipsis = PySingleton(name: "Ellipsis", type: ellipsisType)
    /// What `loadMethod` leaves in place of a receiver when the attribute was not a method.
    static let nullMarker = PySingleton(name: "<null>", type: noneType)

    // Exceptions (CPython 3.11's hierarchy).
    static func exc(_ name: String, _ bases: [PyType], module: String = "builtins") -> PyType {
        make(name, bases, .exception, module: module)
    }

    static let baseException = make("BaseException", [object], .exception, ExceptionMethods.install)
    static let baseExceptionGroup = make("BaseExceptionGroup", [baseException], .exception, ExceptionMethods.installGroup)
    static let generatorExit = exc("GeneratorExit", [baseException])
    static let keyboardInterrupt = exc("KeyboardInterrupt", [baseException])
    static let systemExit = exc("SystemExit", [baseException])
    static let exception = exc("Exception", [baseException])
    static let exceptionGroup = exc("ExceptionGroup", [baseExceptionGroup, exception])
    static let arithmeticError = exc("ArithmeticError", [exception])
    static let floatingPointError = exc("FloatingPointError", [arithmeticError])
    static let overflowError = exc("OverflowError", [arithmeticError])
    static let zeroDivisionError = exc("ZeroDivisionError", [arithmeticError])
    static let assertionError = exc("AssertionError", [exception])
    static let attributeError = exc("AttributeError", [exception])
    static let bufferError = exc("BufferError", [exception])
    static let eofError = exc("EOFError", [exception])
    static let importError = exc("ImportError", [exception])
    static let moduleNotFoundError = exc("ModuleNotFoundError", [importError])
    static let lookupError = exc("LookupError", [exception])
    static let indexError = exc("IndexError", [lookupError])
    static let keyError = exc("KeyError", [lookupError])
    static let memoryError = exc("MemoryError", [exception])
    static let nameError = exc("NameError", [exception])
    static let unboundLocalError = exc("UnboundLocalError", [nameError])
    static let osError = exc("OSError", [exception])
    static let timeoutError = exc("TimeoutError", [osError])
    static let connectionError = exc("ConnectionError", [osError])
    static let connectionResetError = exc("ConnectionResetError", [connectionError])
    static let connectionRefusedError = exc("ConnectionRefusedError", [connectionError])
    static let brokenPipeError = exc("BrokenPipeError", [connectionError])
    static let fileNotFoundError = exc("FileNotFoundError", [osError])
    static let permissionError = exc("PermissionError", [osError])
    static let referenceError = exc("ReferenceError", [exception])
    static let runtimeError = exc("RuntimeError", [exception])
    static let notImplementedError = exc("NotImplementedError", [runtimeError])
    static let recursionError = exc("RecursionError", [runtimeError])
    static let stopAsyncIteration = exc("StopAsyncIteration", [exception])
    static let stopIteration = exc("StopIteration", [exception])
    static let syntaxError = exc("SyntaxError", [exception])
    static let indentationError = exc("IndentationError", [syntaxError])
    static let systemError = exc("SystemError", [exception])
    static let typeError = exc("TypeError", [exception])
    static let valueError = exc("ValueError", [exception])
    static let unicodeError = exc("UnicodeError", [valueError])
    static let warning = exc("Warning", [exception])
    static let deprecationWarning = exc("DeprecationWarning", [warning])
    static let runtimeWarning = exc("RuntimeWarning", [warning])
    static let userWarning = exc("UserWarning", [warning])
    // asyncio's own exceptions.
    static let cancelledError = exc("CancelledError", [baseException], module: "asyncio.exceptions")
    static let invalidStateError = exc("InvalidStateError", [exception], module: "asyncio.exceptions")
    static let queueEmpty = exc("QueueEmpty", [exception], module: "asyncio.queues")
    static let queueFull = exc("QueueFull", [exception], module: "asyncio.queues")
    static let brokenBarrierError = exc("BrokenBarrierError", [runtimeError], module: "asyncio.exceptions")

    /// Exception types visible as builtins.
    static let builtinExceptions: [PyType] = [
        baseException, baseExceptionGroup, generatorExit, keyboardInterrupt, systemExit, exception, exceptionGroup,
        arithmeticError, floatingPointError, overflowError, zeroDivisionError, assertionError, attributeError,
        bufferError, eofError, importError, moduleNotFoundError, lookupError, indexError, keyError, memoryError,
        nameError, unboundLocalError, osError, timeoutError, connectionError, connectionResetError,
        connectionRefusedError, brokenPipeError, fileNotFoundError, permissionError, referenceError, runtimeError,
        notImplementedError, recursionError, stopAsyncIteration, stopIteration, syntaxError, indentationError,
        systemError, typeError, valueError, unicodeError, warning, deprecationWarning, runtimeWarning, userWarning,
    ]

    /// Types visible as builtins.
    static let builtinTypes: [PyType] = [
        object, type, int, bool, float, str, bytes, list, tuple, dict, set, frozenset, range, slice, property,
        staticmethod, classmethod, superType,
    ]
}
