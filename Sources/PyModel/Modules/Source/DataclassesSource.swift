/// The Python source of PyModel's `dataclasses`: CPython 3.11's generated `__init__`, `__repr__`, `__eq__`,
/// ordering and frozen semantics for the parts notes use.
enum DataclassesSource {
    static let text = #"""
class _MissingType:
    def __repr__(self):
        return 'MISSING'

MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, compare, kw_only):
        self.name = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return f"Field(name={self.name!r},default={self.default!r},default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},compare={self.compare!r},kw_only={self.kw_only!r})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, compare, kw_only)


class _KW_ONLY_TYPE:
    pass

KW_ONLY = _KW_ONLY_TYPE()


def fields(class_or_instance):
    fs = getattr(class_or_instance, '__dataclass_fields__', None)
    if fs is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(fs.values())


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')


def asdict(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [asdict(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return {asdict(k): asdict(v) for k, v in obj.items()}
    return obj


def astuple(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple(astuple(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, list):
        return [astuple(v) for v in obj]
    return obj


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _is_classvar(annotation):
    return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')


def _set_qualname(cls, fn):
    fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    return fn


def _tuple_of(names, obj):
    if not names:
        return '()'
    return '(' + ','.join([f'{obj}.{n}' for n in names]) + ',)'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    all_fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only_now = kw_only
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        if annotation == 'KW_ONLY' or annotation == 'dataclasses.KW_ONLY':
            kw_only_now = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default, MISSING, True, True, True, MISSING)
        f.name = name
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        all_fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    cls.__dataclass_fields__ = all_fields
    flist = list(all_fields.values())
    ns = {'MISSING': MISSING, '__dataclass_builtins_object__': object, 'FrozenInstanceError': FrozenInstanceError}
    if init:
        params = []
        kw_params = []
        body = []
        seen_default = False
        for f in flist:
            if not f.init:
                if f.default_factory is not MISSING:
                    ns[f'__dataclass_factory_{f.name}__'] = f.default_factory
                    body.append(f'    {_assign(frozen, f.name, f"__dataclass_factory_{f.name}__()")}')
                elif f.default is not MISSING:
                    ns[f'__dataclass_dflt_{f.name}__'] = f.default
                    body.append(f'    {_assign(frozen, f.name, f"__dataclass_dflt_{f.name}__")}')
                continue
            if f.default_factory is not MISSING:
                ns[f'__dataclass_factory_{f.name}__'] = f.default_factory
                param = f'{f.name}=MISSING'
                value = f'__dataclass_factory_{f.name}__() if {f.name} is MISSING else {f.name}'
            elif f.default is not MISSING:
                ns[f'__dataclass_dflt_{f.name}__'] = f.default
                param = f'{f.name}=__dataclass_dflt_{f.name}__'
                value = f.name
            else:
                if seen_default and not f.kw_only:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
                param = f.name
                value = f.name
            if f.kw_only:
                kw_params.append(param)
            else:
                if '=' in param:
                    seen_default = True
                params.append(param)
            body.append(f'    {_assign(frozen, f.name, value)}')
        if '__post_init__' in dir(cls):
            body.append('    self.__post_init__()')
        if not body:
            body.append('    pass')
        signature = ', '.join(['self'] + params + (['*'] + kw_params if kw_params else []))
        src = f'def __init__({signature}):\n' + '\n'.join(body) + '\n'
        cls.__init__ = _set_qualname(cls, _make_function(src, ns))
    if repr:
        shown = [f.name for f in flist if f.repr]
        parts = ', '.join([f'{n}={{self.{n}!r}}' for n in shown])
        src = 'def __repr__(self):\n    return f"' + cls.__qualname__ + '(' + parts + ')"\n'
        cls.__repr__ = _set_qualname(cls, _make_function(src, ns))
    compared = [f.name for f in flist if f.compare]
    if eq:
        src = ('def __eq__(self, other):\n'
               '    if other.__class__ is self.__class__:\n'
               f'        return {_tuple_of(compared, "self")} == {_tuple_of(compared, "other")}\n'
               '    return NotImplemented\n')
        cls.__eq__ = _set_qualname(cls, _make_function(src, ns))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            src = (f'def {name}(self, other):\n'
                   '    if other.__class__ is self.__class__:\n'
                   f'        return {_tuple_of(compared, "self")} {op} {_tuple_of(compared, "other")}\n'
                   '    return NotImplemented\n')
            setattr(cls, name, _set_qualname(cls, _make_function(src, ns)))
    if frozen:
        src = ('def __setattr__(self, name, value):\n'
               f'    raise FrozenInstanceError(f"cannot assign to field {{name!r}}")\n')
        cls.__setattr__ = _set_qualname(cls, _make_function(src, ns))
        src = ('def __delattr__(self, name):\n'
               f'    raise FrozenInstanceError(f"cannot delete field {{name!r}}")\n')
        cls.__delattr__ = _set_qualname(cls, _make_function(src, ns))
    if unsafe_hash or (eq and frozen):
        src = f'def __hash__(self):\n    return hash({_tuple_of(compared, "self")})\n'
        cls.__hash__ = _set_qualname(cls, _make_function(src, ns))
    elif eq:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in flist if f.init)
    return cls


def _assign(frozen, name, value):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})'
    return f'self.{name} = {value}'


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)
"""#
}
